/// What "unsafe text" means for every output wbr makes, and the two ways to make text safe.
///
/// A deck, owners file, config, CSV or journal is written by a pipeline or a person, not by
/// us: a metric name holding ESC could move the cursor, recolour the screen or retitle the
/// window when echoed in an error message, and a bidi control could make a line read
/// differently from what it is. `isUnsafe` is the one definition, used by the screen, the
/// messages, both reports, every notes format, the journal's lines and the deck writer:
/// - C0 controls U+0000–U+001F (tab and line feed too, unless `keepingNewlines` keeps line
///   feeds for multi-line text), DEL U+007F and C1 controls U+0080–U+009F;
/// - Unicode's Bidi_Control set: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
/// - line and paragraph separators U+2028, U+2029;
/// - invisible format controls with no place in a metric's text: U+2060–U+2064 (word joiner
///   and the invisible operators), U+206A–U+206F (deprecated shaping controls), U+FEFF (a
///   byte order mark inside text), U+FFF9–U+FFFB (interlinear annotation), U+E0001 (language
///   tag).
///
/// Kept on purpose: U+200B–U+200D (zero width space, non-joiner, joiner: Thai and Khmer line
/// breaks, Persian spelling and emoji sequences need them), U+00AD (soft hyphen) and the tag
/// characters of flag emoji (U+E0020–U+E007F). Other text, including any script and emoji, is
/// unchanged (docs/DECISIONS.md, "Unsafe text: one definition").
///
/// `clean` shows unsafe characters as escapes (`\u{1B}`): the screen, messages and the text
/// report, where seeing them explains odd input. `removingUnsafe` takes them out, escape
/// sequences whole: the notes, and file text wbr joins with its own (a deck's `prefix`), where
/// cleaning after the join would let a stray ESC swallow the digit wbr wrote after it.
public enum SafeText {
  /// Replaces every unsafe character with a visible escape `\u{…}` (ESC becomes `\u{1B}`).
  /// - Complexity: O(n); no allocation when nothing needs replacing.
  public static func clean(_ text: String, keepingNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) })
    else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar, keepingNewlines: keepingNewlines) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `scalar` would be interpreted by a terminal, reorder the text around it, or hide
  /// in it unseen (the list above).
  public static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
    switch scalar.value {
    case 0x0A: return !keepingNewlines
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    case 0x2028, 0x2029: return true
    case 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0xE0001: return true
    default: return false
    }
  }

  /// Text with every unsafe character removed, and terminal escape sequences removed whole
  /// (ESC x, CSI `ESC [ … final`, OSC `ESC ] … BEL` or `ESC \`); tabs become a space and every
  /// line-break form (LF, CR, CRLF, NEL, U+2028, U+2029) becomes `lineBreak`.
  ///
  /// A sequence ends where a terminal would end it: at its final byte, or at the first
  /// character that cannot belong to it (a line break, another control, a non-ASCII letter),
  /// which is then kept or removed on its own. A sequence cut off at the end of `text` takes
  /// only the rest of `text`: clean each piece of file text before joining it with other
  /// text, never the joined whole.
  public static func removingUnsafe(_ text: String, lineBreak: String = "\n") -> String {
    enum Mode { case text, escape, csi, osc }
    guard text.unicodeScalars.contains(where: { isUnsafe($0) }) else { return text }
    var mode = Mode.text
    var out = String.UnicodeScalarView()
    var previousCR = false
    for u in text.unicodeScalars {
      defer { previousCR = u == "\r" }
      let v = u.value
      // Inside a sequence: `continue` swallows the character; leaving the switch hands a
      // character that cannot belong to the sequence back as text.
      switch mode {
      case .escape:
        if (0x20...0x7E).contains(v) {
          mode = u == "[" ? .csi : u == "]" ? .osc : .text
          continue
        }
        mode = .text
      case .csi:
        if (0x20...0x7E).contains(v) {
          if v >= 0x40 { mode = .text }
          continue
        }
        mode = .text
      case .osc:
        if v == 0x07 {
          mode = .text
          continue
        }
        if v == 0x1B {
          mode = .escape
          continue
        }
        guard v == 0x0A || v == 0x0D || v == 0x18 || v == 0x1A else { continue }
        mode = .text
      case .text:
        break
      }
      switch v {
      case 0x1B: mode = .escape
      case 0x0A:
        if !previousCR { out.append(contentsOf: lineBreak.unicodeScalars) }
      case 0x0D, 0x85, 0x2028, 0x2029: out.append(contentsOf: lineBreak.unicodeScalars)
      case 0x09: out.append(" ")
      default:
        if !isUnsafe(u) { out.append(u) }
      }
    }
    return String(out)
  }

  /// `\u{1B}`: Swift's own escape syntax, unambiguous and copyable.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
