import Testing

@testable import WBRBuild

@Suite struct NumberParserTests {
  @Test func readsPlainAndGroupedNumbers() {
    #expect(NumberParser.parse("523,419") == .value(523_419))
    #expect(NumberParser.parse("0.200521381") == .value(0.200521381))
    #expect(NumberParser.parse("-12.5") == .value(-12.5))
    #expect(NumberParser.parse("1e-5") == .value(1e-5))
    #expect(NumberParser.parse("33264.43122") == .value(33264.43122))
    #expect(NumberParser.parse("12345678901234567168") == .value(12_345_678_901_234_567_168))
  }

  @Test func blanksAndMarkersAreMissingNeverZero() {
    #expect(NumberParser.parse("") == .missing)
    #expect(NumberParser.parse("  ") == .missing)
    #expect(NumberParser.parse("NaN") == .missing)
    #expect(NumberParser.parse("N/A") == .missing)
  }

  @Test func refusesText() {
    #expect(NumberParser.parse("56.00%") == .invalid)
    #expect(NumberParser.parse("US") == .invalid)
    #expect(NumberParser.parse("1.2.3") == .invalid)
  }
}
