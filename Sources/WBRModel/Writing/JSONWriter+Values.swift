/// Plain values: strings escaped byte by byte, numbers and dates printed straight into the
/// buffer.
extension JSONWriter {
  public mutating func null() {
    beforeValue()
    raw("null")
  }

  public mutating func bool(_ b: Bool) {
    beforeValue()
    raw(b ? "true" : "false")
  }

  private mutating func raw(_ s: StaticString) { out.append(s) }

  public mutating func int(_ i: Int) {
    beforeValue()
    if i < 0 { out.append(0x2D) }
    digits(UInt64(i.magnitude), width: 1)
  }

  /// Integral values without a fraction (below 2^53, or 10^15 in the deck style), others in
  /// Swift's shortest round-trip form (`description`); NaN and infinities as null (JSON has
  /// no such numbers).
  public mutating func number(_ d: Double) {
    beforeValue()
    guard d.isFinite else { return raw("null") }
    let wholeBelow = style == .deck ? 1e15 : 9_007_199_254_740_992
    if d == d.rounded(), abs(d) < wholeBelow {
      if d < 0 { out.append(0x2D) }
      digits(UInt64(abs(d)), width: 1)
    } else if !shortDecimal(d) {
      var text = d.description
      text.withUTF8 { out.append($0) }
    }
  }

  /// Writes a non-integral `d` of 0.001 ≤ |d| < 2^52 as Swift's `description` does, but without
  /// making a string, when it has at most 8 decimals; false otherwise.
  ///
  /// `description` is the shortest decimal that reads back as `d`. With K decimals (K ≤ 8, and
  /// 10^K × ulp(d) < 1/2), at most one K-decimal number reads back as `d`, and it is
  /// m = round(|d| × 10^K) when m / 10^K == |d| exactly (the division rounds correctly, as
  /// reading the text would). Any shorter decimal that reads back is m without some trailing
  /// zeros (padded to K decimals it would be that one number), so the shortest is m with all
  /// of them dropped. When the check fails no decimal of K or fewer places reads back as `d`,
  /// and `description` decides.
  private mutating func shortDecimal(_ d: Double) -> Bool {
    let a = abs(d)
    guard a >= 0.001, a < 4_503_599_627_370_496 else { return false }
    let ulp = a.ulp
    var places = 8
    var scale = 1e8
    while scale * ulp >= 0.5 {
      guard places > 1 else { return false }
      places -= 1
      scale /= 10
    }
    // a × scale < 2^52 here: the conversions are exact, and + 0.5 then truncating rounds.
    var units = Int64(a * scale + 0.5)
    guard Double(units) / scale == a else { return false }
    var unit: Int64 = 1
    for _ in 0..<places { unit &*= 10 }
    while places > 1 && units % 10 == 0 {
      units /= 10
      unit /= 10
      places -= 1
    }
    let (whole, fraction) = units.quotientAndRemainder(dividingBy: unit)
    if d < 0 { out.append(0x2D) }
    digits(UInt64(whole), width: 1)
    out.append(0x2E)
    digits(UInt64(fraction), width: places)
    return true
  }

  /// `"YYYY-MM-DD"`, as `Day.description`.
  public mutating func day(_ d: Day) {
    beforeValue()
    let c = d.civil
    if !date(c.year, c.month, c.day) { quoted(d.description) }
  }

  /// `"YYYY-MM"`, as `YearMonth.description`.
  public mutating func month(_ m: YearMonth) {
    beforeValue()
    if !(1...12).contains(m.month) || !date(m.year, m.month, nil) { quoted(m.description) }
  }

  /// `"YYYY-MM"` or `"YYYY-MM-DD"` when the year has four digits; false (nothing written) otherwise.
  private mutating func date(_ year: Int, _ month: Int, _ day: Int?) -> Bool {
    guard (0...9999).contains(year) else { return false }
    out.append(0x22)
    digits(UInt64(year), width: 4)
    out.append(0x2D)
    digits(UInt64(month), width: 2)
    if let day {
      out.append(0x2D)
      digits(UInt64(day), width: 2)
    }
    out.append(0x22)
    return true
  }

  /// A string with JSON's escapes for the quote, the backslash and every control character,
  /// plus `\uXXXX` for everything `SafeText.isUnsafe` names (DEL, C1 controls such as U+009B
  /// CSI, the bidi controls, line separators, invisible format controls; past U+FFFF as a
  /// surrogate pair), so that JSON printed on a terminal cannot drive it either. Other text is
  /// copied in runs, as it is.
  public mutating func string(_ s: String) {
    beforeValue()
    quoted(s)
  }

  mutating func quoted(_ s: String) {
    out.append(0x22)
    var s = s
    s.withUTF8 { escape($0) }
    out.append(0x22)
  }

  private mutating func escape(_ b: UnsafeBufferPointer<UInt8>) {
    var run = 0
    var i = 0
    let n = b.count
    while i < n {
      let c = b[i]
      if c >= 0x20 && c < 0x7F && c != 0x22 && c != 0x5C || c >= 0x80 && !JSONWriter.mayStartUnsafe(c) {
        i += 1
        continue
      }
      // The scalar to escape and its length in bytes, or nil to keep the bytes.
      var escaped: (scalar: UInt32, length: Int)?
      if c < 0x80 {
        escaped = (UInt32(c), 1)
      } else {
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        if i + length <= n {
          var v = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
          if let scalar = Unicode.Scalar(v), SafeText.isUnsafe(scalar) { escaped = (v, length) }
        }
      }
      guard let escaped else {
        i += 1
        continue
      }
      if run < i { out.append(UnsafeBufferPointer(rebasing: b[run..<i])) }
      escapeScalar(escaped.scalar)
      i += escaped.length
      run = i
    }
    if run < n { out.append(UnsafeBufferPointer(rebasing: b[run..<n])) }
  }

  private mutating func escapeScalar(_ u: UInt32) {
    let short: UInt8
    switch u {
    case 0x22: short = 0x22
    case 0x5C: short = 0x5C
    case 0x0A: short = 0x6E
    case 0x0D: short = 0x72
    case 0x09: short = 0x74
    case 0x08 where style != .deck: short = 0x62
    case 0x0C where style != .deck: short = 0x66
    case 0x10000...:
      // RFC 8259: past the Basic Multilingual Plane, a UTF-16 surrogate pair.
      let v = u - 0x10000
      escapeScalar(0xD800 + (v >> 10))
      escapeScalar(0xDC00 + (v & 0x3FF))
      return
    default:
      out.append(0x5C)
      out.append(0x75)
      for shift in stride(from: 12, through: 0, by: -4) {
        out.append(JSONWriter.hex[Int(u >> UInt32(shift) & 0xF)])
      }
      return
    }
    out.append(0x5C)
    out.append(short)
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Whether a UTF-8 lead byte can begin a scalar `SafeText.isUnsafe` names: C2 (C1 controls),
  /// D8 (U+061C), E2 (U+2000–U+2FFF: the bidi controls, separators and invisible operators),
  /// EF (U+FEFF, U+FFF9–U+FFFB), F3 (U+E0001). Every other non-ASCII byte is copied unread;
  /// `JSONWriterTests` checks every unsafe scalar against this list.
  static func mayStartUnsafe(_ c: UInt8) -> Bool {
    c == 0xC2 || c == 0xD8 || c == 0xE2 || c == 0xEF || c == 0xF3
  }

  /// The decimal digits of `value`, zero-padded to `width` (at most 20).
  private mutating func digits(_ value: UInt64, width: Int) {
    if value < 10 && width <= 1 { return out.append(UInt8(truncatingIfNeeded: value) &+ 0x30) }
    var n = 1
    var power: UInt64 = 10
    while n < 20 && value >= power {
      n += 1
      power &*= 10
    }
    if n < width { n = min(width, 20) }
    out.write(upTo: n) { p in
      var v = value
      var i = n
      repeat {
        i -= 1
        p[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
        v /= 10
      } while i > 0
      return n
    }
  }
}

/// A member in one call: the key, then the value.
extension JSONWriter {
  /// An array item (or the whole document): any plain value, `null` for a nil optional.
  public mutating func value(_ value: some JSONFieldValue) { value.write(into: &self) }

  public mutating func field(_ name: StaticString, _ value: some JSONFieldValue) {
    key(name)
    value.write(into: &self)
  }
}

/// A plain value `JSONWriter.field` writes; an optional one is `null` when nil.
public protocol JSONFieldValue {
  func write(into w: inout JSONWriter)
}

extension String: JSONFieldValue {
  public func write(into w: inout JSONWriter) { w.string(self) }
}

extension Int: JSONFieldValue {
  public func write(into w: inout JSONWriter) { w.int(self) }
}

extension Double: JSONFieldValue {
  public func write(into w: inout JSONWriter) { w.number(self) }
}

extension Bool: JSONFieldValue {
  public func write(into w: inout JSONWriter) { w.bool(self) }
}

extension Day: JSONFieldValue {
  public func write(into w: inout JSONWriter) { w.day(self) }
}

extension YearMonth: JSONFieldValue {
  public func write(into w: inout JSONWriter) { w.month(self) }
}

extension Optional: JSONFieldValue where Wrapped: JSONFieldValue {
  public func write(into w: inout JSONWriter) {
    guard let value = self else { return w.null() }
    value.write(into: &w)
  }
}
