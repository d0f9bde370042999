/// Fiscal weeks, quarters and years, from the deck's `fiscal_year_end_month`: the labels the
/// meeting shows ("wk 47", "Q4 FY2026") and the period boundaries `wbr build` totals by (month,
/// fiscal quarter and fiscal year to date, the prior-year day). The one calendar of the project:
/// plain arithmetic on `Day`, so every one of the twelve year-end months works, in every month.
///
/// Rules (docs/DECISIONS.md "Fiscal calendar"):
/// - The fiscal year starts on the 1st of the month after the year-end month and is named by
///   the calendar year in which it ends (year end January: Feb 2026 – Jan 2027 is FY2027).
/// - Quarters are three-month blocks from the fiscal year's start.
/// - Week numbers: with a calendar year (year end December), the ISO 8601 week of the week's
///   last day, as most calendars print it. Otherwise week 1 is the week (7 days ending on the
///   deck's weekday) that contains the fiscal year's first day, and weeks count on from there
///   (1–53).
public struct FiscalCalendar: Sendable, Equatable {
  /// 1–12; anything else is taken as 12 (the reader refuses such decks anyway).
  public let yearEndMonth: Int

  public init(yearEndMonth: Int = 12) {
    self.yearEndMonth = (1...12).contains(yearEndMonth) ? yearEndMonth : 12
  }

  public init(deck: Deck) { self.init(yearEndMonth: deck.fiscalYearEndMonth) }

  /// The calendar month (1–12) fiscal years start in.
  public var startMonth: Int { yearEndMonth % 12 + 1 }

  /// The fiscal year a day falls in, named by the calendar year it ends in.
  public func fiscalYear(of day: Day) -> Int {
    let c = day.civil
    return c.month > yearEndMonth ? c.year + 1 : c.year
  }

  /// The fiscal year a month falls in.
  public func fiscalYear(of month: YearMonth) -> Int {
    month.month > yearEndMonth ? month.year + 1 : month.year
  }

  /// First day of the fiscal year `day` falls in.
  public func yearStart(of day: Day) -> Day {
    let fy = fiscalYear(of: day)
    let year = yearEndMonth == 12 ? fy : fy - 1
    return Day(year: year, month: startMonth, day: 1) ?? day
  }

  /// First day of the fiscal quarter `day` falls in.
  public func quarterStart(of day: Day) -> Day {
    let month = day.yearMonth
    return FiscalCalendar.firstDay(of: month.adding(months: -((fiscalMonth(of: month) - 1) % 3)))
  }

  /// First day of the calendar month `day` falls in.
  public func monthStart(of day: Day) -> Day { Day(ordinal: day.ordinal - (day.civil.day - 1)) }

  /// The last month of the fiscal year `day` falls in.
  public func yearEnd(of day: Day) -> YearMonth { yearStart(of: day).yearMonth.adding(months: 11) }

  /// 1–12: the month's position in its fiscal year.
  public func fiscalMonth(of month: YearMonth) -> Int { (month.month - startMonth + 12) % 12 + 1 }

  /// 1–4.
  public func quarter(of day: Day) -> Int { (fiscalMonth(of: day.yearMonth) - 1) / 3 + 1 }

  /// The week number of the week ending on `weekEnding` (see the type's rules).
  public func weekNumber(of weekEnding: Day) -> Int {
    yearEndMonth == 12 ? FiscalCalendar.isoWeek(of: weekEnding) : fiscalWeek(of: weekEnding)
  }

  /// Weeks counted from the fiscal year's first day: week 1 ends on days 1–7 of the year,
  /// week 2 on days 8–14, and so on (up to 53).
  public func fiscalWeek(of weekEnding: Day) -> Int {
    (weekEnding.ordinal - yearStart(of: weekEnding).ordinal) / 7 + 1
  }

  /// "wk 47"
  public func weekLabel(_ weekEnding: Day) -> String { "wk \(weekNumber(of: weekEnding))" }

  /// "FY2026"
  public func yearLabel(_ day: Day) -> String { "FY\(fiscalYear(of: day))" }

  /// "Q4 FY2026"
  public func quarterLabel(_ day: Day) -> String { "Q\(quarter(of: day)) " + yearLabel(day) }

  /// ISO 8601 week number (1–53): weeks run Monday to Sunday and belong to the year of their
  /// Thursday (so week 1 holds the year's first Thursday).
  public static func isoWeek(of day: Day) -> Int {
    let thursday = day.adding(days: 4 - day.isoWeekday)
    let jan1 = Day(year: thursday.year, month: 1, day: 1) ?? thursday
    return (thursday.ordinal - jan1.ordinal) / 7 + 1
  }

  /// The same calendar date one year earlier; 29 February becomes 28 February (as dateutil's
  /// `relativedelta(years=1)` does, which is what the WBR App uses for MTD/QTD/YTD).
  public static func oneYearBefore(_ day: Day) -> Day {
    let c = day.civil
    let d = min(c.day, Day.daysIn(year: c.year - 1, month: c.month))
    return Day(year: c.year - 1, month: c.month, day: d) ?? day.adding(days: -365)
  }

  /// First day of a month.
  public static func firstDay(of month: YearMonth) -> Day {
    Day(year: month.year, month: month.month, day: 1) ?? Day(ordinal: 0)
  }

  /// Last day of a month.
  public static func lastDay(of month: YearMonth) -> Day {
    Day(year: month.year, month: month.month, day: Day.daysIn(year: month.year, month: month.month))
      ?? Day(ordinal: 0)
  }

  /// The latest month whose last day is on or before `day`: `day`'s month when `day` is its
  /// last day, else the month before (the WBR App's trailing twelve months end there).
  public static func lastEndedMonth(onOrBefore day: Day) -> YearMonth {
    let month = day.yearMonth
    return lastDay(of: month) == day ? month : month.adding(months: -1)
  }
}
