/// Makes text from files safe to print on a terminal.
///
/// A metric name read from a deck could hold ESC or other control characters; printed raw
/// they would move the cursor, change colours or retitle the window. Every control character
/// (C0, DEL, C1) and the Unicode line/paragraph separators become something visible instead:
/// caret notation for C0 and DEL ("^[" for ESC, "^I" for a tab, "^?" for DEL) and "\u{FFFD}"
/// for C1 and the separators. Split multi-line text into lines *before* sanitizing.
public enum TerminalSafeText {
  /// The visible stand-in for `character`, or nil when it is safe as it is.
  public static func replacement(for character: Character) -> String? {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return nil }
    var needed = false
    var out = ""
    for scalar in character.unicodeScalars {
      if let stand = replacement(for: scalar) {
        needed = true
        out += stand
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return needed ? out : nil
  }

  /// `text` with every unsafe character replaced (see the type's description).
  /// - Complexity: O(n); text with nothing to replace is returned without copying.
  public static func sanitize(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
      return text
    }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      if let stand = replacement(for: character) {
        out += stand
      } else {
        out.append(character)
      }
    }
    return out
  }

  private static func replacement(for scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0..<0x20: return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
    case 0x7F: return "^?"
    case 0x80..<0xA0, 0x2028, 0x2029: return "\u{FFFD}"
    default: return nil
    }
  }
}

extension String {
  /// This text with control characters made visible; see `TerminalSafeText`.
  public var terminalSafe: String { TerminalSafeText.sanitize(self) }
}
