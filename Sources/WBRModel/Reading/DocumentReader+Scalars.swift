extension DocumentReader {
  /// The text of a string node, or logs a mismatch.
  mutating func string(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> String? {
    if let s = tape.string(node) { return s }
    mismatch("a string", node, path())
    return nil
  }

  mutating func number(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Double? {
    if let n = tape.number(node) { return n }
    mismatch("a number", node, path())
    return nil
  }

  /// A number that must be ≥ 0 (thresholds, tolerances, mR̄).
  mutating func nonNegative(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Double? {
    if let n = tape.number(node), n >= 0 { return n }
    mismatch("a number ≥ 0", node, path())
    return nil
  }

  /// A value that may be missing: `.some(nil)` for null, `nil` when the type is wrong.
  mutating func numberOrNull(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Double?? {
    if let n = tape.number(node) { return .some(n) }
    if tape.kind(node) == .null { return .some(nil) }
    mismatch("a number or null", node, path())
    return nil
  }

  mutating func bool(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Bool? {
    switch tape.kind(node) {
    case .true: return true
    case .false: return false
    default:
      mismatch("true or false", node, path())
      return nil
    }
  }

  /// A whole number in `range`.
  mutating func integer(
    _ node: JSONRef, in range: ClosedRange<Int>, _ path: @autoclosure () -> JSONPath
  ) -> Int? {
    if let n = tape.number(node), n == n.rounded(), n >= Double(range.lowerBound),
      n <= Double(range.upperBound)
    {
      return Int(n)
    }
    mismatch("a whole number from \(range.lowerBound) to \(range.upperBound)", node, path())
    return nil
  }

  /// Whether the node is an array; logs a mismatch when not. For walking its elements in
  /// place (`tape.after`), as the series readers do, without an array of refs.
  mutating func isArray(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Bool {
    if tape.kind(node) == .array { return true }
    mismatch("an array", node, path())
    return false
  }

  /// The elements of an array node, or logs a mismatch.
  mutating func array(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> [JSONRef]? {
    if tape.kind(node) == .array { return tape.elements(node) }
    mismatch("an array", node, path())
    return nil
  }

  /// One of a fixed set of strings, e.g. `"input"` or `"output"`.
  mutating func choice(
    _ node: JSONRef, _ choices: [String], _ path: @autoclosure () -> JSONPath
  ) -> String? {
    if let s = tape.string(node), choices.contains(s) { return s }
    mismatch(choices.map { "\"\($0)\"" }.joined(separator: " or "), node, path())
    return nil
  }

  /// A calendar date `YYYY-MM-DD` that exists, read from the tape's bytes: dates are a
  /// deck's most frequent value, so no `String` is made for them.
  mutating func day(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Day? {
    var days = dayCache
    defer { dayCache = days }
    if tape.isString(node), let d = tape.withBytes(node, { days.day($0) }) { return d }
    mismatch("a date \"YYYY-MM-DD\"", node, path())
    return nil
  }

  /// A month `YYYY-MM`, read from the tape's bytes like `day`.
  mutating func month(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> YearMonth? {
    if tape.isString(node), let m = tape.withBytes(node, Self.isoMonth) { return m }
    mismatch("a month \"YYYY-MM\"", node, path())
    return nil
  }

  /// An id: one or more of `A–Z a–z 0–9 _ . -`.
  mutating func identifier(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> String? {
    if let s = tape.string(node), Identifier.isValid(s) { return s }
    mismatch("an id made of A–Z a–z 0–9 _ . - (at least one)", node, path())
    return nil
  }

  /// `Day(iso:)` over bytes: `YYYY-MM-DD`, a date that exists. (`DayCache.day` is the same,
  /// faster on dates of one month after another.)
  static func isoDay(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let y = digits(b, 0, 4),
      let m = digits(b, 5, 7), let d = digits(b, 8, 10)
    else { return nil }
    return Day(year: y, month: m, day: d)
  }

  /// `YearMonth(iso:)` over bytes: `YYYY-MM`, month 1–12.
  static func isoMonth(_ b: UnsafeBufferPointer<UInt8>) -> YearMonth? {
    guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = digits(b, 0, 4), let m = digits(b, 5, 7),
      (1...12).contains(m)
    else { return nil }
    return YearMonth(year: y, month: m)
  }

  /// The decimal number of the ASCII digits `b[from..<to]`; nil when one is not a digit.
  @inline(__always) static func digits(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    var v = 0
    for i in from..<to {
      guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
      v = v * 10 + Int(b[i] - 0x30)
    }
    return v
  }
}

/// `DocumentReader.isoDay` that remembers the month of the last date it read: a weekly series
/// has four or five dates in each month, and the day number of a month's first day is what
/// costs (`Day.daysFromCivil`).
struct DayCache {
  /// `year * 12 + month - 1` of the last month read, its first day's number and its length.
  private var month = -1
  private var first = 0
  private var length = 0

  mutating func day(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
      let y = DocumentReader.digits(b, 0, 4), let m = DocumentReader.digits(b, 5, 7), (1...12).contains(m),
      let d = DocumentReader.digits(b, 8, 10)
    else { return nil }
    if y * 12 + m - 1 != month {
      month = y * 12 + m - 1
      first = Day.daysFromCivil(year: y, month: m, day: 1)
      length = Day.daysIn(year: y, month: m)
    }
    guard d >= 1, d <= length else { return nil }
    return Day(ordinal: first + d - 1)
  }
}
