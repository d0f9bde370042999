import Testing
import WBRModel

/// `days` on a point marks a partial period (written by `wbr build`): read, checked, and not
/// an unknown key.
@Suite struct ReaderDaysTests {
  @Test func daysIsReadWithoutAWarning() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [{ "week_ending": "2026-11-14", "value": 10 }, { "week_ending": "2026-11-21", "value": 12, "days": 3 }],
        "monthly": [{ "month": "2026-10", "value": 40 }, { "month": "2026-11", "value": 30, "days": 21 }]
      """
    let result = loadDeck(deckText(metric: metric))
    let metricRead = try #require(result.loaded?.deck.metrics.first)
    #expect(metricRead.weekly.map(\.days) == [nil, 3])
    #expect(metricRead.monthly.map(\.days) == [nil, 21])
    #expect(!result.lines.contains { $0.contains("unknown key") })
  }

  @Test(arguments: [
    ("0", "the number 0"), ("7", "the number 7"), ("2.5", "the number 2.5"), ("\"3\"", "a string \"3\""),
  ])
  func weeklyDaysOutsideOneToSixIsRefused(days: String, found: String) throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [{ "week_ending": "2026-11-21", "value": 12, "days": \(days) }]
      """
    let error = try #require(loadDeck(deckText(metric: metric)).refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:7:66: error: [json.type] metrics[0].weekly[0].days: expected a whole number from 1 to 6, found \(found)"
      ])
  }

  @Test func monthlyDaysIsAtMostThirty() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output", "weekly": \(weeklyPoints(53)),
        "monthly": [{ "month": "2026-11", "value": 30, "days": 31 }]
      """
    let error = try #require(loadDeck(deckText(metric: metric)).refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:7:58: error: [json.type] metrics[0].monthly[0].days: expected a whole number from 1 to 30, found the number 31"
      ])
  }

  /// A partial week under review is the one thing a reader must say about `days`: the week's
  /// sums are of fewer days (issue #20); older partial points are read silently.
  @Test func aWrittenDeckWithPartialPeriodsReadsBackWarningOnlyOfThePartialWeek() throws {
    let w = try #require(Day(iso: "2026-11-21"))
    let weekly = (0..<53).map { k in
      WeeklyPoint(weekEnding: w.adding(days: -7 * (52 - k)), value: Double(k), days: k == 52 ? 4 : nil)
    }
    let monthly = (0..<13).map { k in
      MonthlyPoint(
        month: YearMonth(year: 2025, month: 11).adding(months: k), value: 1, days: k == 12 ? 20 : nil)
    }
    let deck = Deck(
      title: "T", weekEnding: w,
      metrics: [Metric(id: "m", name: "M", kind: .output, weekly: weekly, monthly: monthly)])
    let result = DeckReader.read(bytes: DeckWriter.write(deck), file: "built.json")
    #expect(
      result.diagnostics.map(\.description) == [
        "built.json:5:18: warning: [build.partial-week] week_ending: the week ending 2026-11-21 is partial: "
          + "1 metric has fewer than 7 days (m 4 of 7 days); signals of a drop on it are marked data.partial, "
          + "not anomalies"
      ])
    #expect(result.value?.metrics.first?.weekly == weekly)
    #expect(result.value?.metrics.first?.monthly == monthly)
  }
}
