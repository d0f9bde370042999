/// Walks a parsed JSON tape and checks it against the shapes of deck-format.md, logging
/// every problem with its position and path. The deck and owners readers are extensions of
/// it; this file holds the object checks they share, DocumentReader+Scalars the scalars.
///
/// Paths are autoclosures so that they are only built when a diagnostic is logged, and
/// strings are compared on the tape's bytes, so that the happy path allocates nothing per
/// point.
struct DocumentReader {
  var tape: JSONTape
  var log: DiagnosticLog
  /// The deck's metrics when they were read during the parse (`MetricStream`).
  var stream: MetricStream?
  /// The month of the last date read (`day`).
  var dayCache = DayCache()
  /// Each metric element's `owner`, by element index, for `OwnersCheck` (set by `readMetrics`).
  var ownerMentions: [(index: Int, mention: OwnerMention)] = []

  init(tape: JSONTape, file: String, maxErrors: Int = 50, maxWarnings: Int = 1000) {
    self.tape = tape
    log = DiagnosticLog(file: file, maxErrors: maxErrors, maxWarnings: maxWarnings)
  }

  /// `expected X, found Y` at `node`.
  mutating func mismatch(_ expected: String, _ node: JSONRef, _ path: JSONPath) {
    problem(.jsonType, "expected \(expected), found \(found(node))", at: node, path: path)
  }

  /// An error or a warning (as `code` says) at `node`.
  mutating func problem(_ code: ProblemCode, _ message: String, at node: JSONRef, path: JSONPath) {
    log.log(code, message, line: tape.line(node), column: tape.column(node), path: path)
  }

  /// An error or a warning at a position kept from a tape that is gone (`MetricStream`).
  mutating func problem(_ code: ProblemCode, _ message: String, at position: SourcePosition, path: JSONPath) {
    log.log(code, message, line: position.line, column: position.column, path: path)
  }

  /// Where `node` is, to keep after the tape.
  func position(_ node: JSONRef) -> SourcePosition {
    SourcePosition(line: tape.line(node), column: tape.column(node))
  }

  /// The value in words for "found …": `a string "12"`, `the number 3.5`, `null`, `an array`.
  func found(_ node: JSONRef) -> String {
    switch tape.kind(node) {
    case .null: return "null"
    case .true: return "true"
    case .false: return "false"
    case .number: return "the number \(Self.numberText(tape.number(node) ?? 0))"
    case .string, .escapedString: return "a string \(Self.quoted(tape.string(node) ?? ""))"
    case .array: return tape.count(node) == 0 ? "an empty array" : "an array"
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

  /// The node itself when it is an object, or logs a mismatch.
  mutating func object(
    _ node: JSONRef, _ path: @autoclosure () -> JSONPath, what: String = "an object"
  ) -> JSONRef? {
    if tape.kind(node) == .object { return node }
    mismatch(what, node, path())
    return nil
  }

  /// Refuses duplicate keys (ambiguous data) and warns about keys the format does not define
  /// (a newer writer's additions, or a typo). `known: nil` allows any key (a map such as
  /// `assignments`).
  /// - Complexity: O(n²) for small objects, O(n) hashing above 16 members.
  mutating func checkKeys(_ object: JSONRef, known: [StaticString]?, _ path: @autoclosure () -> JSONPath) {
    // The common case in one pass: every key known and none twice (two equal keys would be
    // the same known key). Anything else takes the exact, slower checks below.
    if let known, known.count <= 64, tape.count(object) <= 64 {
      var seen: UInt64 = 0
      var clean = true
      var c = tape.members(object)
      while let m = tape.next(&c) {
        guard let k = tape.index(of: m.key, in: known), seen & (1 << k) == 0 else {
          clean = false
          break
        }
        seen |= 1 << k
      }
      if clean { return }
    }
    var c = tape.members(object)
    if tape.count(object) <= 16 {
      while let m = tape.next(&c) {
        if let first = firstEqualKey(before: m.key, in: object) { duplicate(m.key, first, path()) }
      }
    } else {
      var seen: [String: JSONRef] = [:]
      while let m = tape.next(&c) {
        let key = tape.string(m.key) ?? ""
        if let f = seen[key] { duplicate(m.key, f, path()) } else { seen[key] = m.key }
      }
    }
    guard let known else { return }
    c = tape.members(object)
    while let m = tape.next(&c) {
      if known.contains(where: { tape.string(m.key, is: $0) }) { continue }
      let key = tape.string(m.key) ?? ""
      log.log(
        .jsonUnknownKey, "unknown key \(Self.quoted(key)) is ignored", line: tape.line(m.key),
        column: tape.column(m.key),
        path: path().key(key))
    }
  }

  /// The first key of `object` before `key` that equals it as a Swift string does
  /// (canonical equivalence): bytes first, strings only when a key is not ASCII.
  func firstEqualKey(before key: JSONRef, in object: JSONRef) -> JSONRef? {
    var c = tape.members(object)
    while let m = tape.next(&c), m.key != key {
      if tape.equalStrings(m.key, key) { return m.key }
    }
    return nil
  }

  private mutating func duplicate(_ key: JSONRef, _ first: JSONRef, _ path: JSONPath) {
    let text = tape.string(key) ?? ""
    log.log(
      .jsonDuplicateKey,
      "duplicate key \(Self.quoted(text)) (first at line \(tape.line(first)), column \(tape.column(first)))",
      line: tape.line(key), column: tape.column(key), path: path.key(text))
  }

  /// The value of the first member named `key`; logs "missing required key" when absent.
  mutating func required(
    _ key: StaticString, in object: JSONRef, _ path: @autoclosure () -> JSONPath, what: String
  ) -> JSONRef? {
    if let v = tape.member(object, key) { return v }
    return missing(key, in: object, path(), what: what)
  }

  /// Logs "missing required key" at `object`; nil, for `??` after a lookup.
  mutating func missing(
    _ key: StaticString, in object: JSONRef, _ path: @autoclosure () -> JSONPath, what: String
  ) -> JSONRef? {
    problem(.jsonMissingKey, "missing required key \"\(key)\" (\(what))", at: object, path: path())
    return nil
  }

  /// The value of the first member named `key`, when there is one.
  func first(_ key: StaticString, in object: JSONRef) -> JSONRef? { tape.member(object, key) }
}
