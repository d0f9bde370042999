import Testing

@testable import WBRBuild

/// A column keeps short decimals in 4 bytes and must give back, bit for bit, what
/// `NumberParser.parse` reads from each cell's text, whatever mix of cells it is fed.
@Suite struct NumberColumnTests {
  /// Feeds `texts` the way the builder does (the decimal code when there is one, else the
  /// parsed double) and returns the column.
  static func column(_ texts: [String]) -> NumberColumn {
    var column = NumberColumn(capacity: texts.count)
    for text in texts {
      let bytes = Array((text + "        ").utf8)
      switch bytes.withUnsafeBufferPointer({ NumberParser.scan($0, 0..<text.utf8.count) }) {
      case .decimal(let code): column.append(decimal: code)
      case .result(let result): column.append(value: Cell.store(result))
      }
    }
    return column
  }

  static func expectSame(_ texts: [String], narrow: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    let column = column(texts)
    #expect(column.isNarrow == narrow, "\(texts)", sourceLocation: sourceLocation)
    for (r, text) in texts.enumerated() {
      let want = Cell.store(NumberParser.parse(text))
      #expect(
        column.cell(r).bitPattern == want.bitPattern, "\(text): \(column.cell(r)) vs \(want)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func shortDecimalsStayNarrowAcrossScales() {
    // Scale grows from 0 to 6 as cells come; earlier cells are counted again.
    Self.expectSame(["354", "340.5", "1477.76", "0.073849", "-12.5", "", "NA", "x"], narrow: true)
    #expect(Self.column(["354", "340.5", "1477.76", "0.073849"]).scale == 6)
    // 340031.5 in six decimals is past an Int32: the column turns wide, values unchanged.
    Self.expectSame(["340031.5", "1061477.76", "0.073849"], narrow: false)
    #expect(Self.column(["1", "0.5", "0.25"]).scale == 2)
  }

  @Test func groupedAndExponentCellsStayNarrowWhenExact() {
    Self.expectSame(["354,632", "1,234.5", "1e3", "2.5E-2", "0.1"], narrow: true)
  }

  @Test func cellsThatDoNotFitTurnTheColumnWide() {
    // Past ±2.1e9 at the column's scale.
    Self.expectSame(["1.5", "30000000.25"], narrow: false)
    Self.expectSame(["12345678901"], narrow: false)
    // Ten decimals, a sign on zero, an infinity, more digits than a double holds.
    Self.expectSame(["0.1234567891"], narrow: false)
    Self.expectSame(["5", "-0", "6"], narrow: false)
    Self.expectSame(["-0.0"], narrow: false)
    Self.expectSame(["1e400", "2"], narrow: false)
    Self.expectSame(["0.30000000000000004"], narrow: false)
    // Blanks and text read the same after the turn.
    Self.expectSame(["", "abc", "7.25", "99999999999.5", "", "abc"], narrow: false)
  }

  @Test func rescalingThatWouldOverflowTurnsWideInstead() {
    // 2,000,000,000 fits at scale 0 but not once a decimal arrives.
    Self.expectSame(["2000000000", "0.5", "3"], narrow: false)
    Self.expectSame(["-2147483646", "1"], narrow: true)
    Self.expectSame(["-2147483647", "1"], narrow: false)
  }

  @Test func randomDecimalsRoundTripBitForBit() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(next() % 10)) }) }
    for _ in 0..<200 {
      var texts: [String] = []
      for _ in 0..<50 {
        let sign = next() % 6 == 0 ? "-" : ""
        let whole = digits(1 + next() % 9)
        let fraction = next() % 3 == 0 ? "" : "." + digits(next() % 11)
        texts.append(next() % 20 == 0 ? "" : sign + whole + fraction)
      }
      let column = Self.column(texts)
      for (r, text) in texts.enumerated() {
        let want = Cell.store(NumberParser.parse(text))
        #expect(column.cell(r).bitPattern == want.bitPattern, "\(text) in \(texts)")
      }
    }
  }
}
