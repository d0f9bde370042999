import Testing
import WBRModel

@Suite struct FormatChangeTests {
  @Test func changes() {
    #expect(ChangeFormat.format(Change(value: 1.234, unit: .pct)) == "+1.2%")
    #expect(ChangeFormat.format(Change(value: -12.34, unit: .pct)) == "\u{2212}12.3%")
    #expect(ChangeFormat.format(Change(value: -12.34, unit: .pct), ascii: true) == "-12.3%")
    #expect(ChangeFormat.format(Change(value: -35.4, unit: .bps)) == "\u{2212}35 bps")
    #expect(ChangeFormat.format(Change(value: 35.6, unit: .bps), ascii: true) == "+36 bps")
    #expect(ChangeFormat.format(Change(value: 0.01, unit: .pct)) == "0.0%")
    #expect(ChangeFormat.format(Change(value: -0.2, unit: .bps)) == "0 bps")
    #expect(ChangeFormat.format(Change(value: 1234.56, unit: .pct)) == "+1,235%")
    #expect(ChangeFormat.format(nil) == "n/a")
    #expect(ChangeFormat.format(Change(value: .infinity, unit: .pct)) == "n/a")
    #expect(ChangeFormat.format(Change(value: .nan, unit: .bps)) == "n/a")
    #expect(Change(value: 5, unit: .pct).formatted() == "+5.0%")
  }

  @Test func arrows() {
    #expect(ChangeFormat.arrow(Change(value: 3, unit: .pct)) == "\u{2191}")
    #expect(ChangeFormat.arrow(Change(value: -3, unit: .bps), ascii: true) == "v")
    #expect(ChangeFormat.arrow(Change(value: 0.01, unit: .pct), ascii: true) == "=")
    #expect(ChangeFormat.arrow(Change(value: 0.6, unit: .bps), ascii: true) == "^")
    #expect(ChangeFormat.arrow(nil) == " ")
  }

  @Test func thresholdMagnitudes() {
    #expect(ChangeFormat.magnitude(10, unit: .pct) == "\u{00B1}10%")
    #expect(ChangeFormat.magnitude(25, unit: .bps) == "\u{00B1}25 bps")
    #expect(ChangeFormat.magnitude(10, unit: .pct, ascii: true) == "+/-10%")
    #expect(ChangeFormat.magnitude(2.5, unit: .pct, signed: false) == "2.5%")
  }
}
