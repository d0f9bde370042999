import Yams

/// Small conveniences over Yams' composed nodes: ordered mapping access and line numbers.
extension Node {
  /// 1-based line of the node, 0 when Yams gives none.
  var line: Int { mark?.line ?? 0 }

  /// The mapping's pairs in file order, keys as text; nil when the node is not a mapping.
  var pairs: [(key: String, keyLine: Int, value: Node)]? {
    guard case .mapping(let m) = self else { return nil }
    return m.map { (key: $0.key.string ?? "", keyLine: $0.key.line, value: $0.value) }
  }

  /// The value for `key` in a mapping.
  func value(_ key: String) -> Node? {
    guard case .mapping(let m) = self else { return nil }
    return m.first { $0.key.string == key }?.value
  }

  /// Scalar text, nil for null (`~`, empty) and non-scalars.
  var text: String? {
    guard case .scalar(let s) = self else { return nil }
    if s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
    return s.string
  }

  var isNull: Bool {
    if case .scalar(let s) = self {
      return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }
    return false
  }

  var items: [Node]? {
    guard case .sequence(let s) = self else { return nil }
    return Array(s)
  }

  /// A YAML boolean.
  var bool: Bool? {
    switch text?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: return nil
    }
  }

  /// What the node is, for "expected ..., found ..." messages.
  var kindDescription: String {
    switch self {
    case .scalar(let s): return isNull ? "nothing" : "'\(s.string)'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }
}

/// A mapping's pairs read once, for many lookups by key: `Node.value` walks the mapping again
/// on every call, copying each key and value node it passes (a fifth of reading a config with
/// a thousand metrics went to that).
struct YAMLFields {
  let pairs: [(key: String, keyLine: Int, value: Node)]

  /// Nil when the node is not a mapping.
  init?(_ node: Node) {
    guard let pairs = node.pairs else { return nil }
    self.pairs = pairs
  }

  /// The value of the first pair with this key, as `Node.value` gives it.
  func value(_ key: String) -> Node? {
    for i in pairs.indices where pairs[i].key == key { return pairs[i].value }
    return nil
  }
}
