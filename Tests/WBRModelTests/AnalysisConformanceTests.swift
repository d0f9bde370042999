import Testing
import WBRModel

/// The WBR App's golden vectors (Tests/Fixtures/wbr-app/unit_test_case/scenario_1,
/// testconfig.yml, test case 1) where they concern the numbers computed here: the 6 weeks this
/// year and 364 days earlier, and the summary box's WoW and YoY.
@Suite struct AnalysisConformanceTests {
  let cy: [Double] = [496_725_868, 499_671_126, 464_148_871, 457_477_195, 460_207_741, 470_759_324]
  let py: [Double] = [429_282_793, 439_825_733, 453_443_686, 402_629_589, 383_456_304, 383_306_638]

  @Test func scenarioOneSixWeeksAndBox() throws {
    let w = try #require(Day(iso: "2021-09-25"))
    var points: [WeeklyPoint] = []
    for (i, v) in py.enumerated() {
      points.append(WeeklyPoint(weekEnding: w.adding(days: -364 - 7 * (5 - i)), value: v))
    }
    for (i, v) in cy.enumerated() {
      points.append(WeeklyPoint(weekEnding: w.adding(days: -7 * (5 - i)), value: v))
    }
    let metric = Metric(id: "PageViews", name: "Page views", kind: .output, weekly: points)
    let deck = Deck(title: "WBR App scenario 1", weekEnding: w, metrics: [metric])
    let analysis = DeckAnalyzer.analyze(deck).metrics[0]
    let chart = SixTwelve(metric: metric, in: deck)
    #expect(chart.weeks.map(\.current) == cy)
    #expect(chart.weeks.map(\.priorYear) == py)
    #expect(chart.weeks.map(\.weekNumber) == [33, 34, 35, 36, 37, 38])
    let box = SummaryBox(metric: metric, analysis: analysis)
    #expect(box.lastWeek == 470_759_324)
    #expect(box.wow.map { abs($0.value - 2.29278694379893) < 1e-9 } == true)
    #expect(box.yoy.map { abs($0.value - 22.81533303) < 1e-7 } == true)
    #expect(ChangeFormat.format(box.wow) == "+2.3%" && ChangeFormat.format(box.yoy) == "+22.8%")
  }
}
