import Testing
import WBRModel

@testable import WBRApp

@Suite struct DrillDownChartTests {
  func chart(
    _ data: SixTwelve, limits: XmRLimits? = nil, glyphs: Glyphs = .unicode, width: Int = 80, height: Int = 14
  )
    -> ScreenBuffer
  {
    var buffer = ScreenBuffer(width: width, height: height)
    SixTwelveChart(
      data: data, limits: limits, format: .automatic(), calendar: FiscalCalendar(), glyphs: glyphs,
      currentWeekStyle: nil
    ).render(into: &buffer, in: buffer.bounds)
    return buffer
  }

  /// The chart data of a metric with these last six weeks (and the same weeks a year back as
  /// prior year), twelve months ending at the fixture's last month, and weekly targets.
  func data(weeks: [Double?], priorWeeks: [Double?]? = nil, months: [Double?], targets: [Double?]? = nil)
    -> SixTwelve
  {
    var weekly = DrillDownFixture.weeks(weeks)
    if let priorWeeks { weekly = DrillDownFixture.weeks(priorWeeks, endingWeeksBack: 52) + weekly }
    let metric = Metric(
      id: "m", name: "M", kind: .input, weekly: weekly,
      monthly: DrillDownFixture.months(months, last: DrillDownFixture.lastMonth),
      weeklyTargets: targets.map { DrillDownFixture.weeks($0) } ?? [])
    return SixTwelve(
      metric: metric, in: Deck(title: "T", weekEnding: DrillDownFixture.week, metrics: [metric]))
  }

  /// Rows of the plot: below the title, above the x labels and the legend.
  func plotRows(_ buffer: ScreenBuffer) -> Range<Int> { 1..<(buffer.height - 2) }

  /// Columns of the plot holding `glyph`.
  func columns(of glyph: Character, in buffer: ScreenBuffer) -> [Int] {
    (0..<buffer.width).filter { x in plotRows(buffer).contains { buffer[x, $0].character == glyph } }
  }

  @Test func scaleUsesNiceTicksThatCoverTheData() throws {
    let scale = try #require(ChartScale(covering: [104, 158, 110.2, 132.5], rows: 9))
    #expect(scale.bottom == 100 && scale.top == 160 && scale.step == 20)
    #expect(scale.row(160) == 0 && scale.row(100) == 8)
    #expect(ChartScale(covering: [], rows: 9) == nil)
    #expect(ChartScale(covering: [.nan, .infinity], rows: 9) == nil)
    let flat = try #require(ChartScale(covering: [5, 5, 5], rows: 9))
    #expect(flat.bottom < 5 && flat.top > 5)
    #expect(ChartScale.niceStep(atLeast: 13.5) == 20)
    #expect(ChartScale.niceStep(atLeast: 0.0021) == 0.0025)
  }

  @Test func missingWeeksAreGapsNotZeros() {
    let months = [Double?](repeating: 500, count: 12)
    let full = chart(data(weeks: [10, 11, 12, 13, 14, 15], months: months))
    let gappy = chart(data(weeks: [10, 11, nil, 13, 14, 15], months: months))
    #expect(columns(of: "●", in: full).count == 18)
    #expect(columns(of: "●", in: gappy).count == 17)
    // The missing week's column holds no point, and no line runs through it to a zero.
    let missing = columns(of: "●", in: full).filter { !columns(of: "●", in: gappy).contains($0) }
    #expect(missing.count == 1)
    let column = missing[0]
    #expect(
      plotRows(gappy).allSatisfy { y in
        let c = gappy[column, y].character
        return c == " " || c == "─" || c == "╌"
      })
    // Zero is not on the axis: the scale does not reach down to it.
    #expect(!gappy.textLines().contains { $0.hasPrefix(" 0┤") || $0.hasPrefix("0┤") })
  }

  @Test func limitsAreLabelledOnTheWeeklyPartOnly() throws {
    let limits = XmRLimits(centre: 121.364, mrBar: 4.2, baselineWeeks: [], locked: true)
    let buffer = chart(
      data(weeks: [121, 117, 123, 126, 120, 158], months: [Double?](repeating: 520, count: 12)),
      limits: limits)
    let lines = buffer.textLines()
    let unpl = try #require(lines.firstIndex { $0.contains("UNPL 132.5") })
    #expect(lines.contains { $0.contains("LNPL 110.2") })
    #expect(lines.contains { $0.contains("CL 121.4") })
    let separator = try #require(lines[unpl].firstIndex(of: "┊"))
    #expect(lines[unpl][..<separator].contains("╌"))
    #expect(!lines[unpl][separator...].contains("╌"))
    #expect(lines.last?.contains("natural process limits") == true)
  }

  @Test func priorYearAndTargetHaveTheirOwnMarks() {
    let d = data(
      weeks: [10, 11, 12, 13, 14, 15], priorWeeks: [5, 5, 5, 5, 5, 5],
      months: [Double?](repeating: nil, count: 12),
      targets: [20, 20, 20, 20, 20, 20])
    let unicode = chart(d)
    #expect(columns(of: "○", in: unicode).count == 6)
    #expect(columns(of: "◆", in: unicode).count == 6)
    #expect(unicode.textLines().joined().contains("no monthly data"))
    let ascii = chart(d, glyphs: .ascii)
    #expect(columns(of: "o", in: ascii).count >= 6)
    #expect(columns(of: "T", in: ascii).count == 6)
    #expect(ascii.textLines().last?.hasPrefix("# this year  o prior year  T target") == true)
    #expect(ascii.textLines().allSatisfy { $0.allSatisfy { $0.isASCII } })
  }

  @Test func tooSmallARectangleGetsANote() {
    let d = data(weeks: [1, 2, 3, 4, 5, 6], months: [Double?](repeating: 1, count: 12))
    let narrow = chart(d, width: 20, height: 14)
    #expect(narrow.textLines()[0].hasPrefix("Chart needs"))
    let short = chart(d, width: 80, height: 4)
    #expect(short.textLines()[0].hasPrefix("Chart needs"))
  }

  @Test func theNarrowestMeetingScreenStillGetsEveryPoint() {
    let d = data(weeks: [1, 2, 3, 4, 5, 6], months: [Double?](repeating: 1, count: 12))
    let narrow = chart(d, width: 40, height: 10)
    #expect(columns(of: "●", in: narrow).count == 18)
  }

  @Test func brailleLinesJoinPresentPoints() {
    var canvas = ChartCanvas(width: 3, height: 1)
    canvas.line(from: (0, 0), to: (5, 3), style: .normal, layer: .currentLine, dotted: false)
    var buffer = ScreenBuffer(width: 3, height: 1)
    canvas.draw(into: &buffer, x: 0, y: 0)
    #expect(buffer.textLines() == ["⠑⠢⢄"])
  }
}
