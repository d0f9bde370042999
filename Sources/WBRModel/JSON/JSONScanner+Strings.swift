extension JSONScanner {
  /// Parses a string starting at the opening quote onto the tape. The common case (no
  /// escapes) records where the validated bytes are in the input, without copying them.
  mutating func parseString() throws(JSONSyntaxError) {
    let quoteLine = line
    let quoteColumn = column(i)
    i += 1
    let start = i
    var wideBytes = false
    while i < end {
      // Eight bytes at a time up to the next byte that needs a look (most strings are keys
      // and dates with none until the closing quote).
      if i + 8 <= end {
        let special = Self.specialBytes(
          UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
        if special == 0 {
          i += 8
          continue
        }
        i += special.trailingZeroBitCount >> 3
      }
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        let length = i - start
        if length > limits.maxStringBytes { throw tooLong(line: quoteLine, column: quoteColumn) }
        push(
          .string, JSONTape.stringPayload(start: start, length: length, ascii: !wideBytes),
          column: quoteColumn)
        i += 1
        return
      }
      if c == UInt8(ascii: "\\") {
        try parseEscapedString(from: start, quoteLine: quoteLine, quoteColumn: quoteColumn)
        return
      }
      if c < 0x20 { throw controlCharacter(at: i) }
      if c < 0x80 {
        i += 1
      } else {
        wideBytes = true
        try skipScalar()
      }
    }
    throw unterminated(quoteLine: quoteLine, quoteColumn: quoteColumn)
  }

  /// Bit 7 of each byte of `w` (first byte lowest) that is '"', '\\', a control character or
  /// not ASCII. Only the lowest flag is exact (a borrow can flag bytes above it); it is the
  /// only one used.
  @inline(__always) static func specialBytes(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
    let control = (w &- ones &* 0x20) & ~w & high
    return (w & high) | control | zeroBytes(w ^ (ones &* 0x22)) | zeroBytes(w ^ (ones &* 0x5C))
  }

  /// The slow path, once a backslash has been seen: unescapes onto the end of `unescaped`.
  mutating func parseEscapedString(
    from start: Int, quoteLine: Int, quoteColumn: Int
  ) throws(JSONSyntaxError) {
    let first = unescaped.count
    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
    while i < end {
      if unescaped.count - first > limits.maxStringBytes {
        throw tooLong(line: quoteLine, column: quoteColumn)
      }
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        let length = unescaped.count - first
        let ascii = !unescaped[first...].contains { $0 >= 0x80 }
        push(
          .escapedString, JSONTape.stringPayload(start: first, length: length, ascii: ascii),
          column: quoteColumn)
        return
      }
      if c == UInt8(ascii: "\\") {
        try unescape()
      } else if c < 0x20 {
        throw controlCharacter(at: i)
      } else if c < 0x80 {
        unescaped.append(c)
        i += 1
      } else {
        let s = i
        try skipScalar()
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<i]))
      }
    }
    throw unterminated(quoteLine: quoteLine, quoteColumn: quoteColumn)
  }

  /// One escape sequence at `i` (which is on the backslash).
  mutating func unescape() throws(JSONSyntaxError) {
    guard i + 1 < end else { throw fail("an escape character after '\\'", at: i + 1) }
    let simple: UInt8
    switch b[i + 1] {
    case UInt8(ascii: "\""): simple = 0x22
    case UInt8(ascii: "\\"): simple = 0x5C
    case UInt8(ascii: "/"): simple = 0x2F
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      try unescapeUnicode()
      return
    default:
      throw fail("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after '\\'", at: i + 1)
    }
    unescaped.append(simple)
    i += 2
  }

  /// `\uXXXX`, joining a surrogate pair into one scalar; a lone half is refused.
  mutating func unescapeUnicode() throws(JSONSyntaxError) {
    let escapeStart = i
    let first = try hex4(at: i + 2)
    var scalarValue = first
    var length = 6
    if (0xD800...0xDBFF).contains(first) {
      let hasLow = i + 7 < end && b[i + 6] == UInt8(ascii: "\\") && b[i + 7] == UInt8(ascii: "u")
      var second: UInt32 = 0
      if hasLow { second = try hex4(at: i + 8) }
      guard (0xDC00...0xDFFF).contains(second) else {
        throw JSONSyntaxError(
          line: line, column: column(i + 6),
          expected: "a low surrogate \\uDC00–\\uDFFF after \\u\(Self.hex(first))",
          found: hasLow ? "\\u\(Self.hex(second))" : describe(i + 6))
      }
      scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      length = 12
    } else if (0xDC00...0xDFFF).contains(first) {
      throw JSONSyntaxError(
        line: line, column: column(escapeStart),
        expected: "a Unicode character (a low surrogate needs a high one before it)",
        found: "a lone surrogate \\u\(Self.hex(first))")
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw fail("a Unicode character", at: escapeStart)
    }
    unescaped.append(contentsOf: String(scalar).utf8)
    i += length
  }

  /// Four hex digits at `p`.
  func hex4(at p: Int) throws(JSONSyntaxError) -> UInt32 {
    var v: UInt32 = 0
    for k in 0..<4 {
      let q = p + k
      guard q < end, let d = Self.hexValue(b[q]) else {
        throw fail("4 hex digits after \\u", at: q)
      }
      v = v << 4 | UInt32(d)
    }
    return v
  }

  static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x41...0x46: return c - 0x41 + 10
    case 0x61...0x66: return c - 0x61 + 10
    default: return nil
    }
  }

  static func hex(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }

  /// Validates one multi-byte UTF-8 scalar at `i` and steps over it.
  mutating func skipScalar() throws(JSONSyntaxError) {
    guard let length = Self.scalarLength(b, at: i, end: end) else {
      throw JSONSyntaxError(
        line: line, column: column(i), expected: "valid UTF-8", found: Self.byteName(b[i]))
    }
    wide += length - 1
    i += length
  }

  /// Length of the well-formed UTF-8 sequence at `p` (2–4 bytes, first byte ≥ 0x80), or nil
  /// for invalid, overlong, surrogate or out-of-range encodings.
  static func scalarLength(_ b: UnsafeBufferPointer<UInt8>, at p: Int, end: Int) -> Int? {
    let c0 = b[p]
    let length: Int
    let minimum: UInt32
    var v: UInt32
    if c0 & 0xE0 == 0xC0 {
      (length, minimum, v) = (2, 0x80, UInt32(c0 & 0x1F))
    } else if c0 & 0xF0 == 0xE0 {
      (length, minimum, v) = (3, 0x800, UInt32(c0 & 0x0F))
    } else if c0 & 0xF8 == 0xF0 {
      (length, minimum, v) = (4, 0x10000, UInt32(c0 & 0x07))
    } else {
      return nil
    }
    guard p + length <= end else { return nil }
    for k in 1..<length {
      let c = b[p + k]
      guard c & 0xC0 == 0x80 else { return nil }
      v = v << 6 | UInt32(c & 0x3F)
    }
    guard v >= minimum, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else { return nil }
    return length
  }

  static func byteName(_ c: UInt8) -> String {
    let s = String(c, radix: 16, uppercase: true)
    return "the byte 0x" + (s.count < 2 ? "0" + s : s)
  }

  func controlCharacter(at p: Int) -> JSONSyntaxError {
    JSONSyntaxError(
      line: line, column: column(p),
      expected: "a character or an escape such as \\n or \\t (raw control characters are not allowed "
        + "in strings)", found: describe(p))
  }

  func unterminated(quoteLine: Int, quoteColumn: Int) -> JSONSyntaxError {
    JSONSyntaxError(
      line: line, column: column(i),
      expected: "'\"' to close the string opened at \(quoteLine):\(quoteColumn)", found: "end of input")
  }

  func tooLong(line: Int, column: Int) -> JSONSyntaxError {
    JSONSyntaxError(
      line: line, column: column, expected: "a string of at most \(limits.maxStringBytes) bytes",
      found: "a longer string")
  }
}
