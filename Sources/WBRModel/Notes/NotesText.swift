/// Makes typed text safe for the exports: control characters out, Markdown neutralised,
/// CSV quoted and guarded against formulas.
///
/// What the lead types (explanations, commitments) and what the deck says (titles, names)
/// ends up in wikis, e-mail and spreadsheets; none of it may break a table, start a heading,
/// smuggle an escape sequence or reorder text with a bidi control.
public enum NotesText {
  /// Removes what `SafeText.isUnsafe` names (control characters, bidi controls, invisible
  /// format controls) and terminal escape sequences as a whole (`SafeText.removingUnsafe`);
  /// turns tabs into spaces and every line-break form into `\n`; trims trailing spaces on each
  /// line. Applied to each piece of file or typed text before it is joined with the notes'
  /// own words, never to the joined line.
  public static func clean(_ s: String) -> String {
    // Most text is printable ASCII with no trailing space: nothing to do.
    if s.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) && s.utf8.last != 0x20 { return s }
    return SafeText.removingUnsafe(s).split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        String(line[..<(line.lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex)])
      }
      .joined(separator: "\n")
  }

  /// One line of plain text: cleaned, line breaks folded into " / ".
  public static func oneLine(_ s: String) -> String {
    clean(s).split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " / ")
  }

  /// Cleaned text safe inside Markdown, including table cells: the punctuation Markdown
  /// gives a meaning anywhere is backslash-escaped (CommonMark allows escaping any ASCII
  /// punctuation), so are a leading `-`, `+` or `1.` that would open a nested list, and line
  /// breaks become `<br>`. Other punctuation stays as typed, so "+1.2%" still reads "+1.2%".
  public static func markdown(_ s: String) -> String {
    var out = ""
    let text = clean(s)
    let leadingSpaces = text.prefix { $0 == " " }.count
    let afterSpaces = text.dropFirst(leadingSpaces)
    var leadingDigits = afterSpaces.prefix { $0.isASCII && $0.isNumber }.count
    let marker = afterSpaces.dropFirst(leadingDigits)
    if !(marker.first == "." || marker.first == ")") || !(marker.dropFirst().first ?? " ").isWhitespace {
      leadingDigits = 0
    }
    for (index, ch) in text.enumerated() {
      // Matched by byte: comparing each grapheme with a dozen one-character strings made
      // exporting a large meeting take half a second.
      guard let byte = ch.asciiValue else {
        out.append(ch)
        continue
      }
      let atStart = index == leadingSpaces
      let afterNumber = leadingDigits > 0 && index == leadingSpaces + leadingDigits
      switch byte {
      case 0x0A: out += "<br>"
      case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7C, 0x7E, 0x26:  // \ ` * _ [ ] < > # | ~ &
        out.append("\\")
        out.append(ch)
      case 0x2D where atStart, 0x2B where atStart:  // - +
        out.append("\\")
        out.append(ch)
      case 0x2E where afterNumber: out += "\\."
      case 0x29 where afterNumber: out += "\\)"
      default: out.append(ch)
      }
    }
    return out
  }

  /// One RFC 4180 field: cleaned, guarded against formulas (`csvFormulaGuard`), quoted when
  /// it holds a comma, quote, CR or LF (quotes doubled).
  public static func csvField(_ s: String) -> String {
    let cleaned = csvFormulaGuard(clean(s))
    guard cleaned.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return cleaned
    }
    return "\"" + cleaned.replacingAll("\"", with: "\"\"") + "\""
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces.
  var trimmingSpaces: String {
    // By index, not through reversed views: those made exporting a large meeting quadratic.
    guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else {
      return ""
    }
    return String(self[first...last])
  }

  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for ch in self {
      if ch == target { out += replacement } else { out.append(ch) }
    }
    return out
  }
}
