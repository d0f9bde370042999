import WBRModel

/// The one place where text becomes HTML bytes.
///
/// Why here and nowhere else: every string a deck, an owners file or a journal carries is
/// written by someone else, and the page and the mailed notes must show it as typed, never
/// run it. `HTMLWriter` sends every piece of text and every attribute value through these two
/// functions; no call site writes markup from a string.
enum HTMLEscape {
  /// Appends `text` as element content: `& < > " '` as entities; tab as a space; a line feed
  /// kept (the element decides with CSS whether it breaks the line); other controls, bidi
  /// embeddings, overrides and isolates and the Unicode line separators shown as a visible
  /// `\u{…}`, as the screen shows them (`SafeText`), so a name cannot reorder the text around
  /// it or hide characters.
  static func appendText(_ text: String, to out: inout [UInt8]) {
    append(text, newline: Array("\n".utf8), to: &out)
  }

  /// Appends `text` as a double-quoted attribute value: as element text, with the line feed
  /// written as `&#10;`.
  static func appendAttribute(_ text: String, to out: inout [UInt8]) {
    append(text, newline: Array("&#10;".utf8), to: &out)
  }

  private static func append(_ text: String, newline: [UInt8], to out: inout [UInt8]) {
    // Fast path: plain ASCII text with nothing to escape is copied as it is.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !isSpecial($0) }) {
      out.append(contentsOf: text.utf8)
      return
    }
    for scalar in text.unicodeScalars {
      let v = scalar.value
      switch v {
      case 0x26: out.append(contentsOf: "&amp;".utf8)
      case 0x3C: out.append(contentsOf: "&lt;".utf8)
      case 0x3E: out.append(contentsOf: "&gt;".utf8)
      case 0x22: out.append(contentsOf: "&quot;".utf8)
      case 0x27: out.append(contentsOf: "&#39;".utf8)
      case 0x0A: out.append(contentsOf: newline)
      case 0x09: out.append(0x20)
      default:
        if isHidden(v) {
          out.append(contentsOf: "\\u{".utf8)
          out.append(contentsOf: String(v, radix: 16, uppercase: true).utf8)
          out.append(0x7D)
        } else {
          UTF8.encode(scalar) { out.append($0) }
        }
      }
    }
  }

  private static func isSpecial(_ b: UInt8) -> Bool {
    b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
  }

  /// Characters a reader would not see as themselves: what `SafeText.isUnsafe` names, the
  /// one definition for every output (controls, Unicode's bidi controls, line separators,
  /// invisible format controls), tab and line feed aside, and the noncharacters U+FFFE and
  /// U+FFFF.
  static func isHidden(_ v: UInt32) -> Bool {
    if v == 0x09 || v == 0x0A { return false }
    if v == 0xFFFE || v == 0xFFFF { return true }
    guard let scalar = Unicode.Scalar(v) else { return true }
    return SafeText.isUnsafe(scalar, keepingNewlines: true)
  }
}
