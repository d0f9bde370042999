/// Gathers a CSV's rows into a `CSVTable` as they are split: each numeric column's cells
/// converted on the spot into its block of `numbers`, each text column's appended to its text.
struct CSVTableBuilder {
  let header: [String]
  let uses: [ColumnUse]
  private var numberSlots: [Int]
  private var numbers: [Double] = []
  /// Rows each numeric column has room for.
  private var stride: Int
  private var rowLines: [Int32] = []
  private var fieldCounts: [Int32] = []
  private var texts: [TextColumn?]
  private let hasText: [Bool]
  private var badCells: [Int: [Int: String]] = [:]
  private var numericCount: Int
  /// The last rows' numbers, a row after another, moved into `numbers` `batch` rows at a
  /// time: written straight into a column each, a row's cells would land a column's length
  /// apart, a page each (a TLB and a cache miss per cell); a batch moves as runs.
  private var recent: [Double] = []
  private var recentFirst = 0
  static let batch = 16

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
    numbers = [Double](repeating: Cell.missing, count: numericCount * stride)
    texts = uses.map { $0.text ? TextColumn() : nil }
    hasText = uses.map(\.text)
    recent = [Double](repeating: Cell.missing, count: numericCount * Self.batch)
    rowLines.reserveCapacity(stride)
    fieldCounts.reserveCapacity(stride)
  }

  var rowCount: Int { rowLines.count }

  /// Room for `rows` rows, made before the first row (the room of each column's block).
  mutating func reserve(rows: Int) {
    guard rowLines.isEmpty, rows > stride else { return }
    stride = rows
    numbers = []
    numbers = [Double](repeating: Cell.missing, count: numericCount * stride)
    rowLines.reserveCapacity(stride)
    fieldCounts.reserveCapacity(stride)
  }

  /// The index of the row about to be kept (`set`, then `commit` or `dropRow`).
  mutating func beginRow() -> Int {
    if rowLines.count == stride { grow() }
    return rowLines.count
  }

  /// Field `c` of the row being kept, at `range` in `b` (`escaped`: doubled quotes to
  /// unescape).
  @inline(__always) mutating func set(
    _ c: Int, row: Int, _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool
  ) {
    let slot = numberSlots[c]
    let at = (row &- recentFirst) &* numericCount &+ slot
    if slot >= 0, let v = NumberParser.finite(b, range) {
      recent[at] = v
    } else if slot >= 0 {
      let result = NumberParser.parse(b, range)
      recent[at] = Cell.store(result)
      switch result {
      case .value(let v) where v.isFinite: break
      case .missing: break
      default: badCells[c, default: [:]][row] = Self.text(b, range, escaped: escaped)
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
        recent[(row - recentFirst) * numericCount + numberSlots[c]] = Cell.missing
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
    let stride = self.stride
    let first = recentFirst
    let width = numericCount
    recent.withUnsafeBufferPointer { from in
      numbers.withUnsafeMutableBufferPointer { to in
        for slot in 0..<width {
          let column = slot * stride + first
          for r in 0..<rows { to[column + r] = from[r * width + slot] }
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

  /// Twice the room for rows: each numeric column's block moved to its new place.
  private mutating func grow() {
    flush()
    let bigger = max(16, stride * 2)
    var moved = [Double](repeating: Cell.missing, count: numericCount * bigger)
    for slot in 0..<numericCount {
      for r in 0..<stride { moved[slot * bigger + r] = numbers[slot * stride + r] }
    }
    numbers = moved
    stride = bigger
  }

  mutating func table() -> CSVTable {
    flush()
    return CSVTable(
      header: header, rowLines: rowLines, fieldCounts: fieldCounts, uses: uses, numbers: numbers,
      numberSlots: numberSlots, stride: stride, texts: texts, badCells: badCells)
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
