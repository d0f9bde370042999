/// RFC 3339 timestamps (`as_of`), checked by shape and range only: the deck shows the text
/// as written and never computes with it.
public enum Timestamp {
  /// `YYYY-MM-DD(T|t| )HH:MM:SS(.fraction)?(Z|z|±HH:MM)`, with a real date and hours,
  /// minutes, seconds in range (second 60 allowed for leap seconds).
  public static func isRFC3339(_ text: String) -> Bool {
    let b = Array(text.utf8)
    guard b.count >= 20, Day(iso: String(decoding: b[0..<10], as: UTF8.self)) != nil else { return false }
    guard [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(b[10]) else { return false }
    func two(_ at: Int) -> Int? {
      guard at + 1 < b.count, (48...57).contains(b[at]), (48...57).contains(b[at + 1]) else { return nil }
      return Int(b[at] - 48) * 10 + Int(b[at + 1] - 48)
    }
    guard let h = two(11), h < 24, b[13] == UInt8(ascii: ":"), let m = two(14), m < 60,
      b[16] == UInt8(ascii: ":"), let s = two(17), s <= 60
    else { return false }
    var i = 19
    if b[i] == UInt8(ascii: ".") {
      i += 1
      let digits = i
      while i < b.count, (48...57).contains(b[i]) { i += 1 }
      guard i > digits else { return false }
    }
    guard i < b.count else { return false }
    if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") { return i + 1 == b.count }
    guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), i + 6 == b.count,
      let oh = two(i + 1), oh < 24, b[i + 3] == UInt8(ascii: ":"), let om = two(i + 4), om < 60
    else { return false }
    return true
  }
}
