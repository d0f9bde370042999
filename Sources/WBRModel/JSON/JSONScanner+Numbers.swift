extension JSONScanner {
  /// Exact powers of ten: every one up to 1e22 is representable, which is what makes the fast
  /// path below correctly rounded.
  static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Parses a number per the JSON grammar, without allocating in the common case.
  ///
  /// Fast path (Clinger): a mantissa of at most 15 significant digits is exact in a Double,
  /// and so is 10^k for k ≤ 22, so one multiplication or division gives the correctly
  /// rounded result. Anything else goes through the standard library's correctly rounded
  /// `Double(String)`, which uses the C locale whatever `setlocale` says.
  mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = i
    let startColumn = column(i)
    var negative = false
    if b[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    guard i < end, Self.isDigit(b[i]) else { throw fail("a digit after '-'", at: i) }
    var mantissa: UInt64 = 0
    var significant = 0
    var exponent = 0
    var exact = true
    if b[i] == UInt8(ascii: "0") {
      i += 1
      if i < end, Self.isDigit(b[i]) {
        throw fail("'.', 'e' or the end of the number (JSON numbers have no leading zeros)", at: i)
      }
    } else {
      while digitWord(into: &mantissa, significant: &significant) == 8 {}
      while i < end, Self.isDigit(b[i]) {
        accumulate(b[i], into: &mantissa, significant: &significant, exact: &exact)
        i += 1
      }
    }
    if i < end, b[i] == UInt8(ascii: ".") {
      i += 1
      guard i < end, Self.isDigit(b[i]) else { throw fail("a digit after '.'", at: i) }
      while true {
        let n = digitWord(into: &mantissa, significant: &significant)
        exponent -= n
        if n < 8 { break }
      }
      while i < end, Self.isDigit(b[i]) {
        accumulate(b[i], into: &mantissa, significant: &significant, exact: &exact)
        exponent -= 1
        i += 1
      }
    }
    if i < end, b[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      var negativeExponent = false
      if i < end, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
        negativeExponent = b[i] == UInt8(ascii: "-")
        i += 1
      }
      guard i < end, Self.isDigit(b[i]) else { throw fail("a digit in the exponent", at: i) }
      var e = 0
      while i < end, Self.isDigit(b[i]) {
        if e < 1_000_000 { e = e * 10 + Int(b[i] - 0x30) }
        i += 1
      }
      exponent += negativeExponent ? -e : e
    }
    if exact, significant <= 15, exponent >= -22, exponent <= 22 {
      var v = Double(mantissa)
      if exponent < 0 {
        v /= Self.exactPowersOfTen[-exponent]
      } else if exponent > 0 {
        v *= Self.exactPowersOfTen[exponent]
      }
      return negative ? -v : v
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    guard let v = Double(text), v.isFinite else {
      let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
      throw JSONSyntaxError(
        line: line, column: startColumn, expected: "a number within ±1.7976931348623157e308",
        found: "'\(shown)'")
    }
    return v
  }

  /// Takes the digits at `i`, up to eight, at once (simdjson's SWAR conversion, on a word
  /// shifted so that the run's end is its last byte) when all of them are significant and the
  /// mantissa stays exact, as that many calls of `accumulate` would; returns how many it took
  /// (0 when it did not: near the end of the input, at a leading zero, or past 18 digits).
  @inline(__always) mutating func digitWord(into mantissa: inout UInt64, significant: inout Int) -> Int {
    guard i + 8 <= end, mantissa != 0 || b[i] != UInt8(ascii: "0") else { return 0 }
    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    // 0x33 in each byte that is a digit; a carry can only come from a byte that is not one,
    // and only into the bytes after it.
    let nibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
    let notDigits = ((w & nibbles) | (((w &+ 0x0606_0606_0606_0606) & nibbles) >> 4)) ^ 0x3333_3333_3333_3333
    let n = notDigits == 0 ? 8 : notDigits.trailingZeroBitCount >> 3
    guard n > 0, significant + n <= 18 else { return 0 }
    var v = (w & 0x0F0F_0F0F_0F0F_0F0F) << UInt64(64 - 8 * n)  // leading zero digits before the run
    v = (v &* 2561) >> 8
    v = ((v & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
    v = ((v & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    mantissa = mantissa &* Self.powerOfTen(n) &+ (v & 0xFFFF_FFFF)
    significant += n
    i += n
    return n
  }

  /// 10ⁿ for n in 1…8.
  @inline(__always) static func powerOfTen(_ n: Int) -> UInt64 {
    switch n {
    case 1: return 10
    case 2: return 100
    case 3: return 1000
    case 4: return 10000
    case 5: return 100_000
    case 6: return 1_000_000
    case 7: return 10_000_000
    default: return 100_000_000
    }
  }

  /// Adds a digit to the mantissa while it stays exact; a leading zero of a fraction is not
  /// significant.
  @inline(__always) func accumulate(
    _ c: UInt8, into mantissa: inout UInt64, significant: inout Int, exact: inout Bool
  ) {
    if significant >= 18 {
      exact = false
      return
    }
    mantissa = mantissa * 10 + UInt64(c - 0x30)
    if mantissa != 0 { significant += 1 }
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
