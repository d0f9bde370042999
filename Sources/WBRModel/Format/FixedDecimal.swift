/// A fast `String(format: "%.Nf", x)` for the numbers the meeting prints: the same bytes,
/// without Foundation's format parsing (about 20,000 instructions a number, and a drill-down
/// prints 60–80 of them).
///
/// How: Swift's shortest round-trip digits of `x` (its `description`) rounded to `places`
/// decimals give the same result as rounding the exact binary value, as C's `printf` does,
/// whenever no rounding boundary (a tie, …5 at decimal `places + 1`) lies between the two.
/// With `x · 10^(places+1) < 4e15` half an ulp of `x` is under `10^-(places+1)`, so a boundary
/// between them would be a decimal with fewer digits than the shortest one that round-trips,
/// which cannot be; the only case left is the shortest digits ending exactly on a tie ("2.675"
/// is 2.67499999… in binary), and then `text` returns nil so that the caller asks `printf`.
/// Also nil for negative numbers and negative zero, non-finite and larger values.
enum FixedDecimal {
  /// 10^0 … 10^19: scales, the bound's `10^(places+1)`, and divisors for up to 19 digits.
  private static let powers: [UInt64] = (0..<20).reduce(into: []) { list, n in
    list.append(n == 0 ? 1 : list[n - 1] * 10)
  }

  /// Past this, `x · 10^(places+1)`, half an ulp of `x` may reach a boundary (2^52 ≈ 4.5e15).
  private static let bound = 4e15

  /// `x` rounded to `places` (0…9) decimals as `String(format: "%.<places>f", x)` prints it,
  /// with a comma every three integer digits when `grouping` is on ("12,345.6", as
  /// `NumberText.fixed` groups printf's text), or nil where only `printf` can say (see above).
  static func text(_ x: Double, places: Int, grouping: Bool = false) -> String? {
    guard (0...9).contains(places), x.sign == .plus,
      x < bound / Double(powers[places + 1])
    else { return nil }
    guard let scaled = scaledInteger(x, places: places) else { return nil }
    return spell(scaled, places: places, grouping: grouping)
  }

  /// `x · 10^places` rounded to an integer the way `printf` rounds, from the shortest digits;
  /// nil when those digits end on a tie. `x` is finite, ≥ 0 and under `bound`.
  private static func scaledInteger(_ x: Double, places: Int) -> UInt64? {
    if x == 0 { return 0 }
    // The digits as an integer, and where the point is: x = 0.d₁d₂…dₙ × 10^point.
    var mantissa: UInt64 = 0
    var count = 0
    var point = 0
    var afterPoint = false
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in x.description.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = UInt64(byte &- UInt8(ascii: "0"))
        if inExponent {
          exponent = exponent * 10 + Int(digit)
          guard exponent < 1000 else { return nil }
        } else if mantissa == 0 && digit == 0 {
          if afterPoint { point -= 1 }  // a leading zero after the point: "0.001"
        } else {
          guard count < 19 else { return nil }
          mantissa = mantissa * 10 + digit
          count += 1
          if !afterPoint { point += 1 }
        }
      case UInt8(ascii: "."): afterPoint = true
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "-"): exponentSign = -1
      case UInt8(ascii: "+"): break
      default: return nil
      }
    }
    guard mantissa > 0 else { return nil }
    while mantissa % 10 == 0 {
      mantissa /= 10
      count -= 1
    }
    point += exponentSign * exponent
    // The digits kept: those with a weight of at least 10^-places.
    let kept = point + places
    if kept >= count {
      // Exact in `places` decimals; `x · 10^places` < 4e14, so the power exists and fits.
      let zeros = kept - count
      guard zeros < powers.count else { return nil }
      return mantissa * powers[zeros]
    }
    if kept < 0 { return 0 }  // below 10^-(places+1): rounds to zero
    let dropped = count - kept  // 1…19: `powers` has it
    let divisor = powers[dropped]
    let head = mantissa / divisor
    let tail = mantissa % divisor
    let half = divisor / 2
    if tail == half { return nil }  // the shortest digits end on a tie: ask printf
    return tail > half ? head + 1 : head
  }

  /// `scaled / 10^places` with exactly `places` decimals ("0.05", "12", "1234.500"), grouped
  /// in threes ("1,234.500") when asked.
  private static func spell(_ scaled: UInt64, places: Int, grouping: Bool) -> String {
    let divisor = powers[places]
    var whole = scaled / divisor
    var fraction = scaled % divisor
    var wholeDigits = 1
    var probe = whole / 10
    while probe > 0 {
      wholeDigits += 1
      probe /= 10
    }
    let commas = grouping ? (wholeDigits - 1) / 3 : 0
    let length = wholeDigits + commas + (places > 0 ? places + 1 : 0)
    return String(unsafeUninitializedCapacity: length) { buffer in
      var index = length
      if places > 0 {
        for _ in 0..<places {
          index -= 1
          buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
          fraction /= 10
        }
        index -= 1
        buffer[index] = UInt8(ascii: ".")
      }
      var written = 0
      repeat {
        if commas > 0 && written > 0 && written % 3 == 0 {
          index -= 1
          buffer[index] = UInt8(ascii: ",")
        }
        index -= 1
        buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole % 10)
        whole /= 10
        written += 1
      } while index > 0
      return length
    }
  }
}
