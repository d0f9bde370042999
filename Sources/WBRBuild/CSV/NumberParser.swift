#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a CSV cell as a number, the way the WBR App's pandas reader does with
/// `thousands=','`: `1,234.5` is 1234.5, a blank or a pandas "not available" marker (`NA`,
/// `NaN`, `null`, `#N/A`, ...) is missing, never zero.
///
/// Exactness matters (the conformance suite compares to 1e-6 and decks must round-trip), so a
/// value is either built exactly on the fast path (≤ 15 significant digits and a power of ten
/// that is exact as a double: one correctly rounded IEEE operation, Clinger's fast path) or
/// handed to `strtod`, which rounds correctly.
public enum NumberParser {
  public enum Result: Equatable, Sendable {
    case missing
    case value(Double)
    case invalid
  }

  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Parses `b[range]`.
  public static func parse(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Result {
    switch scan(b, range) {
    case .decimal(let code): return .value(value(code))
    case .result(let result): return result
    }
  }

  /// A cell as read: a short decimal as its code (what `NumberColumn` keeps in 4 bytes), or
  /// anything else as `parse` returns it.
  enum Scan: Equatable {
    /// The whole number `m` of 10⁻ᵈ (|m| < 2⁵³, d ≤ 9, never `-0`) as `m << 4 | d`.
    case decimal(Int64)
    case result(Result)
  }

  /// A decimal code's value: `m / 10ᵈ`, one correctly rounded division of two exact doubles,
  /// so the double nearest the decimal, the same bits `parse` gives its text.
  @inline(__always) static func value(_ code: Int64) -> Double {
    let d = Int(code & 15)
    let m = Double(code >> 4)
    return d == 0 ? m : m / powersOfTen[d]
  }

  /// Reads `b[range]`: `parse`, keeping a short decimal as its code.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Scan {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
    if lo == hi { return .result(.missing) }
    var i = lo
    var negative = false
    if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
      negative = b[i] == UInt8(ascii: "-")
      i += 1
    }
    if let (m, d) = plainParts(b, i, hi) {
      if negative && m == 0 { return .result(.value(-0.0)) }
      return .decimal((negative ? -Int64(m) : Int64(m)) << 4 | Int64(d))
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var scale = 0  // decimal exponent adjustment
    var sawDigit = false
    var sawDot = false
    var slow = false
    // Thousands separators: only between groups of three digits of the whole part
    // (`1,234,567`); `0,25` or `1,2345` (a decimal comma, a typo) is not a number.
    var groups = 0
    var groupDigits = 0
    let firstDigit = i
    while i < hi {
      let c = b[i]
      if c >= 48 && c <= 57 {
        sawDigit = true
        if !sawDot { groupDigits += 1 }
        if digits < 19 {
          if mantissa != 0 || c != 48 { digits += 1 }
          mantissa = mantissa &* 10 &+ UInt64(c - 48)
          if sawDot { scale -= 1 }
        } else {
          slow = true
          if !sawDot { scale += 1 }
        }
      } else if c == UInt8(ascii: ",") && !sawDot {
        let ok = groups == 0 ? (1...3).contains(groupDigits) && b[firstDigit] != 48 : groupDigits == 3
        guard ok else { return .result(.invalid) }
        groups += 1
        groupDigits = 0
      } else if c == UInt8(ascii: ".") && !sawDot {
        if groups > 0 && groupDigits != 3 { return .result(.invalid) }
        sawDot = true
      } else {
        break
      }
      i += 1
    }
    if !sawDigit { return .result(isMissingMarker(b, lo, hi) ? .missing : .invalid) }
    if groups > 0 && !sawDot && groupDigits != 3 { return .result(.invalid) }
    if i < hi {
      let c = b[i]
      guard c == UInt8(ascii: "e") || c == UInt8(ascii: "E") else { return .result(.invalid) }
      i += 1
      var expNegative = false
      if i < hi, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
        expNegative = b[i] == UInt8(ascii: "-")
        i += 1
      }
      var e = 0
      var expDigits = 0
      while i < hi, b[i] >= 48, b[i] <= 57 {
        if e < 100_000 { e = e * 10 + Int(b[i] - 48) }
        expDigits += 1
        i += 1
      }
      guard expDigits > 0, i == hi else { return .result(.invalid) }
      scale += expNegative ? -e : e
    }
    if !slow, digits <= 15, mantissa < (1 << 53) {
      if scale <= 0, scale >= -9, !(negative && mantissa == 0) {
        let m = Int64(mantissa)
        return .decimal((negative ? -m : m) << 4 | Int64(-scale))
      }
      var v = Double(mantissa)
      if scale == 0 {
      } else if scale < 0, -scale <= 22 {
        v /= powersOfTen[-scale]
      } else if scale > 0, scale <= 22 {
        v *= powersOfTen[scale]
      } else {
        return .result(.value(slowParse(b, lo, hi)))
      }
      return .result(.value(negative ? -v : v))
    }
    return .result(.value(slowParse(b, lo, hi)))
  }

  /// The common cell, `123456.78` or `0.073849`: up to seven digits, an optional point and up
  /// to seven more, and nothing else up to `hi`; read a word at a time (nil for anything else,
  /// or too near the end of the buffer to read eight bytes). Its digits without the point
  /// (below 10¹⁴) and how many came after the point: the same the loop in `scan` builds.
  @inline(__always) static func plainParts(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> (
    UInt64, Int
  )? {
    let whole = run(b, i)
    guard whole.count < 8 else { return nil }
    var p = i + whole.count
    if p == hi { return whole.count > 0 ? (whole.value, 0) : nil }
    guard b[p] == UInt8(ascii: "."), p + 1 <= hi else { return nil }
    p += 1
    let fraction = run(b, p)
    guard fraction.count < 8, p + fraction.count == hi, whole.count + fraction.count > 0 else { return nil }
    return (whole.value &* powerOfTen(fraction.count) &+ fraction.value, fraction.count)
  }

  /// The run of decimal digits at `p` (up to eight) and its value; count 8 means "eight or
  /// more". Count -1 (never a run) when fewer than eight bytes are left to read.
  @inline(__always) static func run(_ b: UnsafeBufferPointer<UInt8>, _ p: Int) -> (count: Int, value: UInt64)
  {
    guard p + 8 <= b.count, let base = b.baseAddress else { return (8, 0) }
    let w = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
    // 0x33 in each byte that is a digit; a carry comes only from a byte that is not one.
    let nibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
    let notDigits = ((w & nibbles) | (((w &+ 0x0606_0606_0606_0606) & nibbles) >> 4)) ^ 0x3333_3333_3333_3333
    let n = notDigits == 0 ? 8 : notDigits.trailingZeroBitCount >> 3
    guard n > 0 else { return (0, 0) }
    // The run's digits at the top of the word, zeros (leading zero digits) below.
    var v = (w & 0x0F0F_0F0F_0F0F_0F0F) << UInt64(64 - 8 * n)
    v = (v &* 2561) >> 8
    v = ((v & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
    v = ((v & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    return (n, v & 0xFFFF_FFFF)
  }

  /// 10ⁿ for n in 0…7, as an integer.
  @inline(__always) static func powerOfTen(_ n: Int) -> UInt64 { integerPowers[n] }

  private static let integerPowers: [UInt64] = [1, 10, 100, 1000, 10000, 100_000, 1_000_000, 10_000_000]

  /// `strtod` on the cell without its thousands separators.
  private static func slowParse(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Double {
    var text: [CChar] = []
    text.reserveCapacity(hi - lo + 1)
    for i in lo..<hi where b[i] != UInt8(ascii: ",") { text.append(CChar(bitPattern: b[i])) }
    text.append(0)
    return text.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress else { return .nan }
      return strtod(base, nil)
    }
  }

  private static let markers: Set<String> = [
    "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>",
    "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
  ]

  private static func isMissingMarker(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
    guard hi - lo <= 8 else { return false }
    return markers.contains(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self))
  }

  /// Convenience for tests and small inputs.
  public static func parse(_ text: String) -> Result {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { parse($0, 0..<bytes.count) }
  }
}
