/// Why one journal line could not be read: the JSON path and what was wrong.
struct JournalLineError: Error {
  var path: String
  var message: String
}

/// Typed access to one parsed journal line, with located errors.
///
/// The only place that touches the JSON parser, so that the event decoding does not depend
/// on its value type. Uses the project's strict parser (`JSONParser`): the journal is
/// written by `wbr` itself, so anything it refuses is damage, reported and skipped.
struct JournalFields {
  private let node: JSONNode
  private let prefix: String

  /// Journal lines are small; tight limits keep a damaged line cheap to refuse.
  private static let limits = JSONLimits(maxDepth: 16, maxStringBytes: 1 << 20)

  /// Parses one line; it must be a JSON object.
  static func parse(_ line: ArraySlice<UInt8>) throws(JournalLineError) -> JournalFields {
    let parsed: Result<JSONNode, JSONSyntaxError> = line.withUnsafeBytes { raw in
      do throws(JSONSyntaxError) {
        return .success(try JSONParser.parse(raw, limits: limits))
      } catch {
        return .failure(error)
      }
    }
    let node: JSONNode
    switch parsed {
    case .success(let n): node = n
    case .failure(let error):
      throw JournalLineError(path: "", message: "not valid JSON (column \(error.column): \(error.message))")
    }
    guard case .object = node.value else {
      throw JournalLineError(path: "", message: "expected a JSON object, found \(node.typeName)")
    }
    if let duplicate = firstDuplicateKey(in: node, path: "") { throw duplicate }
    return JournalFields(node: node, prefix: "")
  }

  /// A key given twice in one object, at any depth: which value is meant is unknowable (and
  /// `wbr` never writes one), so the line is refused like any damaged line, as a deck with a
  /// duplicate key is. Keys compare as Swift strings do (canonical equivalence), as in decks.
  private static func firstDuplicateKey(in node: JSONNode, path: String) -> JournalLineError? {
    switch node.value {
    case .object(let members):
      var seen: [String: Int] = [:]
      for m in members {
        let at = path.isEmpty ? m.key : path + "." + m.key
        if let column = seen[m.key] {
          return JournalLineError(
            path: at,
            message: "duplicate key \"\(m.key)\" (first at column \(column)), so its value is unclear")
        }
        seen[m.key] = m.keyColumn
        if let inner = firstDuplicateKey(in: m.value, path: at) { return inner }
      }
    case .array(let items):
      for (i, item) in items.enumerated() {
        if let inner = firstDuplicateKey(in: item, path: "\(path)[\(i)]") { return inner }
      }
    default: break
    }
    return nil
  }

  func has(_ key: String) -> Bool {
    guard let v = node[key] else { return false }
    if case .null = v.value { return false }
    return true
  }

  func int(_ key: String) throws(JournalLineError) -> Int {
    guard case .number(let d)? = node[key]?.value, let i = Int(exactly: d) else {
      throw mismatch(key, "an integer")
    }
    return i
  }

  func string(_ key: String) throws(JournalLineError) -> String {
    guard case .string(let s)? = node[key]?.value else { throw mismatch(key, "a string") }
    return s
  }

  func optionalString(_ key: String) throws(JournalLineError) -> String? {
    has(key) ? try string(key) : nil
  }

  func day(_ key: String) throws(JournalLineError) -> Day {
    guard case .string(let s)? = node[key]?.value, let d = Day(iso: s) else {
      throw mismatch(key, "a date YYYY-MM-DD")
    }
    return d
  }

  func optionalDay(_ key: String) throws(JournalLineError) -> Day? {
    has(key) ? try day(key) : nil
  }

  func strings(_ key: String) throws(JournalLineError) -> [String] {
    guard has(key) else { return [] }
    guard case .array(let items)? = node[key]?.value else { throw mismatch(key, "an array of strings") }
    var out: [String] = []
    for (i, item) in items.enumerated() {
      guard case .string(let s) = item.value else {
        throw JournalLineError(
          path: "\(prefix)\(key)[\(i)]", message: "expected a string, found \(item.typeName)")
      }
      out.append(s)
    }
    return out
  }

  /// An array of objects (`[]` when the key is absent).
  func objects(_ key: String) throws(JournalLineError) -> [JournalFields] {
    guard has(key) else { return [] }
    guard case .array(let items)? = node[key]?.value else { throw mismatch(key, "an array of objects") }
    var out: [JournalFields] = []
    for (i, item) in items.enumerated() {
      guard case .object = item.value else {
        throw JournalLineError(
          path: "\(prefix)\(key)[\(i)]", message: "expected an object, found \(item.typeName)")
      }
      out.append(JournalFields(node: item, prefix: "\(prefix)\(key)[\(i)]."))
    }
    return out
  }

  /// An object whose values are all strings (`[:]` when the key is absent).
  func stringMap(_ key: String) throws(JournalLineError) -> [String: String] {
    guard has(key) else { return [:] }
    guard case .object(let members)? = node[key]?.value else { throw mismatch(key, "an object") }
    var out: [String: String] = [:]
    for m in members {
      guard case .string(let s) = m.value.value else {
        throw JournalLineError(
          path: "\(prefix)\(key).\(m.key)", message: "expected a string, found \(m.value.typeName)")
      }
      out[m.key] = s
    }
    return out
  }

  func object(_ key: String) throws(JournalLineError) -> JournalFields {
    guard let child = node[key], case .object = child.value else { throw mismatch(key, "an object") }
    return JournalFields(node: child, prefix: prefix + key + ".")
  }

  private func mismatch(_ key: String, _ expected: String) -> JournalLineError {
    let found = node[key]?.typeName ?? "nothing"
    return JournalLineError(path: prefix + key, message: "expected \(expected), found \(found)")
  }
}
