import Testing
import WBRModel

@Suite struct AnalysisFiscalCalendarTests {
  func day(_ s: String) throws -> Day { try #require(Day(iso: s)) }

  @Test func calendarYearUsesISOWeeks() throws {
    let cal = FiscalCalendar()
    #expect(cal.weekNumber(of: try day("2021-09-25")) == 38)  // as the WBR App's sample
    #expect(cal.weekNumber(of: try day("2021-01-09")) == 1)
    #expect(cal.weekNumber(of: try day("2021-01-02")) == 53)  // ISO 2020-W53
    #expect(cal.weekNumber(of: try day("2020-12-26")) == 52)
    #expect(cal.weekNumber(of: try day("2024-12-31")) == 1)  // ISO 2025-W01
    #expect(cal.weekLabel(try day("2026-11-21")) == "wk 47")
    #expect(cal.quarterLabel(try day("2026-11-21")) == "Q4 FY2026")
    #expect(cal.quarter(of: try day("2026-01-01")) == 1)
    #expect(cal.yearStart(of: try day("2026-11-21")) == (try day("2026-01-01")))
  }

  @Test func yearEndingInJanuary() throws {
    let cal = FiscalCalendar(yearEndMonth: 1)
    let w = try day("2026-11-21")
    #expect(cal.yearStart(of: w) == (try day("2026-02-01")))
    #expect(cal.fiscalYear(of: w) == 2027 && cal.yearLabel(w) == "FY2027")
    #expect(cal.quarter(of: w) == 4)
    #expect(cal.weekNumber(of: w) == 42)  // 293 days after 1 Feb
    #expect(cal.weekNumber(of: try day("2026-02-01")) == 1)
    #expect(cal.weekNumber(of: try day("2026-02-07")) == 1)
    #expect(cal.weekNumber(of: try day("2026-02-08")) == 2)
    #expect(cal.weekNumber(of: try day("2026-01-31")) == 53)  // last week of FY2026
    #expect(cal.fiscalYear(of: try day("2026-01-31")) == 2026)
    #expect(cal.quarterLabel(try day("2026-04-30")) == "Q1 FY2027")
  }

  @Test func yearEndingInJune() throws {
    let cal = FiscalCalendar(yearEndMonth: 6)
    #expect(cal.quarterLabel(try day("2026-09-30")) == "Q1 FY2027")
    #expect(cal.quarterLabel(try day("2026-06-30")) == "Q4 FY2026")
    #expect(cal.fiscalMonth(of: try #require(YearMonth(iso: "2026-07"))) == 1)
    #expect(cal.fiscalYear(of: try #require(YearMonth(iso: "2026-12"))) == 2027)
    #expect(FiscalCalendar(yearEndMonth: 13) == FiscalCalendar(yearEndMonth: 12))
  }

  @Test func isoWeeksFromDates() throws {
    #expect(FiscalCalendar.isoWeek(of: try day("2021-09-25")) == 38)
    #expect(FiscalCalendar.isoWeek(of: try day("2021-01-02")) == 53)  // ISO 2020 has 53 weeks
    #expect(FiscalCalendar.isoWeek(of: try day("2022-04-30")) == 17)
  }

  /// The boundaries `wbr build` totals by hold the day, for every year-end month, in November
  /// and December (where the WBR App crashes).
  @Test(arguments: 1...12)
  func periodsHoldTheDay(_ yearEnd: Int) throws {
    let cal = FiscalCalendar(yearEndMonth: yearEnd)
    var d = try day("2023-11-01")
    for _ in 0..<90 {
      let m = cal.monthStart(of: d)
      let q = cal.quarterStart(of: d)
      let y = cal.yearStart(of: d)
      #expect(y <= q && q <= m && m <= d)
      #expect(m.civil.day == 1 && q.civil.day == 1 && y.civil.month == cal.startMonth)
      #expect((cal.fiscalMonth(of: q.yearMonth) - 1) % 3 == 0)
      #expect(d.ordinal - q.ordinal < 92 && d.ordinal - y.ordinal < 366)
      #expect(cal.yearEnd(of: d) == y.yearMonth.adding(months: 11))
      #expect(cal.yearEnd(of: d).month == cal.yearEndMonth)
      d = d.adding(days: 1)
    }
  }

  @Test func monthsAndYearsBefore() throws {
    #expect(FiscalCalendar.oneYearBefore(try day("2024-02-29")) == (try day("2023-02-28")))
    #expect(FiscalCalendar.oneYearBefore(try day("2026-11-21")) == (try day("2025-11-21")))
    let november = try #require(YearMonth(iso: "2026-11"))
    #expect(FiscalCalendar.firstDay(of: november) == (try day("2026-11-01")))
    #expect(FiscalCalendar.lastDay(of: november) == (try day("2026-11-30")))
    #expect(FiscalCalendar.lastEndedMonth(onOrBefore: try day("2026-11-30")) == november)
    #expect(FiscalCalendar.lastEndedMonth(onOrBefore: try day("2026-11-29")) == november.adding(months: -1))
  }
}
