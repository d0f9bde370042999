import WBRModel

/// Which week numbers a config asks for, computed from dates, never taken from the config.
///
/// The WBR App labels weeks from `setup.week_number`, counting back by one modulo 52, so a
/// stale or mistyped number mislabels the whole chart. We derive the number from the week's
/// last day instead:
/// - `iso`: the ISO 8601 week number (1–53) of the week's last day; the default for calendar
///   years (fiscal year ending in December).
/// - `fiscal`: weeks counted from the first day of the fiscal year: week 1 is the week whose
///   last day falls on days 1–7 of the fiscal year, week 2 on days 8–14, and so on (up to 53);
///   the default when the fiscal year ends in another month.
public enum WeekNumbering: String, Sendable, Equatable, CaseIterable {
  case iso, fiscal

  /// The default numbering for a fiscal year ending in `yearEndMonth`.
  public static func standard(yearEndMonth: Int) -> WeekNumbering {
    yearEndMonth == 12 ? .iso : .fiscal
  }

  /// The number of the week whose last day is `weekEnding` (WBRModel's `FiscalCalendar`
  /// counts both ways; its `weekNumber` is the `standard` numbering).
  public func number(weekEnding: Day, calendar: FiscalCalendar) -> Int {
    switch self {
    case .iso: return FiscalCalendar.isoWeek(of: weekEnding)
    case .fiscal: return calendar.fiscalWeek(of: weekEnding)
    }
  }
}
