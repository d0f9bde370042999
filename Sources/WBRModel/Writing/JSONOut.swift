/// A growing UTF-8 buffer with JSON string and number printing.
struct JSONOut {
  var bytes: [UInt8] = []

  init() {}

  mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func spaces(_ n: Int) { bytes.append(contentsOf: repeatElement(0x20, count: n)) }

  mutating func key(_ name: String, indent: Int) {
    spaces(2 * indent)
    bytes.append(0x22)
    bytes.append(contentsOf: name.utf8)
    bytes.append(contentsOf: "\": ".utf8)
  }

  mutating func string(_ s: String) {
    bytes.append(0x22)
    // DEL, C1 and bidi controls are valid JSON raw, but `wbr build` may write to a terminal.
    if s.unicodeScalars.contains(where: { $0.value >= 0x7F && SafeText.isUnsafe($0) }) {
      for u in s.unicodeScalars {
        if u.value >= 0x7F && SafeText.isUnsafe(u) {
          bytes.append(contentsOf: OrderedJSON.unicodeEscape(u).utf8)
        } else {
          escapeBytes(String(u))
        }
      }
    } else {
      escapeBytes(s)
    }
    bytes.append(0x22)
  }

  /// JSON escapes for the quote, the backslash and C0 controls; other bytes as they are.
  private mutating func escapeBytes(_ s: String) {
    for b in s.utf8 {
      switch b {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
      default: bytes.append(b)
      }
    }
  }

  mutating func number(_ v: Double) { optional(v) }

  /// Shortest round-trip text; integral values without `.0`; non-finite (and nil) as null.
  mutating func optional(_ v: Double?) {
    guard let v, v.isFinite else { return raw("null") }
    if v == v.rounded(), abs(v) < 1e15 {
      if v < 0 { bytes.append(0x2D) }
      int(Int(abs(v)))
    } else {
      bytes.append(contentsOf: v.description.utf8)
    }
  }

  /// A non-negative integer, zero-padded to `width` digits.
  mutating func int(_ value: Int, width: Int = 1) {
    var v = value
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { buf in
      repeat {
        buf[n] = UInt8(v % 10) + 0x30
        v /= 10
        n += 1
      } while v > 0 && n < 20
      while n < width && n < 20 {
        buf[n] = 0x30
        n += 1
      }
      for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[i]) }
    }
  }

  /// `YYYY-MM-DD`.
  mutating func day(_ d: Day) {
    let c = d.civil
    int(c.year, width: 4)
    bytes.append(0x2D)
    int(c.month, width: 2)
    bytes.append(0x2D)
    int(c.day, width: 2)
  }

  /// `YYYY-MM`.
  mutating func month(_ m: YearMonth) {
    int(m.year, width: 4)
    bytes.append(0x2D)
    int(m.month, width: 2)
  }

  /// `optional(v)` as a string, for the few keys written whole.
  static func format(_ v: Double?) -> String {
    var out = JSONOut()
    out.optional(v)
    return String(decoding: out.bytes, as: UTF8.self)
  }
}
