import WBRModel

/// Period boundaries (the same fiscal rules as WBRModel's `FiscalCalendar`) that the summary box needs: month, fiscal quarter and fiscal year to date, and
/// the prior-year day the WBR App compares them with.
///
/// A fiscal year ending in month F starts on the first day of month F + 1 (January when F is
/// December). Quarters are the three-month runs from that start. Everything is plain calendar
/// arithmetic on `Day`, so every one of the twelve year-end months works, in every month.
public struct FiscalPeriods: Sendable, Equatable {
  /// 1–12: the last month of the fiscal year.
  public let yearEndMonth: Int

  public init(yearEndMonth: Int) { self.yearEndMonth = yearEndMonth }

  /// First month (1–12) of the fiscal year.
  public var startMonth: Int { yearEndMonth % 12 + 1 }

  /// First day of the calendar month holding `day`.
  public func monthStart(_ day: Day) -> Day {
    let c = day.civil
    return Day(ordinal: day.ordinal - (c.day - 1))
  }

  /// First day of the fiscal quarter holding `day`.
  public func quarterStart(_ day: Day) -> Day {
    let c = day.civil
    let offset = (c.month - startMonth + 12) % 12
    return firstOfMonth(yearOf: c, monthsBack: offset % 3)
  }

  /// First day of the fiscal year holding `day`.
  public func yearStart(_ day: Day) -> Day {
    let c = day.civil
    return firstOfMonth(yearOf: c, monthsBack: (c.month - startMonth + 12) % 12)
  }

  /// The last month (as `YearMonth`) of the fiscal year holding `day`.
  public func yearEnd(_ day: Day) -> YearMonth {
    yearStart(day).yearMonth.adding(months: 11)
  }

  /// The same calendar date one year earlier; 29 February becomes 28 February (as dateutil's
  /// `relativedelta(years=1)` does, which is what the WBR App uses for MTD/QTD/YTD).
  public static func oneYearBefore(_ day: Day) -> Day {
    let c = day.civil
    let d = min(c.day, Day.daysIn(year: c.year - 1, month: c.month))
    return Day(year: c.year - 1, month: c.month, day: d) ?? day.adding(days: -365)
  }

  /// Last day of a month.
  public static func lastDay(of month: YearMonth) -> Day {
    let days = Day.daysIn(year: month.year, month: month.month)
    return Day(year: month.year, month: month.month, day: days) ?? Day(ordinal: 0)
  }

  /// First day of a month.
  public static func firstDay(of month: YearMonth) -> Day {
    Day(year: month.year, month: month.month, day: 1) ?? Day(ordinal: 0)
  }

  private func firstOfMonth(yearOf c: (year: Int, month: Int, day: Int), monthsBack: Int) -> Day {
    let ym = YearMonth(year: c.year, month: c.month).adding(months: -monthsBack)
    return FiscalPeriods.firstDay(of: ym)
  }
}
