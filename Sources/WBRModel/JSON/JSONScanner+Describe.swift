extension JSONScanner {
  /// What the file has at byte `p`, in words for an error message: `end of input`, a quoted
  /// character or word (`'x'`, `'NaN'`), a named control character, or a raw byte that is not
  /// UTF-8. Never echoes a control character itself.
  func describe(_ p: Int) -> String {
    guard p < end else { return "end of input" }
    let c = b[p]
    if c < 0x20 || c == 0x7F { return Self.controlName(c) }
    if c < 0x80 {
      guard Self.isWordByte(c) else { return "'\(Character(Unicode.Scalar(c)))'" }
      var q = p
      while q < end, q - p < 24, Self.isWordByte(b[q]) { q += 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: b[p..<q]), as: UTF8.self)
      return "'\(word)'"
    }
    guard let length = Self.scalarLength(b, at: p, end: end) else { return Self.byteName(c) }
    let text = String(decoding: UnsafeBufferPointer(rebasing: b[p..<(p + length)]), as: UTF8.self)
    let cleaned = SafeText.clean(text)
    return cleaned == text ? "'\(text)'" : cleaned
  }

  static func controlName(_ c: UInt8) -> String {
    let named: [UInt8: String] = [
      0x00: "NUL", 0x09: "tab", 0x0A: "line feed", 0x0D: "carriage return", 0x1B: "ESC",
    ]
    let code = "U+00" + (c < 0x10 ? "0" : "") + String(c, radix: 16, uppercase: true)
    if let name = named[c] { return "a raw \(name) (\(code))" }
    return "the control character \(code)"
  }
}
