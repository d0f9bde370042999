import Testing
import WBRModel

@testable import WBRApp

/// The deck row on a partial or doubled week: the mark is drawn, and signals it may explain
/// lose their "!" (they are not anomalies), so the meeting does not read a short week as news.
@Suite struct DeckBadgeQualityTests {
  func analysis(_ current: Double, days: Int?) -> MetricAnalysis {
    let w = Day(year: 2026, month: 11, day: 21) ?? Day(ordinal: 0)
    let values: [Double] = [120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, current]
    var weekly = values.enumerated().map { i, v in
      WeeklyPoint(weekEnding: w.adding(days: -7 * (values.count - 1 - i)), value: v)
    }
    weekly[weekly.count - 1].days = days
    let deck = Deck(
      title: "T", weekEnding: w, metrics: [Metric(id: "m", name: "M", kind: .output, weekly: weekly)])
    return DeckAnalyzer.analyze(deck).metrics[0]
  }

  @Test func aDropOnAPartialWeekIsDotsWithoutBang() {
    let a = analysis(90, days: 5)
    let (badge, role) = DeckBadge.signal(a, ascii: true)
    #expect(badge == " ***" && role == .warn)
    #expect(DeckBadge.quality(a.quality).contains("~"))
  }

  @Test func aRiseOnAPartialWeekKeepsItsBadge() {
    let a = analysis(158, days: 5)
    #expect(DeckBadge.signal(a, ascii: true).0 == "+***")
  }

  @Test func theHelpLegendNamesTheNewMarks() {
    let legend = DeckBadge.legend(ascii: true).map(\.keys)
    #expect(legend.contains("~") && legend.contains("="))
  }
}
