/// How many terminal columns text takes: 0, 1 or 2 per grapheme.
///
/// Screens, reports and notes align columns by display width, not by `count`: "漢字" is two
/// characters but four columns, "e\u{301}" is two scalars but one column. Computed here from a
/// compiled-in table (no libc, no locale) so tests give the same answer everywhere.
///
/// Rules, per grapheme (a Swift `Character`):
/// - control characters (C0, DEL, C1) are 0; they are meant to be replaced before display
///   (see `SafeText`);
/// - otherwise the grapheme takes the width of its first scalar that is not zero-width:
///   2 for East Asian Wide/Fullwidth (CJK, Hangul, fullwidth forms, most emoji), else 1;
///   combining marks, ZWJ, variation selectors and format characters add nothing;
/// - an emoji made wide by U+FE0F (emoji presentation), and a flag (two regional indicators),
///   take 2; a ZWJ sequence ("👩‍💻") takes the width of its first emoji, 2.
public enum DisplayWidth {
  /// Columns of one scalar on its own. Controls and zero-width scalars are 0.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return v >= 0x20 ? 1 : 0 }
    if v < 0xA0 { return 0 }
    if v < 0x300 { return 1 }
    if contains(DisplayWidthTable.zeroWidth, v) { return 0 }
    if v >= 0x1100 && contains(DisplayWidthTable.wide, v) { return 2 }
    return 1
  }

  /// Columns of one grapheme.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
    }
    var width = 0
    var base: Unicode.Scalar?
    var regionalIndicators = 0
    var emojiPresentation = false
    for scalar in character.unicodeScalars {
      switch scalar.value {
      case 0..<0x20, 0x7F..<0xA0: return 0
      case 0xFE0F: emojiPresentation = true
      case 0x1F1E6...0x1F1FF: regionalIndicators += 1
      default: break
      }
      if base == nil {
        let w = of(scalar)
        if w > 0 {
          width = w
          base = scalar
        }
      }
    }
    if regionalIndicators >= 2 { return 2 }
    if width == 1, emojiPresentation, let base, base.properties.isEmoji { return 2 }
    return width
  }

  /// Columns of a whole string: the sum over its graphemes.
  /// - Complexity: O(n) in the string's length.
  @inlinable
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Binary search over sorted, disjoint ranges.
  private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    var low = 0
    var high = table.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = table[mid]
      if value < range.lowerBound {
        high = mid - 1
      } else if value > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}

extension Character {
  /// Terminal columns this grapheme takes (0, 1 or 2); see `DisplayWidth`.
  public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
  /// Terminal columns this text takes; see `DisplayWidth`.
  @inlinable
  public var displayWidth: Int { DisplayWidth.of(self) }
}
