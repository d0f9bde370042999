/// Lays out report JSON for people as well as machines: one object member a line, but arrays
/// of plain values and small flat objects (a change, a signal's id and direction) on one line,
/// so a metric reads in a screenful instead of sixty lines.
enum ReportJSONLayout {
  /// Flat objects up to this many characters stay on one line.
  static let inlineObjectLimit = 80

  static func text(_ value: OrderedJSON, level: Int = 0) -> String {
    let pad = String(repeating: "  ", count: level + 1)
    let close = String(repeating: "  ", count: level)
    switch value {
    case .array(let items) where !items.isEmpty && !items.allSatisfy(isScalar):
      return "[\n" + items.map { pad + text($0, level: level + 1) }.joined(separator: ",\n") + "\n"
        + close + "]"
    case .object(let members) where !members.isEmpty && !isInline(value):
      let lines = members.map { member -> String in
        var key = ""
        OrderedJSON.writeString(member.key, to: &key)
        return pad + key + ": " + text(member.value, level: level + 1)
      }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + close + "}"
    default:
      return spaced(value)
    }
  }

  static func isScalar(_ value: OrderedJSON) -> Bool {
    switch value {
    case .array, .object: return false
    default: return true
    }
  }

  static func isInline(_ value: OrderedJSON) -> Bool {
    guard case .object(let members) = value else { return true }
    return members.allSatisfy { isScalar($0.value) } && spaced(value).count <= inlineObjectLimit
  }

  /// One line with a space after each comma and colon.
  static func spaced(_ value: OrderedJSON) -> String {
    switch value {
    case .array(let items): return "[" + items.map(spaced).joined(separator: ", ") + "]"
    case .object(let members):
      return "{"
        + members.map { m -> String in
          var key = ""
          OrderedJSON.writeString(m.key, to: &key)
          return key + ": " + spaced(m.value)
        }.joined(separator: ", ") + "}"
    default: return value.compact
    }
  }
}
