import Testing
import WBRModel

@Suite struct FormatValueTests {
  func fmt(_ pattern: String, _ v: Double?, prefix: String? = nil, ascii: Bool = false) -> String {
    guard let f = ValueFormat(pattern: pattern, prefix: prefix) else { return "<invalid>" }
    return f.format(v, ascii: ascii)
  }

  @Test func everyVocabularyEntry() {
    #expect(fmt("##", 12345.6) == "12,346")
    #expect(fmt("##", 999) == "999")
    #expect(fmt("##.1", 1234.56) == "1,234.6")
    #expect(fmt("##.2", 0.5) == "0.50")
    #expect(fmt("##.3", 1.23456) == "1.235")
    #expect(fmt("##.0", 7.4) == "7")
    #expect(fmt("##.1KK", 12345) == "12.3K")
    #expect(fmt("##KK", 1_234_567) == "1,235K")
    #expect(fmt("##.2MM", 1_234_567) == "1.23M")
    #expect(fmt("##BB", 2.6e9) == "3B")
    #expect(fmt("##.1BB", 1.234e12) == "1,234.0B")
    #expect(fmt("##.1%", 0.952) == "95.2%")
    #expect(fmt("##%", 0.5) == "50%")
    #expect(fmt("##bps", 0.0234) == "234 bps")
  }

  @Test func negativesPrefixAndZero() {
    #expect(fmt("##.1MM", -1_234_567, prefix: "$") == "\u{2212}$1.2M")
    #expect(fmt("##.1MM", -1_234_567, prefix: "$", ascii: true) == "-$1.2M")
    #expect(fmt("##", -12345, ascii: true) == "-12,345")
    #expect(fmt("##", -0.4) == "0")
    #expect(fmt("##.1", -0.04) == "0.0")
    #expect(fmt("##.1%", -0.01234) == "\u{2212}1.2%")
    #expect(fmt("##", 5, prefix: "$") == "$5")
  }

  @Test func missingAndNonFinite() {
    #expect(fmt("##", nil) == "n/a")
    #expect(fmt("##", .nan) == "n/a")
    #expect(fmt("##", .infinity) == "n/a")
    #expect(ValueFormat.automatic().format(-.infinity) == "n/a")
    // Finite values that overflow when scaled are not "inf%" (nor lose their sign).
    #expect(fmt("##.1%", 1e308) == "1e310%")
    #expect(fmt("##bps", -1e308) == "\u{2212}1e312 bps")
  }

  @Test func invalidPatternsAreRefused() {
    for p in ["", "#", "##.", "##.4", "##.1X", "##.1kk", "##.12", "##KKK", "x##", "##.١"] {
      #expect(ValueFormat(pattern: p) == nil, "\(p)")
    }
    let m = Metric(id: "m", name: "m", kind: .input, format: "##.9", prefix: "$", weekly: [])
    #expect(ValueFormat(metric: m) == .automatic(prefix: "$"))
    let ok = Metric(id: "m", name: "m", kind: .input, format: "##.1%", weekly: [])
    #expect(ValueFormat(metric: ok).format(0.5) == "50.0%")
  }

  @Test func automaticFormat() {
    let a = ValueFormat.automatic()
    let cases: [(Double, String)] = [
      (0, "0"), (5, "5"), (0.95, "0.95"), (12.34, "12.3"), (123.4, "123"), (999.4, "999"),
      (999.96, "1K"), (1000, "1K"), (12_345, "12.3K"), (123_456, "123K"), (999_999, "1M"),
      (1_234_567, "1.23M"), (1_200_000, "1.2M"), (2.5e12, "2,500B"), (0.0234, "0.0234"),
      (1e-8, "1e-8"), (-1500, "\u{2212}1.5K"), (-0.5, "\u{2212}0.5"),
    ]
    for (v, s) in cases { #expect(a.format(v) == s, "\(v)") }
    #expect(ValueFormat.automatic(prefix: "$").format(-1_234_567, ascii: true) == "-$1.23M")
  }

  @Test func refinedAddsOneDigit() {
    #expect(ValueFormat(pattern: "##")?.refined.format(132.536) == "132.5")
    #expect(ValueFormat(pattern: "##.1%")?.refined.format(0.97) == "97.00%")
    #expect(ValueFormat.automatic().refined.format(132.536) == "132.5")
  }
}
