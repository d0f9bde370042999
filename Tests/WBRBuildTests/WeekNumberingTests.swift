import Testing
import WBRModel

@testable import WBRBuild

@Suite struct WeekNumberingTests {
  @Test func isoWeeksFromDates() throws {
    #expect(WeekNumbering.isoWeek(of: try #require(Day(iso: "2021-09-25"))) == 38)
    #expect(WeekNumbering.isoWeek(of: try #require(Day(iso: "2021-01-02"))) == 53)  // ISO 2020 has 53 weeks
    #expect(WeekNumbering.isoWeek(of: try #require(Day(iso: "2022-04-30"))) == 17)
  }

  /// Our default numbering is the one the meeting screen labels weeks with, for every
  /// year-end month and every week of two years (so December weeks of non-December years too).
  @Test(arguments: 1...12)
  func agreesWithTheDeckCalendar(_ yearEnd: Int) throws {
    let periods = FiscalPeriods(yearEndMonth: yearEnd)
    let calendar = FiscalCalendar(yearEndMonth: yearEnd)
    let numbering = WeekNumbering.standard(yearEndMonth: yearEnd)
    var d = try #require(Day(iso: "2023-01-07"))
    for _ in 0..<104 {
      #expect(numbering.number(weekEnding: d, calendar: periods) == calendar.weekNumber(of: d))
      let n = numbering.number(weekEnding: d, calendar: periods)
      #expect((1...53).contains(n))
      d = d.adding(days: 7)
    }
  }

  @Test(arguments: 1...12)
  func fiscalPeriodsHoldTheDay(_ yearEnd: Int) throws {
    let p = FiscalPeriods(yearEndMonth: yearEnd)
    var d = try #require(Day(iso: "2023-11-01"))
    for _ in 0..<90 {  // November and December, where the WBR App crashes
      let q = p.quarterStart(d)
      let y = p.yearStart(d)
      #expect(y <= q && q <= d)
      #expect(q.civil.day == 1 && y.civil.month == p.startMonth)
      #expect(d.ordinal - q.ordinal < 92 && d.ordinal - y.ordinal < 366)
      d = d.adding(days: 1)
    }
  }
}
