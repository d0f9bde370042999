import Foundation
import Testing
import WBRBuild
import WBRModel

/// Where the WBR App silently misleads, `wbr build` says so.
@Suite struct HonestNumbersTests {
  static let sales = "  Sales:\n    column: Sales\n    aggf: sum\n"

  /// 2024-02-01 … 2024-03-09 with Sales = 1 a day, except what `edit` changes.
  func fixture(
    _ weekEnding: String = "09-MAR-2024", metrics: String = sales, edit: (inout [String]) -> Void = { _ in }
  )
    throws -> BuildFixture
  {
    var lines = BuildFixture.rows(from: "2024-02-01", days: 38) { _ in "1" }.split(separator: "\n").map(
      String.init)
    edit(&lines)
    return try BuildFixture(
      config: BuildFixture.config(weekEnding: weekEnding, metrics: metrics),
      csv: "Date,Sales\n" + lines.joined(separator: "\n") + "\n")
  }

  @Test func aMissingDayMakesThePartialWeekVisible() throws {
    let f = try fixture { $0.removeAll { $0.hasPrefix("2024-03-06") } }
    let (deck, warnings) = try f.build()
    let m = try #require(deck.metrics.first)
    let last = try #require(m.weekly.last)
    #expect(last.weekEnding.description == "2024-03-09" && last.value == 6 && last.days == 6)
    #expect(m.weekly[m.weekly.count - 2].days == nil)
    #expect(m.annotations.first?.text.contains("2024-03-06") == true)
    #expect(warnings.contains { $0.message.contains("no row") && $0.message.contains("2024-03-06") })
  }

  @Test func aBlankIsMissingNeverZero() throws {
    let metrics = "  Avg:\n    column: Sales\n    aggf: mean\n"
    let f = try fixture(metrics: metrics) { lines in
      lines = lines.map { $0.hasPrefix("2024-03-07") ? "2024-03-07," : $0 }
    }
    let (deck, warnings) = try f.build()
    let last = try #require(deck.metrics.first?.weekly.last)
    #expect(last.value == 1 && last.days == 6)  // mean of six 1s, not 6/7
    #expect(warnings.contains { $0.message.contains("blank cells") && $0.message.contains("2024-03-07") })
  }

  @Test func duplicateRowsAreCombinedAndWarned() throws {
    let f = try fixture { $0.append("2024-03-08,1") }
    let (deck, warnings) = try f.build()
    #expect(deck.metrics.first?.weekly.last?.value == 8)
    #expect(warnings.contains { $0.message.contains("duplicate") && $0.message.contains("2024-03-08") })
  }

  @Test func rowsAfterWeekEndingNeverCount() throws {
    // Data runs to 2024-03-09; W = 2024-03-02: March MTD is 1–2 March only.
    let f = try fixture("02-MAR-2024")
    let (deck, warnings) = try f.build()
    let m = try #require(deck.metrics.first)
    #expect(m.totals.mtd?.cy == 2)
    #expect(m.monthly.last?.month.description == "2024-02")
    #expect(warnings.contains { $0.message.contains("after week_ending") && $0.message.contains("7 row(s)") })
  }

  @Test func longFormatWithFilters() throws {
    let metrics = """
        US:
          filter:
            base_column: Sales
            query: "Country == 'US' and Channel in ['web', 'app']"
          aggf: sum
        NotUS:
          filter:
            base_column: Sales
            query: "Country != 'US'"
          aggf: sum

      """
    var csv = "Date,Country,Channel,Sales\n"
    let start = try #require(Day(iso: "2024-02-25"))
    for i in 0..<14 {
      let d = start.adding(days: i)
      csv += "\(d),US,web,1\n\(d),US,app,2\n\(d),US,store,4\n\(d),UK,web,8\n"
    }
    let f = try BuildFixture(
      config: BuildFixture.config(weekEnding: "09-MAR-2024", metrics: metrics), csv: csv)
    let (deck, warnings) = try f.build()
    #expect(deck.metrics.map(\.weekly.last?.value) == [21, 56])
    #expect(!warnings.contains { $0.message.contains("duplicate") })
  }

  /// Fiscal year ending in November (the WBR App crashes), in a December week.
  @Test func novemberYearEndInDecember() throws {
    let rows = BuildFixture.rows(from: "2022-11-01", days: 420) { _ in "1" }
    let f = try BuildFixture(
      config: BuildFixture.config(
        weekEnding: "16-DEC-2023", metrics: Self.sales, extraSetup: "  fiscal_year_end_month: NOV\n"),
      csv: "Date,Sales\n" + rows + "\n")
    let (deck, _) = try f.build()
    let t = try #require(deck.metrics.first?.totals)
    #expect(deck.fiscalYearEndMonth == 11)
    #expect(t.mtd?.cy == 16 && t.qtd?.cy == 16 && t.ytd?.cy == 16)  // FY and Q1 start 1 December
    #expect(t.ytd?.py == 16)  // 2022-12-01 … 2022-12-16
  }

  @Test(arguments: 1...12)
  func everyYearEndMonthBuilds(_ month: Int) throws {
    let rows = BuildFixture.rows(from: "2022-11-01", days: 430) { _ in "2" }
    let f = try BuildFixture(
      config: BuildFixture.config(
        weekEnding: "30-DEC-2023", metrics: Self.sales, extraSetup: "  fiscal_year_end_month: \(month)\n"),
      csv: "Date,Sales\n" + rows + "\n")
    let (deck, _) = try f.build()
    let t = try #require(deck.metrics.first?.totals)
    let ytdDays = try #require(t.ytd?.cy) / 2
    let qtdDays = try #require(t.qtd?.cy) / 2
    #expect(t.mtd?.cy == 60 && qtdDays >= 30 && qtdDays <= 92 && ytdDays >= qtdDays && ytdDays <= 366)
  }

  @Test func functionMetricsInAnyOrderAreRatiosOfSums() throws {
    let metrics = """
        Rate:
          metric_comparison_method: bps
          function:
            divide:
              - metric:
                  name: Clicks
              - metric:
                  name: Views
        Clicks:
          column: Clicks
          aggf: sum
        Views:
          column: Views
          aggf: sum

      """
    var csv = "Date,Clicks,Views\n"
    let start = try #require(Day(iso: "2024-03-03"))
    for i in 0..<7 { csv += "\(start.adding(days: i)),\(i == 0 ? 7 : 0),\"1,000\"\n" }
    let f = try BuildFixture(
      config: BuildFixture.config(weekEnding: "09-MAR-2024", metrics: metrics), csv: csv)
    let (deck, _) = try f.build()
    let rate = try #require(deck.metrics.first { $0.id == "Rate" })
    #expect(rate.weekly.last?.value == 0.001 && rate.comparison == .bps)
  }
}
