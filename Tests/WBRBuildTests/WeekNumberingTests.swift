import Testing
import WBRModel

@testable import WBRBuild

/// `setup.week_numbering` on top of WBRModel's `FiscalCalendar` (its own tests are in
/// WBRModelTests/AnalysisFiscalCalendarTests).
@Suite struct WeekNumberingTests {
  /// Our default numbering is the one the meeting screen labels weeks with, for every
  /// year-end month and every week of two years (so December weeks of non-December years too).
  @Test(arguments: 1...12)
  func agreesWithTheDeckCalendar(_ yearEnd: Int) throws {
    let calendar = FiscalCalendar(yearEndMonth: yearEnd)
    let numbering = WeekNumbering.standard(yearEndMonth: yearEnd)
    var d = try #require(Day(iso: "2023-01-07"))
    for _ in 0..<104 {
      let n = numbering.number(weekEnding: d, calendar: calendar)
      #expect(n == calendar.weekNumber(of: d))
      #expect((1...53).contains(n))
      d = d.adding(days: 7)
    }
  }

  /// Either numbering can be asked for in any fiscal year.
  @Test func isoOrFiscalOnRequest() throws {
    let w = try #require(Day(iso: "2026-11-21"))
    let calendar = FiscalCalendar(yearEndMonth: 1)
    #expect(WeekNumbering.iso.number(weekEnding: w, calendar: calendar) == 47)
    #expect(WeekNumbering.fiscal.number(weekEnding: w, calendar: calendar) == 42)
    #expect(WeekNumbering.fiscal.number(weekEnding: w, calendar: FiscalCalendar()) == 47)
  }
}
