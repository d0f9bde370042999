import Foundation
import Testing
import WBRBuild
import WBRModel

/// Bad input is refused (exit 65) with the file, the line and what was expected.
@Suite struct BadInputTests {
  let csv = "Date,Sales\n" + BuildFixture.rows(from: "2024-01-01", days: 60) { "\($0 + 1)" }

  @Test func unknownColumnNamesTheYAMLLine() throws {
    let f = try BuildFixture(
      config: BuildFixture.config(
        weekEnding: "24-FEB-2024", metrics: "  Sales:\n    column: Sale\n    aggf: sum\n"), csv: csv)
    let e = try #require(f.refusal())
    #expect(e.exitStatus == 65)
    let d = try #require(e.diagnostics.first)
    #expect(d.file == f.configPath && d.line == 6)
    #expect(d.message.contains("'Sale'") && d.message.contains("did you mean 'Sales'"))
  }

  @Test func metricWithNeitherColumnNorFunction() throws {
    let f = try BuildFixture(
      config: BuildFixture.config(weekEnding: "24-FEB-2024", metrics: "  Sales:\n    aggf: sum\n"), csv: csv)
    let d = try #require(f.refusal()?.diagnostics.first)
    #expect(d.line == 5 && d.message.contains("expected a column (with aggf), a filter or a function"))
  }

  @Test func unparsableDateNamesTheCSVLine() throws {
    let bad = csv.replacingOccurrences(of: "2024-01-05,5", with: "2024-13-05,5")
    let f = try BuildFixture(
      config: BuildFixture.config(
        weekEnding: "24-FEB-2024", metrics: "  Sales:\n    column: Sales\n    aggf: sum\n"),
      csv: bad)
    let e = try #require(f.refusal())
    #expect(e.exitStatus == 65)
    let d = try #require(e.diagnostics.first)
    #expect(d.file == f.dataPath && d.line == 6 && d.message.contains("found '2024-13-05'"))
  }

  @Test func unparsableNumberNamesTheRowAndColumn() throws {
    let bad = csv.replacingOccurrences(of: "2024-01-10,10", with: "2024-01-10,ten")
    let f = try BuildFixture(
      config: BuildFixture.config(
        weekEnding: "24-FEB-2024", metrics: "  Sales:\n    column: Sales\n    aggf: sum\n"),
      csv: bad)
    let d = try #require(f.refusal()?.diagnostics.first)
    #expect(d.file == f.dataPath && d.line == 11)
    #expect(d.message == "column 'Sales': expected a number, found 'ten'")
  }

  @Test func weekEndingOutsideTheData() throws {
    let f = try BuildFixture(
      config: BuildFixture.config(
        weekEnding: "25-MAY-2024", metrics: "  Sales:\n    column: Sales\n    aggf: sum\n"),
      csv: csv)
    let d = try #require(f.refusal()?.diagnostics.first)
    #expect(d.file == f.configPath && d.line == 2)
    #expect(d.message.contains("outside the data") && d.message.contains("2024-01-01 to 2024-02-29"))
  }

  @Test func functionCycleIsNamed() throws {
    let metrics = """
        A:
          function:
            divide:
              - metric:
                  name: B
              - metric:
                  name: Sales
        B:
          function:
            sum:
              - metric:
                  name: A
              - metric:
                  name: Sales
        Sales:
          column: Sales
          aggf: sum

      """
    let f = try BuildFixture(
      config: BuildFixture.config(weekEnding: "24-FEB-2024", metrics: metrics), csv: csv)
    let d = try #require(f.refusal()?.diagnostics.first)
    #expect(d.message.contains("A → B → A"))
  }

  @Test func badYAMLHasALine() throws {
    let f = try BuildFixture(config: "setup:\n  week_ending: [\nmetrics: {}\n", csv: csv)
    let d = try #require(f.refusal()?.diagnostics.first)
    #expect(d.line > 0 && d.message.hasPrefix("expected valid YAML"))
  }

  @Test func unknownDeckMetric() throws {
    let config =
      BuildFixture.config(
        weekEnding: "24-FEB-2024", metrics: "  Sales:\n    column: Sales\n    aggf: sum\n")
      + "deck:\n  - block:\n      ui_type: 6_12Graph\n      title: X\n      metrics:\n        Salez:\n          line_style: primary\n"
    let f = try BuildFixture(config: config, csv: csv)
    let d = try #require(f.refusal()?.diagnostics.first)
    #expect(d.line == 13 && d.message.contains("found 'Salez'"))
  }
}
