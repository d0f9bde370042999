/// A JSON value to write, with object keys kept in the order given.
///
/// Journal lines and the notes' JSON are read by people and diffed in reviews, so keys come
/// out in a fixed, meaningful order rather than a dictionary's.
public indirect enum OrderedJSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([OrderedJSON])
  case object([Member])

  public struct Member: Sendable, Equatable {
    public var key: String
    public var value: OrderedJSON
    public init(_ key: String, _ value: OrderedJSON) {
      self.key = key
      self.value = value
    }
  }

  /// `.string` or `.null`.
  public static func optional(_ s: String?) -> OrderedJSON { s.map { .string($0) } ?? .null }
  /// `.number` or `.null`; NaN and infinities are written as null (JSON has no such numbers).
  public static func optional(_ d: Double?) -> OrderedJSON { d.map { .number($0) } ?? .null }

  /// On one line, no spaces: one journal line.
  public var compact: String {
    var out = ""
    write(to: &out, indent: nil, level: 0)
    return out
  }

  /// Indented by two spaces, for files people read.
  public var pretty: String {
    var out = ""
    write(to: &out, indent: "  ", level: 0)
    return out
  }

  private func write(to out: inout String, indent: String?, level: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .number(let d): out += OrderedJSON.numberText(d)
    case .string(let s): OrderedJSON.writeString(s, to: &out)
    case .array(let items) where indent != nil && items.allSatisfy(\.isScalar):
      // Short rows of numbers (sparklines) read better on one line.
      out += "[" + items.map(\.compact).joined(separator: ", ") + "]"
    case .array(let items):
      writeList(items.count, open: "[", close: "]", to: &out, indent: indent, level: level) { i, o in
        items[i].write(to: &o, indent: indent, level: level + 1)
      }
    case .object(let members):
      writeList(members.count, open: "{", close: "}", to: &out, indent: indent, level: level) { i, o in
        OrderedJSON.writeString(members[i].key, to: &o)
        o += indent == nil ? ":" : ": "
        members[i].value.write(to: &o, indent: indent, level: level + 1)
      }
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  private func writeList(
    _ count: Int, open: String, close: String, to out: inout String, indent: String?, level: Int,
    item: (Int, inout String) -> Void
  ) {
    out += open
    guard count > 0 else {
      out += close
      return
    }
    for i in 0..<count {
      if i > 0 { out += "," }
      if let indent { OrderedJSON.newLine(indent, level + 1, to: &out) }
      item(i, &out)
    }
    if let indent { OrderedJSON.newLine(indent, level, to: &out) }
    out += close
  }

  /// A line break and `level` indents, appended in place (`String(repeating:count:)` with a
  /// string builds a new string each time, which made large exports slow).
  private static func newLine(_ indent: String, _ level: Int, to out: inout String) {
    out += "\n"
    for _ in 0..<max(0, level) { out += indent }
  }

  /// Integers without a fraction (up to 2^53), others in Swift's shortest round-trip form.
  static func numberText(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 9_007_199_254_740_992 { return String(Int64(d)) }
    return String(d)
  }

  /// `\u00e9`; past the Basic Multilingual Plane a UTF-16 surrogate pair, as RFC 8259 says
  /// (`\udb40\udc01` for U+E0001).
  static func unicodeEscape(_ u: Unicode.Scalar) -> String {
    func hex4(_ v: UInt32) -> String {
      let h = String(v, radix: 16)
      return "\\u" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
    guard u.value > 0xFFFF else { return hex4(u.value) }
    let v = u.value - 0x10000
    return hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF))
  }

  /// RFC 8259 string escaping: quote, backslash and every control character, plus what
  /// `SafeText` calls unsafe (DEL, C1 controls such as U+009B CSI, bidi overrides, line
  /// separators), so that JSON printed on a terminal cannot drive it either.
  static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if SafeText.isUnsafe(u) {
          out += unicodeEscape(u)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
