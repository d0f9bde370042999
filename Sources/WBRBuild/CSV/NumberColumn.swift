/// One numeric CSV column's cells in 4 bytes each where they are short decimals, in 8 where
/// they are not.
///
/// Daily data is mostly numbers like `1061477.76` or `0.073849`: a whole number `m` over a
/// power of ten `10ᵈ` with few digits. Such a cell is kept as `m` in an `Int32` at the column's
/// `scale` (one `d` for the whole column: `340031.5` at scale 2 is 34003150), and read back as
/// `Double(m) / 10^scale`: both operands are exact doubles and IEEE division rounds correctly,
/// so the value is the double nearest the decimal, bit for bit what `NumberParser` makes of
/// the text. That halves the table a build holds (docs/PERFORMANCE.md "wbr build").
///
/// A cell that does not fit (more than nine decimals, past ±2.1e9 at the scale, an exponent
/// whose value is no short decimal, `-0`, an infinity) turns the whole column into doubles:
/// 8 bytes a cell, as every column was before.
struct NumberColumn: Sendable {
  /// Decimals every narrow cell is counted in, 0…9.
  private(set) var scale = 0
  /// The cells as whole numbers at `scale` (or `missing`, `invalid`), while the column is
  /// narrow: the first `rows` are the column's, the rest room made ahead (written in place,
  /// a run at a time, without `append`'s checks per cell).
  private var narrow: [Int32]
  private var rows = 0
  /// The cells as doubles (`Cell` NaNs for blank and text), once a cell did not fit.
  private var wide: [Double]? = nil

  static let missing = Int32.min
  static let invalid = Int32.min + 1
  /// The largest decimal scale kept narrow.
  static let maxScale = 9
  /// A cell code that is not a decimal: its double comes beside it (`append(run:)`).
  static let doubleCode: Int64 = 15

  /// 10⁰ … 10⁹ as doubles (exact) and as integers.
  private static let doublePowers: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]
  private static let integerPowers: [Int64] = [
    1, 10, 100, 1000, 10000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
  ]

  init(capacity: Int) { narrow = [Int32](repeating: Self.missing, count: max(0, capacity)) }

  var count: Int { wide?.count ?? rows }
  /// True while every cell is kept in 4 bytes.
  var isNarrow: Bool { wide == nil }

  /// The cell of row `r` as a double, with `Cell.missing` / `Cell.invalid` for blank and text.
  @inline(__always) func cell(_ r: Int) -> Double {
    if let wide { return wide[r] }
    return Self.double(narrow[r], Self.doublePowers[scale])
  }

  /// Every cell, as `cell` gives them: one pass down the column (a build reads whole columns).
  func cells() -> [Double] {
    if let wide { return wide }
    let divisor = Self.doublePowers[scale]
    return narrow[0..<rows].map { Self.double($0, divisor) }
  }

  @inline(__always) private static func double(_ n: Int32, _ divisor: Double) -> Double {
    n <= invalid ? (n == missing ? Cell.missing : Cell.invalid) : Double(n) / divisor
  }

  /// Appends `count` cells, `codes[first]`, `codes[first + step]`, …: decimal codes, or
  /// `doubleCode` with the cell's double at the same place in `values`. The common cell, a
  /// decimal in the column's own scale, is written straight into the room made ahead.
  mutating func append(
    run codes: UnsafeBufferPointer<Int64>, values: UnsafeBufferPointer<Double>, first: Int, step: Int,
    count: Int
  ) {
    var k = 0
    var at = first
    if wide == nil {
      if rows + count > narrow.count { makeRoom(count) }
      let s = Int64(scale)
      let start = rows
      rows = narrow.withUnsafeMutableBufferPointer { out in
        var r = start
        while k < count {
          let code = codes[at]
          let m = code >> 4
          // `doubleCode`'s low bits (15) are never a scale.
          guard code & 15 == s, m > Int64(Self.invalid), m <= Int64(Int32.max) else { break }
          out[r] = Int32(truncatingIfNeeded: m)
          r += 1
          k += 1
          at += step
        }
        return r
      }
    }
    while k < count {
      let code = codes[at]
      if code == Self.doubleCode { append(value: values[at]) } else { append(decimal: code) }
      k += 1
      at += step
    }
  }

  /// Appends a decimal cell: `code` is `NumberParser.Scan.decimal`'s (the whole number shifted
  /// left by 4 over its count of decimals).
  mutating func append(decimal code: Int64) {
    if wide == nil {
      let d = Int(code & 15)
      let m = code >> 4
      if d <= scale {
        let (scaled, overflow) = m.multipliedReportingOverflow(by: Self.integerPowers[scale &- d])
        if !overflow, let n = Int32(exactly: scaled), n > Self.invalid {
          put(n)
          return
        }
      } else if d <= Self.maxScale, let n = Int32(exactly: m), n > Self.invalid, rescale(to: d) {
        put(n)
        return
      }
      promote()
    }
    wide?.append(NumberParser.value(code))
  }

  /// Appends a cell read as a double (`Cell` NaNs for blank and text): kept narrow when some
  /// scale gives back exactly the same double.
  mutating func append(value v: Double) {
    if wide == nil {
      if v.isNaN {
        put(v.bitPattern == Cell.invalid.bitPattern ? Self.invalid : Self.missing)
        return
      }
      for d in scale...Self.maxScale {
        guard let n = Self.whole(v, decimals: d) else { continue }
        // `n` is counted in `d` decimals: kept when the column can be too.
        if d == scale || rescale(to: d) {
          put(n)
          return
        }
        break
      }
      promote()
    }
    wide?.append(v)
  }

  private mutating func put(_ n: Int32) {
    if rows == narrow.count { makeRoom(1) }
    narrow[rows] = n
    rows += 1
  }

  /// Room for at least `more` cells past `rows`: twice the room, as an array grows.
  private mutating func makeRoom(_ more: Int) {
    let room = max(rows + more, narrow.count * 2, 16)
    narrow.append(contentsOf: repeatElement(Self.missing, count: room - narrow.count))
  }

  /// `v` as a whole number of 10⁻ᵈ that reads back as exactly `v` (same bits), if any.
  private static func whole(_ v: Double, decimals d: Int) -> Int32? {
    let scaled = (v * doublePowers[d]).rounded()
    guard scaled.magnitude < 2_147_483_647, let n = Int32(exactly: scaled), n > invalid else { return nil }
    return double(n, doublePowers[d]).bitPattern == v.bitPattern ? n : nil
  }

  /// Counts every narrow cell in `d` decimals instead of `scale`; false (nothing changed) when
  /// one would not fit in an `Int32`.
  private mutating func rescale(to d: Int) -> Bool {
    let factor = Self.integerPowers[d - scale]
    // Below Int32.max in magnitude after scaling, so never one of the two markers.
    let limit = Int64(Int32.max - 1) / factor
    for n in narrow[0..<rows] where n > Self.invalid && Int64(n).magnitude > limit { return false }
    let f = Int32(factor)
    for i in 0..<rows where narrow[i] > Self.invalid { narrow[i] &*= f }
    scale = d
    return true
  }

  /// Turns the column into doubles, for good.
  private mutating func promote() {
    var values: [Double] = []
    values.reserveCapacity(narrow.count)
    for i in 0..<rows { values.append(cell(i)) }
    narrow = []
    rows = 0
    wide = values
  }
}
