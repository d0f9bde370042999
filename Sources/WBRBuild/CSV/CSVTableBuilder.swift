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
  private var badCells: [Int: [Int: String]] = [:]
  private var numericCount: Int

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

  /// One row: `fields` of it split at `starts`/`ends` in `b` (`escaped`: doubled quotes to
  /// unescape); fields past the header's width are not passed, missing ones are blank.
  mutating func add(
    line: Int32, _ b: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], escaped: [UInt8],
    fields: Int
  ) {
    let row = rowLines.count
    if row == stride { grow() }
    rowLines.append(line)
    fieldCounts.append(Int32(fields))
    for c in 0..<header.count {
      let present = c < fields
      let range = present ? Int(starts[c])..<Int(ends[c]) : 0..<0
      let slot = numberSlots[c]
      if slot >= 0, present {
        let result = NumberParser.parse(b, range)
        numbers[slot &* stride &+ row] = Cell.store(result)
        switch result {
        case .value(let v) where v.isFinite: break
        case .missing: break
        default: badCells[c, default: [:]][row] = Self.text(b, range, escaped: escaped[c] != 0)
        }
      }
      if texts[c] != nil {
        if present, escaped[c] != 0 {
          texts[c]?.bytes.append(contentsOf: Self.unescaped(b, range, escaped: true))
        } else if present {
          texts[c]?.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[range]))
        }
        texts[c]?.endCell()
      }
    }
  }

  /// Twice the room for rows: each numeric column's block moved to its new place.
  private mutating func grow() {
    let bigger = max(16, stride * 2)
    var moved = [Double](repeating: Cell.missing, count: numericCount * bigger)
    for slot in 0..<numericCount {
      for r in 0..<stride { moved[slot * bigger + r] = numbers[slot * stride + r] }
    }
    numbers = moved
    stride = bigger
  }

  func table() -> CSVTable {
    CSVTable(
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
