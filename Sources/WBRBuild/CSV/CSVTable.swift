import WBRModel

/// What a build needs of a CSV column: its cells as numbers, as text, or both
/// (`CSVPlan` decides, from the config, before the file is read).
public struct ColumnUse: Sendable, Equatable {
  public var numbers: Bool
  public var text: Bool

  public init(numbers: Bool, text: Bool) {
    self.numbers = numbers
    self.text = text
  }

  /// Numbers and text: every cell kept both ways (tests, fuzzing, small files).
  public static let both = ColumnUse(numbers: true, text: true)
}

/// A CSV file read into columns: the numbers of the columns a config reads as numbers, the
/// text of the others, and where each row was.
///
/// The file's bytes are not kept. A build reads one column per metric out of files with a
/// thousand columns: cells converted as the file is read, row after row, into a block of
/// numbers per column, cost a third of what walking a column down 1,000 rows of 10 kB each
/// did (a cache miss per cell), and hold 4 bytes a cell (`NumberColumn`; 8 for a column of
/// long numbers) instead of the file's 10 plus 9 for where each field was
/// (docs/PERFORMANCE.md "wbr build").
/// RFC 4180 quoting is honoured (commas, doubled quotes and line breaks inside quotes); a
/// UTF-8 byte-order mark is skipped; `\n` and `\r\n` both end a row; blank lines are skipped.
public struct CSVTable: Sendable {
  /// Header names as written, in order.
  public let header: [String]
  /// Physical line (1-based) on which each data row starts.
  public let rowLines: [Int32]
  /// Fields actually present per row (rows shorter than the header are padded with blanks).
  public let fieldCounts: [Int32]
  /// What was kept of each column.
  public let uses: [ColumnUse]
  /// The numeric columns' cells: the value, or blank (`Cell.missing`) or not a number
  /// (`Cell.invalid`).
  private(set) var columns: [NumberColumn]
  /// Per column: its place among the numeric columns, or -1.
  let numberSlots: [Int]
  /// Per column: its text, when kept.
  let texts: [TextColumn?]
  /// The text of numeric cells that are not finite numbers, for messages.
  let badCells: [Int: [Int: String]]
  /// First column of each header name (a thousand metrics look up a thousand columns).
  private let columnIndex: [String: Int]
  /// Where the cells came from when the table is not one CSV file as read (a query's result,
  /// the merge of `data_sources`); nil for a CSV file, whose lines are its places.
  public internal(set) var origin: TableOrigin?

  public var rowCount: Int { rowLines.count }
  public var columnCount: Int { header.count }

  init(
    header: [String], rowLines: [Int32], fieldCounts: [Int32], uses: [ColumnUse], columns: [NumberColumn],
    numberSlots: [Int], texts: [TextColumn?], badCells: [Int: [Int: String]],
    origin: TableOrigin? = nil
  ) {
    self.origin = origin
    self.header = header
    self.rowLines = rowLines
    self.fieldCounts = fieldCounts
    self.uses = uses
    self.columns = columns
    self.numberSlots = numberSlots
    self.texts = texts
    self.badCells = badCells
    var index: [String: Int] = [:]
    for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
    self.columnIndex = index
  }

  /// A cell as a number, as `NumberParser` reads it. For a column kept as text only, read from
  /// its text.
  public func number(row: Int, column: Int) -> NumberParser.Result {
    let slot = numberSlots[column]
    if slot < 0 { return NumberParser.parse(string(row: row, column: column)) }
    return Cell.result(columns[slot].cell(row))
  }

  /// All the cells of a column kept as numbers, by row (`Cell` NaNs for blank and text); nil
  /// for a column kept as text only.
  func numbers(column: Int) -> [Double]? {
    let slot = numberSlots[column]
    return slot < 0 ? nil : columns[slot].cells()
  }

  /// Lets the numbers go, once read: `number` and `numbers` must not be asked after this.
  mutating func dropNumbers() { columns = [] }

  /// A field as text (doubled quotes unescaped). For a column kept as numbers only, the text
  /// of a cell that is not a finite number (what messages quote), else "".
  public func string(row: Int, column: Int) -> String {
    if let text = texts[column] { return text.string(row) }
    return badCells[column]?[row] ?? ""
  }

  /// A text column's field as bytes (doubled quotes unescaped); empty for a column kept as
  /// numbers only.
  public func bytes(row: Int, column: Int) -> ArraySlice<UInt8> {
    texts[column]?.bytes(row) ?? []
  }

  /// Index of the first column with this exact name.
  public func column(named name: String) -> Int? { columnIndex[name] }
}

/// A column's text: its cells one after another, unescaped, and where each ends.
struct TextColumn: Sendable {
  var bytes: [UInt8] = []
  var ends: [Int32] = []

  /// Ends the cell being appended to `bytes`.
  mutating func endCell() { ends.append(Int32(bytes.count)) }

  /// Keeps the first `rows` cells only.
  mutating func cut(to rows: Int) {
    if ends.count > rows { ends.removeLast(ends.count - rows) }
    let end = Int(ends.last ?? 0)
    if bytes.count > end { bytes.removeLast(bytes.count - end) }
  }

  func string(_ row: Int) -> String { String(decoding: bytes(row), as: UTF8.self) }

  func bytes(_ row: Int) -> ArraySlice<UInt8> {
    bytes[(row == 0 ? 0 : Int(ends[row - 1]))..<Int(ends[row])]
  }
}

/// A numeric cell in a `Double`: the value, or a NaN with a payload for blank and for text.
enum Cell {
  static let missing = Double(nan: 1, signaling: false)
  static let invalid = Double(nan: 2, signaling: false)

  @inline(__always) static func store(_ result: NumberParser.Result) -> Double {
    switch result {
    case .value(let v): return v
    case .missing: return missing
    case .invalid: return invalid
    }
  }

  @inline(__always) static func result(_ v: Double) -> NumberParser.Result {
    guard v.isNaN else { return .value(v) }
    return v.bitPattern == invalid.bitPattern ? .invalid : .missing
  }
}
