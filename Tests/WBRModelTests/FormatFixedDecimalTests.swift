import Foundation
import Testing

@testable import WBRModel

/// The fast `%.Nf` must print the very bytes `String(format:)` prints, ties included.
@Suite struct FormatFixedDecimalTests {
  /// A seeded SplitMix64, so that every run checks the same numbers.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  func printf(_ x: Double, _ places: Int) -> String { String(format: "%.\(places)f", x) }

  /// printf's text with a comma every three integer digits: what `NumberText.fixed` printed
  /// before the fast path.
  func grouped(_ raw: String) -> String {
    let parts = raw.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = Array(parts[0])
    var out = ""
    for (i, ch) in whole.enumerated() {
      if i > 0 && (whole.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return parts.count > 1 ? out + "." + parts[1] : out
  }

  /// The fast path's text, or printf's where it declines: what `NumberText.fixed` uses.
  func fast(_ x: Double, _ places: Int) -> String {
    FixedDecimal.text(x, places: places) ?? printf(x, places)
  }

  @Test func randomDoublesAcrossMagnitudesMatchPrintf() {
    var rng = SeededGenerator(state: 20_261_127)
    var checked = 0
    var fastCount = 0
    var mismatches: [String] = []
    for i in 0..<100_000 {
      let x: Double
      switch i % 4 {
      case 0:  // uniform mantissa, decimal exponent −12…15
        x = Double.random(in: 1..<10, using: &rng) * pow(10, Double(Int.random(in: -12...15, using: &rng)))
      case 1:  // few decimal digits, as deck values are: 12.34, 0.5, 1234.5678
        let digits = Double(Int.random(in: 0...99_999_999, using: &rng))
        x = digits / pow(10, Double(Int.random(in: 0...8, using: &rng)))
      case 2:  // near a tie of the places under test: k.xx5 ± a few ulps
        let places = Int.random(in: 0...4, using: &rng)
        let base = (Double(Int.random(in: 0...999_999, using: &rng)) + 0.5) / pow(10, Double(places))
        var y = base
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
          y = Bool.random(using: &rng) ? y.nextUp : y.nextDown
        }
        x = y
      default:  // any bit pattern of a non-negative finite double
        let bits = rng.next() & ~(UInt64(1) << 63)
        let y = Double(bitPattern: bits)
        x = y.isFinite ? y : 1
      }
      for places in 0...4 {
        let expected = printf(x, places)
        if let text = FixedDecimal.text(x, places: places) {
          fastCount += 1
          if text != expected { mismatches.append("\(x) .\(places): \(text) vs \(expected)") }
        }
        if let text = FixedDecimal.text(x, places: places, grouping: true), text != grouped(expected) {
          mismatches.append("\(x) .\(places) grouped: \(text) vs \(grouped(expected))")
        }
        checked += 1
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) differ, e.g. \(mismatches.prefix(5))")
    // Not vacuous: the fast path answers nearly everything below the E-notation range.
    #expect(fastCount > checked / 2)
  }

  @Test func everyPlacesUpToNineMatchesPrintf() {
    var rng = SeededGenerator(state: 7)
    for _ in 0..<5_000 {
      let x = Double.random(in: 0..<1, using: &rng) * pow(10, Double(Int.random(in: -10...6, using: &rng)))
      for places in 0...9 {
        #expect(fast(x, places) == printf(x, places), "\(x) with \(places) places")
      }
    }
  }

  @Test func handPickedTiesAndEdgesMatchPrintf() {
    let values: [Double] = [
      0.125, 0.375, 1.005, 2.675, 1.115, 0.045, 0.5, 1.5, 2.5, 3.5, 0.05, 0.15, 0.25, 0.35,
      999_999.995, 999.9999, 9.995, 99.95, 0.0005, 0.00005, 1e-7, .leastNonzeroMagnitude,
      2.2250738585072014e-308,
      0, -0.0, -0.5, -1.5, -2.675, 0.1, 0.2, 0.3, 0.7, 1.0 / 3, 2.0 / 3, 1e14, 4e14, 3.99e14,
      123_456_789_012.345, 999_999_999_999.99, 1e15, 1e16, 1e300, .infinity, -.infinity, .nan,
      4503599627370495.5, 0.0049999999999999999, 0.994999999999, 1.0.nextUp, 1.0.nextDown,
    ]
    for x in values {
      for places in 0...9 {
        #expect(fast(x, places) == printf(x, places), "\(x) with \(places) places")
      }
    }
  }

  @Test func tiesAndNegativesAreLeftToPrintf() {
    // 2.675 is 2.67499999… in binary: the shortest digits end on a tie, printf decides.
    #expect(FixedDecimal.text(2.675, places: 2) == nil)
    #expect(FixedDecimal.text(0.125, places: 2) == nil)
    #expect(FixedDecimal.text(-0.0, places: 1) == nil)
    #expect(FixedDecimal.text(-3, places: 1) == nil)
    #expect(FixedDecimal.text(.nan, places: 1) == nil)
    #expect(FixedDecimal.text(1e15, places: 0) == nil)
    // Everything else is answered here.
    #expect(FixedDecimal.text(2.675, places: 3) == "2.675")
    #expect(FixedDecimal.text(12_345.678, places: 1) == "12345.7")
    #expect(FixedDecimal.text(0.0004, places: 3) == "0.000")
    #expect(FixedDecimal.text(0, places: 2) == "0.00")
    #expect(FixedDecimal.text(9.996, places: 2) == "10.00")
  }

  @Test func groupedTextIsUnchanged() {
    #expect(NumberText.fixed(1_234_567.891, decimals: 2) == "1,234,567.89")
    #expect(NumberText.fixed(999.9999, decimals: 3) == "1,000.000")
    #expect(NumberText.fixed(2.675, decimals: 2) == "2.67")
    #expect(NumberText.fixed(0.125, decimals: 2, grouping: false) == "0.12")
    #expect(NumberText.fixed(123.4, decimals: 1) == "123.4")
    #expect(NumberText.fixed(1234, decimals: 0) == "1,234")
    #expect(NumberText.fixed(123_456, decimals: 0) == "123,456")
    #expect(NumberText.fixed(999_999_999_999.4, decimals: 0) == "999,999,999,999")
    #expect(NumberText.fixed(1_234_567.891, decimals: 2, grouping: false) == "1234567.89")
  }
}
