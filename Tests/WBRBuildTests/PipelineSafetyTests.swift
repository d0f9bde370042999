import Foundation
import Testing
import WBRBuild
import WBRModel

/// The messes a pipeline produces never become silent wrong numbers (issue #20): each is an
/// error with its line, or a warning with its code that is also recorded in the deck.
@Suite struct PipelineSafetyTests {
  static let sales = "  Sales:\n    column: Sales\n    aggf: sum\n"

  func fixture(_ csv: String, weekEnding: String = "09-MAR-2024", metrics: String = sales, setup: String = "")
    throws -> BuildFixture
  {
    try BuildFixture(
      config: BuildFixture.config(weekEnding: weekEnding, metrics: metrics, extraSetup: setup), csv: csv)
  }

  /// 2024-02-01 … 2024-03-09 (38 days), Sales = 1, dates as `format` writes them.
  func days(_ n: Int = 38, from: String = "2024-02-01", _ format: (Day) -> String = { $0.description })
    -> [Day]
  {
    guard let start = Day(iso: from) else { return [] }
    return (0..<n).map { start.adding(days: $0) }
  }

  func csv(_ days: [Day], header: String = "Date,Sales", _ row: (Day) -> String) -> String {
    header + "\n" + days.map(row).joined(separator: "\n") + "\n"
  }

  // MARK: dates

  @Test func dayFirstDatesAreReadDayFirst() throws {
    let text = csv(days()) { d in String(format: "%02d/%02d/%d,1", d.civil.day, d.civil.month, d.civil.year) }
    let (deck, _) = try fixture(text).build()
    let last = try #require(deck.metrics.first?.weekly.last)
    #expect(last.weekEnding.description == "2024-03-09" && last.value == 7 && last.days == nil)
  }

  @Test func monthFirstDatesStayMonthFirst() throws {
    let text = csv(days()) { d in "\(d.civil.month)/\(d.civil.day)/\(d.civil.year),1" }
    let (deck, _) = try fixture(text).build()
    #expect(deck.metrics.first?.weekly.last?.value == 7)
  }

  @Test func mixedOrdersAreRefusedWithBothLines() throws {
    var lines = days().map { d in String(format: "%02d/%02d/%d,1", d.civil.day, d.civil.month, d.civil.year) }
    lines[30] = "02/28/2024,1"  // month first, among day-first dates
    let e = try #require(try fixture("Date,Sales\n" + lines.joined(separator: "\n") + "\n").refusal())
    #expect(e.diagnostics.map(\.code) == [.csvDateOrder])
    let m = e.diagnostics[0].message
    #expect(
      m.contains("day first on line 14 ('13/02/2024')") && m.contains("month first on line 32 ('02/28/2024')")
    )
    #expect(m.contains("--date-format"))
  }

  @Test func anAmbiguousColumnIsRefusedUnlessTheOrderIsGiven() throws {
    // 1–12 January: every date reads both ways.
    let text = csv(days(12, from: "2024-01-01")) { d in
      String(format: "%02d/%02d/%d,1", d.civil.day, d.civil.month, d.civil.year)
    }
    let f = try fixture(text, weekEnding: "06-JAN-2024")
    let e = try #require(f.refusal())
    #expect(e.diagnostics.map(\.code) == [.csvDateOrder])
    #expect(e.diagnostics[0].line == 2 && e.diagnostics[0].message.contains("--date-format mdy"))
    let (deck, _) = try f.build(BuildOptions(dateOrder: .dmy))
    #expect(deck.metrics.first?.weekly.last?.value == 6)
  }

  // MARK: duplicates

  /// A day loaded twice with an audit column that differs between the loads is a duplicate:
  /// the column is named, the day recorded in the deck and the week marked.
  @Test func anAuditColumnDoesNotHideADayLoadedTwice() throws {
    var text = csv(days(), header: "Date,Sales,loaded_at") { "\($0),1,2024-03-10T06:00" }
    text += "2024-03-08,1,2024-03-11T06:00\n"
    let (deck, warnings) = try fixture(text).build()
    #expect(deck.metrics.first?.weekly.last?.value == 8)
    let w = try #require(warnings.first { $0.code == .csvDuplicateRows })
    #expect(w.line == 40 && w.message.contains("'loaded_at', which no metric or filter reads"))
    #expect(deck.dataQuality?.duplicateDays.map(\.description) == ["2024-03-08"])
    let analysis = DeckAnalyzer.analyze(deck)
    #expect(analysis.metrics[0].quality.contains(.duplicate))
  }

  /// Rows told apart by a column a filter reads are long format, not duplicates.
  @Test func filterDimensionsTellRowsApart() throws {
    let metrics = """
        US:
          filter:
            base_column: Sales
            query: "Country == 'US'"
          aggf: sum

      """
    let text = csv(days(), header: "Date,Sales,Country") { "\($0),1,US\n\($0),2,UK" }
    let (deck, warnings) = try fixture(text, metrics: metrics).build()
    #expect(deck.metrics.first?.weekly.last?.value == 7)
    #expect(!warnings.contains { $0.code == .csvDuplicateRows } && deck.dataQuality == nil)
  }

  // MARK: the week under review

  @Test func aPartialWeekIsRecordedAndWarnedWithItsCode() throws {
    let text = csv(days().filter { !["2024-03-08", "2024-03-09"].contains($0.description) }) { "\($0),1" }
    let (deck, warnings) = try fixture(text).build()
    #expect(deck.dataQuality?.missingDays.map(\.description) == ["2024-03-08", "2024-03-09"])
    let w = try #require(warnings.first { $0.code == .buildPartialWeek })
    #expect(
      w.message.contains("no row for 2024-03-08, 2024-03-09") && w.message.contains("Sales 5 of 7 days"))
    #expect(DeckAnalyzer.analyze(deck).metrics[0].quality.contains(.partial))
  }

  @Test func aCompleteWeekAfterTheWeekEndingIsAStaleConfig() throws {
    let text = csv(days()) { "\($0),1" }
    let (deck, warnings) = try fixture(text, weekEnding: "02-MAR-2024").build()
    let w = try #require(warnings.first { $0.code == .buildStaleWeekEnding })
    #expect(
      w.line == 2 && w.message.contains("ending 2024-03-09") && w.message.contains("--week-ending latest"))
    #expect(deck.dataQuality?.latestCompleteWeek?.description == "2024-03-09")
    #expect(deck.dataQuality?.rowsAfterWeekEnding == 7)
    // Six days after W are not a complete week: only the rows-after warning.
    let (_, fewer) = try fixture(csv(days(37)) { "\($0),1" }, weekEnding: "02-MAR-2024").build()
    #expect(!fewer.contains { $0.code == .buildStaleWeekEnding })
  }

  @Test func weekEndingOptionAndLatest() throws {
    // Data to Friday 2024-03-08; the config's Saturday weeks: latest is 2024-03-02.
    let f = try fixture(csv(days(37)) { "\($0),1" }, weekEnding: "24-FEB-2024")
    let (latest, _) = try f.build(BuildOptions(weekEnding: .latest))
    #expect(latest.weekEnding.description == "2024-03-02")
    let (given, warnings) = try f.build(BuildOptions(weekEnding: .day(try #require(Day(iso: "2024-03-09")))))
    #expect(given.weekEnding.description == "2024-03-09")
    #expect(!warnings.contains { $0.code == .configWeekNumber })
    // Rows all blank after 2024-02-20 have no data: latest falls back to 2024-02-17.
    let blank = csv(days()) { "\($0),\($0.description > "2024-02-20" ? "" : "1")" }
    let (b, _) = try fixture(blank).build(BuildOptions(weekEnding: .latest))
    #expect(b.weekEnding.description == "2024-02-17")
  }

  @Test func noCompleteWeekForLatestIsAnError() throws {
    let text = csv(days(10).filter { $0.civil.day % 3 != 0 }) { "\($0),1" }
    let e = try #require(try fixture(text).refusal(BuildOptions(weekEnding: .latest)))
    #expect(e.diagnostics.first?.code == .buildNoCompleteWeek)
  }

  @Test func asOfOverridesTheConfig() throws {
    let (deck, _) = try fixture(csv(days()) { "\($0),1" }).build(BuildOptions(asOf: "2024-03-10T07:00:00Z"))
    #expect(deck.asOf == "2024-03-10T07:00:00Z")
  }

  // MARK: numbers past the largest double

  /// Sums that overflow to infinity are an error, not a missing value (issue #14).
  @Test func anOverflowingSumIsRefused() throws {
    let text = csv(days()) { "\($0),\($0.description == "2024-03-08" ? "1.7e308" : "1e308")" }
    let e = try #require(try fixture(text).refusal())
    #expect(e.diagnostics.contains { $0.code == .buildOverflow && $0.message.contains("metric 'Sales'") })
    let huge = csv(days()) { "\($0),\($0.description == "2024-03-08" ? "1e400" : "1")" }
    let h = try #require(try fixture(huge).refusal())
    #expect(h.diagnostics.map(\.code) == [.csvNumberRange] && h.diagnostics[0].line == 38)
  }

  // MARK: fiscal_year_end_month

  @Test(arguments: ["Octopus", "DECADE", "[1, 2]", "{a: 1}", "13", "Ju"])
  func aMonthThatIsNotOneIsRefused(_ text: String) throws {
    let f = try fixture(csv(days()) { "\($0),1" }, setup: "  fiscal_year_end_month: \(text)\n")
    let e = try #require(f.refusal())
    #expect(e.diagnostics.map(\.code).contains(.configFiscalYearEndMonth))
  }

  @Test(arguments: [("OCT", 10), ("october", 10), ("Sept", 9), ("6", 6), ("Dec", 12)])
  func aMonthIsReadWhole(_ text: String, _ month: Int) throws {
    let f = try fixture(csv(days()) { "\($0),1" }, setup: "  fiscal_year_end_month: \(text)\n")
    #expect(try f.build().0.fiscalYearEndMonth == month)
  }
}
