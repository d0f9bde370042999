import Testing
import WBRModel

@Suite struct AnalysisComparisonTests {
  typealias F = AnalysisFixture

  @Test func changeArithmetic() throws {
    let pct = try #require(ChangeCalculator.change(from: 200, to: 230, unit: .pct))
    #expect(abs(pct.value - 15) < 1e-12 && pct.unit == .pct)
    let bps = try #require(ChangeCalculator.change(from: 0.0234, to: 0.0269, unit: .bps))
    #expect(abs(bps.value - 35) < 1e-9 && bps.unit == .bps)
    // P = 0: pct not available, bps fine.
    #expect(ChangeCalculator.change(from: 0, to: 5, unit: .pct) == nil)
    #expect(ChangeCalculator.change(from: 0, to: 0.01, unit: .bps)?.value == 100)
    // Negative P: |P| keeps the sign meaningful (a loss shrinking is up).
    #expect(ChangeCalculator.change(from: -100, to: -50, unit: .pct)?.value == 50)
    #expect(ChangeCalculator.change(from: -100, to: -150, unit: .pct)?.value == -50)
    #expect(ChangeCalculator.change(from: nil, to: 5, unit: .pct) == nil)
    #expect(ChangeCalculator.change(from: 5, to: nil, unit: .bps) == nil)
    // Not finite.
    #expect(ChangeCalculator.change(from: .leastNonzeroMagnitude, to: 1e300, unit: .pct) == nil)
  }

  @Test func weekComparisons() {
    var values = [Double?](repeating: 50, count: 53)
    values[0] = 80  // W − 364
    values[51] = 100  // W − 7
    values[52] = 110  // W
    let a = F.analyze(F.metric(values, target: 100))
    #expect(a.current == 110 && a.previous == 100 && a.priorYear == 80 && a.target == 100)
    #expect(a.wow.map { abs($0.value - 10) < 1e-9 } == true)
    #expect(a.yoy.map { abs($0.value - 37.5) < 1e-9 } == true)
    #expect(a.vsTarget.map { abs($0.value - 10) < 1e-9 } == true)
    #expect(!a.quality.contains(.short))
  }

  @Test func missingOtherWeekIsNotAvailable() {
    let a = F.analyze(F.metric([nil, 110]))
    #expect(a.wow == nil && a.yoy == nil && a.vsTarget == nil)
    #expect(a.quality.contains(.short))
  }

  @Test func zeroPriorForPctAndBps() {
    let pct = F.analyze(F.metric([0, 5]))
    #expect(pct.wow == nil)
    let bps = F.analyze(F.metric([0, 0.05], comparison: .bps))
    #expect(bps.wow.map { abs($0.value - 500) < 1e-9 } == true)
  }

  @Test func yoyIs364DaysBackAcrossA53WeekYear() throws {
    // 2020 has 53 ISO weeks. W = 2021-01-09 (ISO 2021-W01). 364 days back is 2020-01-11
    // (ISO 2020-W02), not 2020-01-04 (the same week number).
    let w = try #require(Day(iso: "2021-01-09"))
    var values = [Double?](repeating: 1, count: 54)
    values[0] = 7  // W − 371 = 2020-01-04
    values[1] = 10  // W − 364 = 2020-01-11
    values[53] = 12
    let metric = F.metric(values, weekEnding: w)
    #expect(metric.weekly[1].weekEnding.description == "2020-01-11")
    let a = F.analyze(metric)
    #expect(a.priorYear == 10)
    #expect(a.yoy.map { abs($0.value - 20) < 1e-9 } == true)
  }

  @Test func monthAndPeriodToDate() throws {
    let monthly = [
      MonthlyPoint(month: try #require(YearMonth(iso: "2025-09")), value: 100),
      MonthlyPoint(month: try #require(YearMonth(iso: "2025-10")), value: 200),
      MonthlyPoint(month: try #require(YearMonth(iso: "2026-09")), value: 130),
      MonthlyPoint(month: try #require(YearMonth(iso: "2026-10")), value: 150),
    ]
    let totals = Totals(
      mtd: PeriodTotal(cy: 110, py: 100), qtd: PeriodTotal(cy: 5, py: 0), ytd: PeriodTotal(cy: nil, py: 3))
    let a = F.analyze(F.metric([1, 2], monthly: monthly, totals: totals))
    #expect(a.latestMonth?.description == "2026-10")
    #expect(a.latestMonthValue == 150 && a.latestMonthPriorYear == 200)
    #expect(a.monthYoY?.value == -25)
    #expect(a.mtdYoY.map { abs($0.value - 10) < 1e-9 } == true)
    #expect(a.qtdYoY == nil)  // py = 0, pct
    #expect(a.ytdYoY == nil)  // cy missing
    // A missing latest month is missing: no fallback to an older month.
    let withGap = monthly + [MonthlyPoint(month: try #require(YearMonth(iso: "2026-11")), value: nil)]
    let b = F.analyze(F.metric([1, 2], monthly: withGap))
    #expect(b.latestMonth?.description == "2026-11")
    #expect(b.latestMonthValue == nil && b.monthYoY == nil)
  }

  @Test func monthlySeriesTooShortForItsYoYIsShort() throws {
    // analysis.md: data.short is "too little history for a comparison", the monthly YoY too.
    let long = [Double?](repeating: 5, count: 60)
    func months(_ isos: [(String, Double?)]) throws -> [MonthlyPoint] {
      try isos.map { MonthlyPoint(month: try #require(YearMonth(iso: $0.0)), value: $0.1) }
    }
    let reaches = try months([("2025-10", 1), ("2026-10", 2)])
    #expect(!F.analyze(F.metric(long, monthly: reaches)).quality.contains(.short))
    let short = try months([("2025-11", 1), ("2026-10", 2)])
    #expect(F.analyze(F.metric(long, monthly: short)).quality == [.short])
    let allMissingBefore = try months([("2025-09", nil), ("2025-10", nil), ("2026-10", 2)])
    #expect(F.analyze(F.metric(long, monthly: allMissingBefore)).quality == [.short])
    // No monthly series: no monthly comparison to make, so not short.
    #expect(F.analyze(F.metric(long)).quality.isEmpty)
  }

  @Test func sparklines() {
    var values: [Double?] = (1...64).map { Double($0) }
    values[61] = nil  // W − 14
    let a = F.analyze(F.metric(values))
    #expect(a.wowSparkline == [59, 60, 61, nil, 63, 64])
    #expect(a.yoySparkline.count == 12)
    // Oldest entry: week W − 77 (value 53) against W − 441 (value 1).
    #expect(a.yoySparkline.first.flatMap { $0 }.map { abs($0 - 5200) < 1e-9 } == true)
    #expect(a.yoySparkline[9] == nil)  // W − 14 is missing
    #expect(a.yoySparkline.last.flatMap { $0 }.map { abs($0 - (64.0 - 12) / 12 * 100) < 1e-9 } == true)
    let short = F.analyze(F.metric([3, 4]))
    #expect(short.wowSparkline == [nil, nil, nil, nil, 3, 4])
    #expect(short.yoySparkline == [Double?](repeating: nil, count: 12))
  }

  @Test func everyValueMissing() {
    let a = F.analyze(F.metric([nil, nil, nil], target: 5, limits: .limits(centre: 1, mrBar: 1)))
    #expect(a.current == nil && a.wow == nil && a.vsTarget == nil)
    #expect(a.signals.isEmpty)
    #expect(a.quality == [.missing, .short])
    #expect(a.wowSparkline.allSatisfy { $0 == nil })
  }

  @Test func missingCurrentWeekHasNoSignals() {
    let a = F.analyze(F.metric(Array(F.workedExample.dropLast()) + [nil], dropped: 2))
    #expect(a.signals.isEmpty)
    #expect(a.xmr != nil)
    #expect(a.quality.contains(.missing) && a.quality.contains(.series))
  }
}
