/// Makes text from input files harmless to print on a terminal.
///
/// A deck or owners file is written by a pipeline or a person, not by us: a metric name
/// holding ESC could move the cursor, recolour the screen or retitle the window when echoed
/// in an error message, and a bidi override could make a line read differently from what it
/// is. Every place that prints file text (diagnostics, the meeting screen, reports) passes it
/// through `SafeText.clean` first.
public enum SafeText {
  /// Replaces characters that a terminal would interpret rather than show with a visible
  /// escape `\u{…}` (e.g. ESC becomes `\u{1B}`):
  /// - C0 controls U+0000–U+001F (tab and line feed too, unless `keepingNewlines` keeps line
  ///   feeds for multi-line text), DEL U+007F and C1 controls U+0080–U+009F;
  /// - bidirectional embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069;
  /// - line and paragraph separators U+2028, U+2029.
  ///
  /// Other text, including any non-Latin script and emoji, is returned unchanged.
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

  /// Whether `scalar` would be interpreted by a terminal or reorder text around it.
  public static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
    switch scalar.value {
    case 0x0A: return !keepingNewlines
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `\u{1B}`: Swift's own escape syntax, unambiguous and copyable.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
