import Testing
import WBRModel

/// Huge and tiny magnitudes: E-notation instead of 309 digits, "inf%", or a misleading "0".
@Suite struct FormatExtremeTests {
  func fmt(_ pattern: String, _ v: Double, prefix: String? = nil, ascii: Bool = false) -> String {
    ValueFormat(pattern: pattern, prefix: prefix)?.format(v, ascii: ascii) ?? "<invalid>"
  }

  @Test func hugeValuesInEveryFixedFormat() {
    #expect(fmt("##", 1e308) == "1e308")
    #expect(fmt("##", -1e308) == "\u{2212}1e308")
    #expect(fmt("##.1KK", 1.5e20, prefix: "$") == "$1.5e20")
    #expect(fmt("##.2MM", -1.23456e18, prefix: "$", ascii: true) == "-$1.235e18")
    #expect(fmt("##BB", 2.5e21) == "2.5e21")
    // Percent and basis points keep their unit, with the exponent shifted rather than the
    // value multiplied: 1e308 × 100 would overflow.
    #expect(fmt("##.1%", 1e308) == "1e310%")
    #expect(fmt("##bps", -1e308) == "\u{2212}1e312 bps")
    #expect(fmt("##.1%", 1.7976931348623157e308, prefix: "$") == "$1.8e310%")
  }

  @Test func theThresholdIsATrillionOnceScaled() {
    #expect(fmt("##", 999_999_999_999) == "999,999,999,999")
    #expect(fmt("##", 999_999_999_999.7) == "1e12")
    #expect(fmt("##", 1e12) == "1e12")
    #expect(fmt("##.1", 1.25e12) == "1.25e12")
    #expect(fmt("##.1KK", 999_999_999_999_000) == "999,999,999,999.0K")
    #expect(fmt("##.1KK", 1.2e15) == "1.2e15")
    #expect(fmt("##.1%", 9_999_999_999.99) == "999,999,999,999.0%")
    #expect(fmt("##.1%", 1e10) == "1e12%")
  }

  @Test func refinedFormatsAddDigitsInENotationToo() throws {
    let plain = try #require(ValueFormat(pattern: "##.2"))
    #expect(plain.format(1.23456e20) == "1.235e20")
    #expect(plain.refined.format(1.23456e20) == "1.2346e20")
    #expect(ValueFormat.automatic().refined.format(1.23456e20) == "1.235e20")
  }

  @Test func automaticFormatAtBothEnds() {
    let a = ValueFormat.automatic()
    let cases: [(Double, String)] = [
      (1e308, "1e308"), (-1e308, "\u{2212}1e308"), (1.234e15, "1.23e15"), (9.99e14, "999,000B"),
      (2.5e12, "2,500B"), (1e-8, "1e-8"), (1.2345e-7, "1.23e-7"), (-4.5e-9, "\u{2212}4.5e-9"),
      (0.000123, "0.000123"), (0.0000123, "1.23e-5"), (.leastNonzeroMagnitude, "4.94e-324"),
      (.greatestFiniteMagnitude, "1.8e308"),
    ]
    for (v, s) in cases { #expect(a.format(v) == s, "\(v)") }
    #expect(ValueFormat.automatic(prefix: "$").format(-1e-8, ascii: true) == "-$1e-8")
  }

  /// Every format on every extreme value stays about as narrow as a value column ("This
  /// week", 9 columns): the widest possible is "−$1.2346e312 bps", 16.
  @Test func extremeTextsStayNarrow() {
    let patterns = ["##", "##.3", "##.1KK", "##.3MM", "##BB", "##.3%", "##bps", "##.3bps"]
    let values: [Double] = [
      1e308, -1e308, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e250, -1.23456789e300,
      .leastNonzeroMagnitude, -1e-300,
    ]
    var formats = patterns.compactMap { ValueFormat(pattern: $0, prefix: "$") }
    formats += formats.map(\.refined) + [.automatic(prefix: "$"), ValueFormat.automatic(prefix: "$").refined]
    #expect(formats.count == 18)
    for f in formats {
      for v in values {
        let text = f.format(v)
        #expect(text.count <= 16 && !text.contains("inf") && !text.contains("nan"), "\(f) \(v): \(text)")
      }
    }
  }

  @Test func hugeChanges() {
    #expect(ChangeFormat.format(Change(value: 999_999.4, unit: .pct)) == "+999,999%")
    #expect(ChangeFormat.format(Change(value: 999_999.6, unit: .pct)) == "+1e6%")
    #expect(ChangeFormat.format(Change(value: 1e300, unit: .pct)) == "+1e300%")
    #expect(ChangeFormat.format(Change(value: -1.234e10, unit: .bps)) == "\u{2212}1.23e10 bps")
    #expect(ChangeFormat.format(Change(value: -1.234e10, unit: .bps), ascii: true) == "-1.23e10 bps")
    #expect(ChangeFormat.format(Change(value: -.greatestFiniteMagnitude, unit: .pct)) == "\u{2212}1.8e308%")
    #expect(ChangeFormat.arrow(Change(value: 1e300, unit: .pct)) == "\u{2191}")
    #expect(ChangeFormat.magnitude(1e20, unit: .pct) == "\u{00B1}1e20%")
    #expect(ChangeFormat.magnitude(2.5e9, unit: .bps, signed: false) == "2.5e9 bps")
    #expect(ChangeFormat.magnitude(999_999.99, unit: .pct, signed: false) == "999,999.99%")
  }
}
