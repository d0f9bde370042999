/// Fiscal weeks, quarters and years for labels ("wk 47", "Q4 FY2026"), from the deck's
/// `fiscal_year_end_month`.
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

  /// 1–12: the month's position in its fiscal year.
  public func fiscalMonth(of month: YearMonth) -> Int { (month.month - startMonth + 12) % 12 + 1 }

  /// 1–4.
  public func quarter(of day: Day) -> Int { (fiscalMonth(of: day.yearMonth) - 1) / 3 + 1 }

  /// The week number of the week ending on `weekEnding` (see the type's rules).
  public func weekNumber(of weekEnding: Day) -> Int {
    if yearEndMonth == 12 { return FiscalCalendar.isoWeek(of: weekEnding) }
    return (weekEnding.ordinal - yearStart(of: weekEnding).ordinal) / 7 + 1
  }

  /// "wk 47"
  public func weekLabel(_ weekEnding: Day) -> String { "wk \(weekNumber(of: weekEnding))" }

  /// "FY2026"
  public func yearLabel(_ day: Day) -> String { "FY\(fiscalYear(of: day))" }

  /// "Q4 FY2026"
  public func quarterLabel(_ day: Day) -> String { "Q\(quarter(of: day)) " + yearLabel(day) }

  /// ISO 8601 week number (1–53): the week belongs to the year of its Thursday.
  public static func isoWeek(of day: Day) -> Int {
    let thursday = day.adding(days: 4 - day.isoWeekday)
    let jan1 = Day(year: thursday.year, month: 1, day: 1) ?? thursday
    return (thursday.ordinal - jan1.ordinal) / 7 + 1
  }
}
