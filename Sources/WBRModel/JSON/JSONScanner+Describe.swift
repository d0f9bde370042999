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
    if let scalar = text.unicodeScalars.first, let name = Self.invisibleName(scalar) { return name }
    let cleaned = SafeText.clean(text)
    return cleaned == text ? "'\(text)'" : cleaned
  }

  /// A character that prints as nothing (a second byte-order mark, a zero-width space, a bidi
  /// mark), named so that the message does not show an empty quote; nil for a visible one.
  static func invisibleName(_ s: Unicode.Scalar) -> String? {
    let code =
      "U+" + String(repeating: "0", count: max(0, 4 - String(s.value, radix: 16).count))
      + String(s.value, radix: 16, uppercase: true)
    if s.value == 0xFEFF { return "a byte-order mark (\(code)) after the start of the file" }
    switch s.properties.generalCategory {
    case .format, .control, .lineSeparator, .paragraphSeparator, .spaceSeparator, .privateUse, .unassigned,
      .surrogate:
      return "the invisible character \(code)"
    default: return nil
    }
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
