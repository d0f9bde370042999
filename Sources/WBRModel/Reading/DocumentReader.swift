/// Walks a parsed JSON tree and checks it against the shapes of deck-format.md, logging
/// every problem with its position and path. The deck and owners readers are extensions of
/// it; this file holds the type checks they share.
///
/// Paths are autoclosures so that they are only built when a diagnostic is logged.
struct DocumentReader {
  var log: DiagnosticLog

  init(file: String, maxErrors: Int = 50, maxWarnings: Int = 1000) {
    log = DiagnosticLog(file: file, maxErrors: maxErrors, maxWarnings: maxWarnings)
  }

  /// `expected X, found Y` at `node`.
  mutating func mismatch(_ expected: String, _ node: JSONNode, _ path: JSONPath) {
    log.error("expected \(expected), found \(Self.found(node))", at: node, path: path)
  }

  /// The value in words for "found …": `a string "12"`, `the number 3.5`, `null`, `an array`.
  static func found(_ node: JSONNode) -> String {
    switch node.value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return "the number \(numberText(n))"
    case .string(let s): return "a string \(quoted(s))"
    case .array(let a): return a.isEmpty ? "an empty array" : "an array"
    case .object: return "an object"
    }
  }

  /// A string from the file, quoted, shortened to 60 characters and made safe to print.
  static func quoted(_ s: String) -> String {
    let short = s.count > 60 ? String(s.prefix(60)) + "…" : s
    return "\"" + SafeText.clean(short) + "\""
  }

  static func numberText(_ n: Double) -> String {
    if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
    return String(n)
  }

  // MARK: objects

  /// The members of an object node, or logs a mismatch.
  mutating func object(
    _ node: JSONNode, _ path: @autoclosure () -> JSONPath, what: String = "an object"
  ) -> [JSONMember]? {
    if case .object(let members) = node.value { return members }
    mismatch(what, node, path())
    return nil
  }

  /// Refuses duplicate keys (ambiguous data) and warns about keys the format does not define
  /// (a newer writer's additions, or a typo). `known: nil` allows any key (a map such as
  /// `assignments`).
  /// - Complexity: O(n²) for small objects, O(n) hashing above 16 members.
  mutating func checkKeys(
    _ members: [JSONMember], known: [String]?, _ path: @autoclosure () -> JSONPath
  ) {
    if members.count <= 16 {
      for (k, m) in members.enumerated() {
        if let first = members[..<k].first(where: { $0.key == m.key }) { duplicate(m, first, path()) }
      }
    } else {
      var seen: [String: Int] = [:]
      for (k, m) in members.enumerated() {
        if let f = seen[m.key] { duplicate(m, members[f], path()) } else { seen[m.key] = k }
      }
    }
    guard let known else { return }
    for m in members where !known.contains(m.key) {
      log.warning(
        "unknown key \(Self.quoted(m.key)) is ignored", line: m.keyLine, column: m.keyColumn,
        path: path().key(m.key))
    }
  }

  private mutating func duplicate(_ m: JSONMember, _ first: JSONMember, _ path: JSONPath) {
    log.error(
      "duplicate key \(Self.quoted(m.key)) (first at line \(first.keyLine), column \(first.keyColumn))",
      line: m.keyLine, column: m.keyColumn, path: path.key(m.key))
  }

  /// The first member named `key`; logs "missing required key" when absent.
  mutating func required(
    _ key: String, in members: [JSONMember], of node: JSONNode, _ path: @autoclosure () -> JSONPath,
    what: String
  ) -> JSONNode? {
    for m in members where m.key == key { return m.value }
    log.error("missing required key \"\(key)\" (\(what))", at: node, path: path())
    return nil
  }

  // MARK: scalars

  mutating func string(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> String? {
    if case .string(let s) = node.value { return s }
    mismatch("a string", node, path())
    return nil
  }

  mutating func number(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Double? {
    if case .number(let n) = node.value { return n }
    mismatch("a number", node, path())
    return nil
  }

  /// A number that must be ≥ 0 (thresholds, tolerances, mR̄).
  mutating func nonNegative(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Double? {
    if case .number(let n) = node.value, n >= 0 { return n }
    mismatch("a number ≥ 0", node, path())
    return nil
  }

  /// A value that may be missing: `.some(nil)` for null, `nil` when the type is wrong.
  mutating func numberOrNull(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Double?? {
    switch node.value {
    case .number(let n): return .some(n)
    case .null: return .some(nil)
    default:
      mismatch("a number or null", node, path())
      return nil
    }
  }

  mutating func bool(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Bool? {
    if case .bool(let b) = node.value { return b }
    mismatch("true or false", node, path())
    return nil
  }

  /// A whole number in `range`.
  mutating func integer(
    _ node: JSONNode, in range: ClosedRange<Int>, _ path: @autoclosure () -> JSONPath
  ) -> Int? {
    if case .number(let n) = node.value, n == n.rounded(), n >= Double(range.lowerBound),
      n <= Double(range.upperBound)
    {
      return Int(n)
    }
    mismatch("a whole number from \(range.lowerBound) to \(range.upperBound)", node, path())
    return nil
  }

  mutating func array(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> [JSONNode]? {
    if case .array(let a) = node.value { return a }
    mismatch("an array", node, path())
    return nil
  }

  /// One of a fixed set of strings, e.g. `"input"` or `"output"`.
  mutating func choice(
    _ node: JSONNode, _ choices: [String], _ path: @autoclosure () -> JSONPath
  ) -> String? {
    if case .string(let s) = node.value, choices.contains(s) { return s }
    mismatch(choices.map { "\"\($0)\"" }.joined(separator: " or "), node, path())
    return nil
  }

  /// A calendar date `YYYY-MM-DD` that exists.
  mutating func day(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Day? {
    if case .string(let s) = node.value, let d = Self.isoDay(s) { return d }
    mismatch("a date \"YYYY-MM-DD\"", node, path())
    return nil
  }

  /// A month `YYYY-MM`.
  mutating func month(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> YearMonth? {
    if case .string(let s) = node.value, let m = YearMonth(iso: s) { return m }
    mismatch("a month \"YYYY-MM\"", node, path())
    return nil
  }

  /// An id: one or more of `A–Z a–z 0–9 _ . -`.
  mutating func identifier(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> String? {
    if case .string(let s) = node.value, Identifier.isValid(s) { return s }
    mismatch("an id made of A–Z a–z 0–9 _ . - (at least one)", node, path())
    return nil
  }

  /// `Day(iso:)` without its array copy: dates are a deck's most frequent value.
  static func isoDay(_ text: String) -> Day? {
    var text = text
    return text.withUTF8 { b -> Day? in
      guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
      func number(_ from: Int, _ to: Int) -> Int? {
        var v = 0
        for i in from..<to {
          guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
          v = v * 10 + Int(b[i] - 0x30)
        }
        return v
      }
      guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
      return Day(year: y, month: m, day: d)
    }
  }
}
