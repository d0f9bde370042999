import Testing
import WBRModel

@Suite struct AnalysisSixTwelveTests {
  typealias F = AnalysisFixture

  func ym(_ s: String) throws -> YearMonth { try #require(YearMonth(iso: s)) }

  @Test func sixWeeksAgainstPriorYearWithTargets() throws {
    var values: [Double?] = (1...60).map { Double($0) }
    values[57] = nil  // W − 14
    values[3] = nil  // W − 392, the prior year of W − 28
    var m = F.metric(values)
    m.weeklyTargets = [
      WeeklyPoint(weekEnding: F.testWeek.adding(days: -7), value: 55),
      WeeklyPoint(weekEnding: F.testWeek, value: 61),
    ]
    let chart = SixTwelve(metric: m, in: F.deck([m]))
    #expect(chart.weeks.count == 6)
    #expect(chart.weeks.map(\.weekEnding) == (0..<6).reversed().map { F.testWeek.adding(days: -7 * $0) })
    #expect(chart.weeks.map(\.current) == [55, 56, 57, nil, 59, 60])
    #expect(chart.weeks.map(\.priorYear) == [3, nil, 5, 6, 7, 8])
    #expect(chart.weeks.map(\.target) == [nil, nil, nil, nil, 55, 61])
    #expect(chart.weeks.last?.weekNumber == 47)
  }

  @Test func twelveMonthsEndAtTheLatestMonth() throws {
    // 2025-01 … 2026-10, value = month number in the series (1…22), 2025-06 missing.
    var monthly: [MonthlyPoint] = []
    for i in 0..<22 {
      let month = try ym("2025-01").adding(months: i)
      monthly.append(MonthlyPoint(month: month, value: i == 5 ? nil : Double(i + 1)))
    }
    var m = F.metric([1, 2], monthly: monthly)
    m.monthlyTargets = [MonthlyPoint(month: try ym("2026-10"), value: 30)]
    let chart = SixTwelve(metric: m, in: F.deck([m]))
    #expect(chart.months.count == 12)
    #expect(chart.months.first?.month == (try ym("2025-11")))
    #expect(chart.months.last?.month == (try ym("2026-10")))
    #expect(chart.months.map(\.current) == (11...22).map { Double($0) })
    // Prior year of 2025-11 is 2024-11 (absent); of 2026-06 is 2025-06 (null).
    #expect(chart.months.first?.priorYear == nil)
    #expect(chart.months[7].priorYear == nil)
    #expect(chart.months[8].priorYear == 7)
    #expect(chart.months.last?.priorYear == 10)
    #expect(chart.months.last?.target == 30 && chart.months[10].target == nil)
  }

  @Test func withoutMonthlyDataTheAxisEndsAtTheLastEndedMonth() throws {
    let m = F.metric([1])
    let chart = SixTwelve(metric: m, in: F.deck([m]))
    #expect(chart.months.last?.month == (try ym("2026-10")))
    #expect(chart.months.allSatisfy { $0.current == nil && $0.priorYear == nil })
    let endOfMonth = try #require(Day(iso: "2026-10-31"))
    let m2 = F.metric([1], weekEnding: endOfMonth)
    #expect(
      SixTwelve(metric: m2, in: F.deck([m2], weekEnding: endOfMonth)).months.last?.month
        == (try ym("2026-10")))
  }

  @Test func summaryBox() throws {
    var values = [Double?](repeating: 100, count: 53)
    values[52] = 110
    let totals = Totals(mtd: PeriodTotal(cy: 120, py: 100), ytd: PeriodTotal(cy: 5, py: nil))
    let m = F.metric(values, totals: totals)
    let box = SummaryBox(metric: m, analysis: F.analyze(m))
    #expect(box.lastWeek == 110)
    #expect(box.wow.map { abs($0.value - 10) < 1e-9 } == true)
    #expect(box.yoy.map { abs($0.value - 10) < 1e-9 } == true)
    #expect(box.periods.map(\.label) == ["MTD", "QTD", "YTD"])
    #expect(box.periods[0].current == 120 && box.periods[0].yoy.map { abs($0.value - 20) < 1e-9 } == true)
    #expect(box.periods[1].current == nil && box.periods[1].yoy == nil)
    #expect(box.periods[2].current == 5 && box.periods[2].yoy == nil)
  }
}
