extension NotesText {
  /// Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list:
  /// `=`, `+`, `-`, `@`, tab, CR), with the full-width forms some spreadsheets accept too.
  static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// A cell a spreadsheet would run as a formula, with a single quote put before it.
  ///
  /// Why: the CSV goes to trackers and spreadsheets, and a commitment typed as
  /// `=HYPERLINK("http://…")` or `@SUM(…)` would run when the file is opened. The quote is
  /// OWASP's advice: spreadsheets show the text as typed, and a reader sees why it is there.
  /// The first character after leading spaces and line breaks counts (some importers trim
  /// them). A plain number ("-5", "+1.5", "-2e3") is left alone: it is a value, not a formula.
  static func csvFormulaGuard(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.first(where: { $0 != " " && $0 != "\n" }), formulaStarts.contains(first),
      !isPlainNumber(Substring(text).trimmingSpaces)
    else { return text }
    return "'" + text
  }

  /// `[+-]digits[.digits][e[+-]digits]`, nothing else.
  static func isPlainNumber(_ text: String) -> Bool {
    var rest = Substring(text).unicodeScalars
    func digits() -> Bool {
      let count = rest.prefix { ("0"..."9").contains($0) }.count
      rest = rest.dropFirst(count)
      return count > 0
    }
    if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
    guard digits() else { return false }
    if rest.first == "." {
      rest = rest.dropFirst()
      guard digits() else { return false }
    }
    if rest.first == "e" || rest.first == "E" {
      rest = rest.dropFirst()
      if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
      guard digits() else { return false }
    }
    return rest.isEmpty
  }
}
