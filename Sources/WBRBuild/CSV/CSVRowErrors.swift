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

  /// A row with fewer fields than the header; `end` is the byte after its last field.
  mutating func short(_ bytes: [UInt8], line: Int32, fields: Int, end: Int, last: Bool) {
    let cut = last ? " (the last row: is the file cut short, or still being written?)" : ""
    add(
      .csvShortRow, line: line, column: Self.column(bytes, end),
      "expected \(width) fields as in the header, found \(fields)\(cut)")
  }

  /// A row with more (non-empty) fields than the header; `at` is where the first extra one starts.
  mutating func long(_ bytes: [UInt8], line: Int32, fields: Int, at: Int) {
    add(
      .csvLongRow, line: line, column: Self.column(bytes, at),
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

  /// The 1-based column (in Unicode scalars) of byte `offset` on its line.
  static func column(_ bytes: [UInt8], _ offset: Int) -> Int {
    let end = min(max(offset, 0), bytes.count)
    var start = end
    while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
    return bytes[start..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
}
