import WBRModel

/// The field separator of a CSV file: a comma unless `--delimiter` says otherwise.
struct Separators {
  let byte: UInt8
  init(_ byte: UInt8) { self.byte = byte }

  /// How a separator is named in messages and on the command line.
  static func name(_ byte: UInt8) -> String {
    byte == 0x09 ? "tab" : String(UnicodeScalar(byte))
  }

  /// `--delimiter` text: one ASCII character other than a quote or a line break, or `tab`.
  public static func parse(_ text: String) -> UInt8? {
    if text == "tab" || text == "\\t" || text == "\t" { return 0x09 }
    guard text.utf8.count == 1, let b = text.utf8.first, b >= 0x20, b < 0x7F, b != UInt8(ascii: "\"")
    else { return nil }
    return b
  }
}

/// Rows whose field count differs from the header's, gathered over the whole file so that one
/// run names them all (the first ten, then a count).
struct WidthErrors {
  let file: String
  let width: Int
  private(set) var diagnostics: [Diagnostic] = []
  private var more = 0
  static let listed = 10

  init(file: String, width: Int) {
    self.file = file
    self.width = width
  }

  /// A row with fewer fields than the header; `column` is where its last field ends.
  mutating func short(line: Int32, fields: Int, column: Int, last: Bool) {
    let cut = last ? " (the last row: is the file cut short, or still being written?)" : ""
    add(
      .csvShortRow, line: line, column: column,
      "expected \(width) fields as in the header, found \(fields)\(cut)")
  }

  /// A row with more (non-empty) fields than the header; `column` is where the first extra
  /// one starts.
  mutating func long(line: Int32, fields: Int, column: Int) {
    add(
      .csvLongRow, line: line, column: column,
      "expected \(width) fields as in the header, found \(fields) (a separator inside an unquoted value?)")
  }

  private mutating func add(_ code: ProblemCode, line: Int32, column: Int, _ message: String) {
    guard diagnostics.count < Self.listed else {
      more += 1
      return
    }
    diagnostics.append(Diagnostic(code, file: file, line: Int(line), column: column, message: message))
  }

  func throwIfAny() throws(InputError) {
    guard !diagnostics.isEmpty else { return }
    var all = diagnostics
    if more > 0 { all.append(.omitted(more, .error, file: file)) }
    throw InputError(kind: .refused, diagnostics: all)
  }
}
