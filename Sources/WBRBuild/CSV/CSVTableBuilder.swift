/// Gathers a CSV's rows into a `CSVTable` as they are split: each numeric column's cells
/// converted on the spot into its `NumberColumn`, each text column's appended to its text.
struct CSVTableBuilder {
  let header: [String]
  let uses: [ColumnUse]
  private var numberSlots: [Int]
  private var columns: [NumberColumn] = []
  /// Rows each numeric column has room for.
  private var stride: Int
  private var rowLines: [Int32] = []
  private var fieldCounts: [Int32] = []
  private var texts: [TextColumn?]
  private let hasText: [Bool]
  private var badCells: [Int: [Int: String]] = [:]
  private var numericCount: Int
  /// The last rows' cells, a row after another, moved into `columns` `batch` rows at a time:
  /// written straight into a column each, a row's cells would land a column's length apart,
  /// a page each (a TLB and a cache miss per cell); a batch moves as runs. A cell is its
  /// `NumberParser.Scan` decimal code, or `readAsDouble` with its value in `recentValues`.
  private var recent: [Int64] = []
  private var recentValues: [Double] = []
  private var recentFirst = 0
  static let batch = 16
  /// The code of a cell held as a double in `recentValues`.
  static let readAsDouble = NumberColumn.doubleCode

  /// `expectedRows`: room made up front (a file's size over its first rows' length).
  init(header: [String], uses: [ColumnUse], expectedRows: Int) {
    self.header = header
    self.uses = uses
    var slots: [Int] = []
    var next = 0
    for use in uses {
      slots.append(use.numbers ? next : -1)
      if use.numbers { next += 1 }
    }
    numberSlots = slots
    numericCount = next
    stride = expectedRows
    columns = (0..<numericCount).map { _ in NumberColumn(capacity: expectedRows) }
    texts = uses.map { $0.text ? TextColumn() : nil }
    hasText = uses.map(\.text)
    recent = [Int64](repeating: Self.readAsDouble, count: numericCount * Self.batch)
    recentValues = [Double](repeating: Cell.missing, count: numericCount * Self.batch)
    rowLines.reserveCapacity(stride)
    fieldCounts.reserveCapacity(stride)
  }

  var rowCount: Int { rowLines.count }

  /// Room for `rows` rows, made before the first row (the room of each column).
  mutating func reserve(rows: Int) {
    guard rowLines.isEmpty, rows > stride else { return }
    stride = rows
    columns = (0..<numericCount).map { _ in NumberColumn(capacity: rows) }
    rowLines.reserveCapacity(stride)
    fieldCounts.reserveCapacity(stride)
  }

  /// The index of the row about to be kept (`set`, then `commit` or `dropRow`).
  mutating func beginRow() -> Int { rowLines.count }

  /// Field `c` of the row being kept, at `range` in `b` (`escaped`: doubled quotes to
  /// unescape).
  @inline(__always) mutating func set(
    _ c: Int, row: Int, _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool
  ) {
    let slot = numberSlots[c]
    let at = (row &- recentFirst) &* numericCount &+ slot
    if slot >= 0 {
      switch NumberParser.scan(b, range) {
      case .decimal(let code): recent[at] = code
      case .result(let result):
        recent[at] = Self.readAsDouble
        recentValues[at] = Cell.store(result)
        switch result {
        case .value(let v) where v.isFinite: break
        case .missing: break
        default: badCells[c, default: [:]][row] = Self.text(b, range, escaped: escaped)
        }
      }
    }
    if hasText[c] {
      if escaped {
        texts[c]?.bytes.append(contentsOf: Self.unescaped(b, range, escaped: true))
      } else {
        texts[c]?.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[range]))
      }
      texts[c]?.endCell()
    }
  }

  /// Keeps the row begun: `fields` fields were set, the rest are blank.
  mutating func commit(line: Int32, fields: Int) {
    for c in fields..<header.count where hasText[c] { texts[c]?.endCell() }
    let row = rowLines.count
    // Fields past the row's end are blank.
    if fields < header.count {
      for c in fields..<header.count where numberSlots[c] >= 0 {
        let at = (row - recentFirst) * numericCount + numberSlots[c]
        recent[at] = Self.readAsDouble
        recentValues[at] = Cell.missing
      }
    }
    rowLines.append(line)
    fieldCounts.append(Int32(fields))
    if rowLines.count - recentFirst == Self.batch { flush() }
  }

  /// Moves the recent rows into their columns.
  private mutating func flush() {
    let rows = rowLines.count - recentFirst
    guard rows > 0, numericCount > 0 else {
      recentFirst = rowLines.count
      return
    }
    let width = numericCount
    recent.withUnsafeBufferPointer { codes in
      recentValues.withUnsafeBufferPointer { values in
        columns.withUnsafeMutableBufferPointer { to in
          for slot in 0..<width {
            to[slot].append(run: codes, values: values, first: slot, step: width, count: rows)
          }
        }
      }
    }
    recentFirst = rowLines.count
  }

  /// Drops what was set of the row begun (its numbers are set again when it is kept).
  mutating func dropRow() {
    let rows = rowLines.count
    for c in header.indices where hasText[c] { texts[c]?.cut(to: rows) }
  }

  mutating func table() -> CSVTable {
    flush()
    return CSVTable(
      header: header, rowLines: rowLines, fieldCounts: fieldCounts, uses: uses, columns: columns,
      numberSlots: numberSlots, texts: texts, badCells: badCells)
  }

  static func unescaped(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool) -> [UInt8] {
    guard escaped else { return Array(b[range]) }
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var i = range.lowerBound
    while i < range.upperBound {
      out.append(b[i])
      // A doubled quote inside quotes stands for one.
      i += b[i] == UInt8(ascii: "\"") && i + 1 < range.upperBound && b[i + 1] == UInt8(ascii: "\"") ? 2 : 1
    }
    return out
  }

  static func text(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool) -> String {
    String(decoding: unescaped(b, range, escaped: escaped), as: UTF8.self)
  }
}
