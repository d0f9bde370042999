/// What a deck's pipeline knew about the daily data it was built from (`data_quality` in a
/// deck, written by `wbr build`; docs/FORMAT.md): days without data, days loaded twice, rows
/// after the week under review, and a newer complete week than the one reviewed.
///
/// It travels with the deck so that `wbr check`, `wbr report`, the meeting and the notes can
/// say why a number moved (a partial or doubled week) instead of showing a plain anomaly.
public struct DataQuality: Sendable, Equatable {
  /// First and last day of the data (the last may be after the week under review).
  public var firstDay: Day?
  public var lastDay: Day?
  /// Days from the first day to W with no row at all, ascending.
  public var missingDays: [Day]
  /// Days on or before W whose rows repeat (same date and dimensions) and were combined per
  /// aggregation: a sum counts them twice. Ascending.
  public var duplicateDays: [Day]
  /// Rows dated after W: left out of every week, month and to-date total.
  public var rowsAfterWeekEnding: Int
  /// The last complete week of data after W, ending on W's weekday: the week the config
  /// probably meant (a stale `week_ending`). Nil when there is none.
  public var latestCompleteWeek: Day?

  public init(
    firstDay: Day? = nil, lastDay: Day? = nil, missingDays: [Day] = [], duplicateDays: [Day] = [],
    rowsAfterWeekEnding: Int = 0, latestCompleteWeek: Day? = nil
  ) {
    self.firstDay = firstDay
    self.lastDay = lastDay
    self.missingDays = missingDays
    self.duplicateDays = duplicateDays
    self.rowsAfterWeekEnding = rowsAfterWeekEnding
    self.latestCompleteWeek = latestCompleteWeek
  }

  /// Nothing to report: a deck built from clean data carries no `data_quality`.
  public var isClean: Bool {
    missingDays.isEmpty && duplicateDays.isEmpty && rowsAfterWeekEnding == 0 && latestCompleteWeek == nil
  }

  /// Missing days in the week ending `w` (w − 6 … w).
  public func missingDays(inWeekEnding w: Day) -> [Day] { Self.inWeek(missingDays, w) }

  /// Duplicated days in the week ending `w`.
  public func duplicateDays(inWeekEnding w: Day) -> [Day] { Self.inWeek(duplicateDays, w) }

  private static func inWeek(_ days: [Day], _ w: Day) -> [Day] {
    let from = w.adding(days: -6)
    return days.filter { $0 >= from && $0 <= w }
  }
}
