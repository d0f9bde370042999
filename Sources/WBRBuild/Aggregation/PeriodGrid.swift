import WBRModel

/// The periods a deck reports, all ending on or before `week_ending` (W).
///
/// Weeks are the 7-day windows ending on W's weekday; months are complete calendar months up
/// to the last one that has ended by W; totals are month, fiscal quarter and fiscal year to
/// date, now and one year earlier (the same dates, as the WBR App compares them).
public struct PeriodGrid: Sendable, Equatable {
  public let firstDay: Day
  public let weekEnding: Day
  public let calendar: FiscalCalendar
  /// Week-ending days, ascending, the last one W.
  public let weeks: [Day]
  /// Complete months, ascending.
  public let months: [YearMonth]
  /// Inclusive day ranges: MTD, QTD, YTD for this year, then for the prior year.
  public let totals: [ClosedRange<Day>]

  public enum TotalIndex: Int, CaseIterable, Sendable {
    case mtd = 0
    case qtd, ytd, mtdPY, qtdPY, ytdPY
  }

  public init(firstDay: Day, weekEnding w: Day, calendar: FiscalCalendar) {
    self.firstDay = firstDay
    self.weekEnding = w
    self.calendar = calendar
    let count = max(1, (w.ordinal - firstDay.ordinal) / 7 + 1)
    weeks = (0..<count).reversed().map { w.adding(days: -7 * $0) }
    let lastMonth = FiscalCalendar.lastEndedMonth(onOrBefore: w)
    let firstMonth = firstDay.yearMonth
    months = firstMonth <= lastMonth ? (firstMonth.index...lastMonth.index).map { YearMonth(index: $0) } : []
    let py = FiscalCalendar.oneYearBefore(w)
    totals = [
      calendar.monthStart(of: w)...w, calendar.quarterStart(of: w)...w, calendar.yearStart(of: w)...w,
      calendar.monthStart(of: py)...py, calendar.quarterStart(of: py)...py, calendar.yearStart(of: py)...py,
    ]
  }

  /// Day offsets (from `firstDay`) of week `i`, clipped to the data.
  func weekRange(_ i: Int) -> ClosedRange<Int> {
    let end = weeks[i].ordinal - firstDay.ordinal
    return max(0, end - 6)...end
  }

  func monthRange(_ i: Int) -> ClosedRange<Int> {
    let a = FiscalCalendar.firstDay(of: months[i]).ordinal - firstDay.ordinal
    let b = FiscalCalendar.lastDay(of: months[i]).ordinal - firstDay.ordinal
    return max(0, a)...b
  }

  /// nil when the range ends before the data starts.
  func totalRange(_ i: Int) -> ClosedRange<Int>? {
    let r = totals[i]
    let b = r.upperBound.ordinal - firstDay.ordinal
    guard b >= 0 else { return nil }
    return max(0, r.lowerBound.ordinal - firstDay.ordinal)...b
  }

  /// Number of days of the data's span that a period covers (7 for a week inside the data).
  public var dayCount: Int { weekEnding.ordinal - firstDay.ordinal + 1 }
}
