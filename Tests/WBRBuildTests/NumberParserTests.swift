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

/// Cells inside a CSV's bytes take the word-at-a-time path (`NumberParser.plain`); a cell
/// parsed on its own (too short to read eight bytes) takes the byte loop. Both must agree.
@Suite struct NumberParserPlainTests {
  /// The cell as the last field of a longer buffer (eight bytes of padding after it).
  static func inBuffer(_ text: String, after: String) -> NumberParser.Result {
    let bytes = Array(("x," + text + after).utf8)
    return bytes.withUnsafeBufferPointer { NumberParser.parse($0, 2..<(2 + text.utf8.count)) }
  }

  static func same(_ a: NumberParser.Result, _ b: NumberParser.Result) -> Bool {
    if case .value(let x) = a, case .value(let y) = b { return x.bitPattern == y.bitPattern }
    return a == b
  }

  @Test func wordsAndBytesAgree() {
    var texts = [
      "0", "-0", "+0", "5", "5.", ".5", ".", "-", "12.50", "0.073849", "340031.50", "1234567", "12345678",
      "1234567.1234567", "0.0000001", "00012.5", "1.2.3", "1,234", "1,234.5", " 12.5 ", "12.5x", "1e5",
      "9999999.9999999",
      "0.1234567", "0.12345678", "12345678.5", "-340031.50", "NaN", "",
    ]
    // Seeded: digit runs of every length on both sides of the point.
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(next() % 10)) }) }
    for _ in 0..<3000 {
      let whole = digits(next() % 10)
      let point = next() % 4 == 0 ? "" : "."
      texts.append((next() % 5 == 0 ? "-" : "") + whole + point + digits(next() % 10))
    }
    for text in texts {
      for after in [",1.5,7\n", "\"\n12345678", ",,,,,,,,"] {
        let words = Self.inBuffer(text, after: after)
        let bytes = NumberParser.parse(text)
        #expect(Self.same(words, bytes), "\(text): \(words) vs \(bytes)")
        // The builder's shortcut, kept in a column, gives the same bits, or leaves the cell to
        // `parse`.
        let buffer = Array(("x," + text + after).utf8)
        let scan = buffer.withUnsafeBufferPointer { NumberParser.scan($0, 2..<(2 + text.utf8.count)) }
        if case .decimal(let code) = scan {
          var column = NumberColumn(capacity: 1)
          column.append(decimal: code)
          #expect(Self.same(.value(column.cell(0)), bytes), "\(text): \(column.cell(0)) vs \(bytes)")
        }
      }
    }
  }
}
