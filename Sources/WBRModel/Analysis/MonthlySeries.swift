/// A monthly series indexed by month, for the month comparisons and the 6-12 chart.
///
/// Months are few (a few dozen per metric), so a dictionary built once is simple and cheap.
public struct MonthlySeries: Sendable, Equatable {
  private var byMonth: [Int: Double]
  /// The latest month of the series, whether or not it has a value (a missing latest month
  /// is shown as missing, not replaced by an older one).
  public private(set) var latestMonth: YearMonth?
  /// The earliest month with a value: whether the series reaches back far enough for the
  /// latest month's YoY (`data.short`).
  public private(set) var oldestValuedMonth: YearMonth?

  /// Later points for an already-seen month, and non-finite values, are ignored.
  public init(_ points: [MonthlyPoint]) {
    var byMonth = [Int: Double](minimumCapacity: points.count)
    var latest: YearMonth?
    var oldest: YearMonth?
    for point in points {
      if latest.map({ point.month > $0 }) ?? true { latest = point.month }
      guard let v = point.value, v.isFinite, byMonth[point.month.index] == nil else { continue }
      byMonth[point.month.index] = v
      if oldest.map({ point.month < $0 }) ?? true { oldest = point.month }
    }
    self.byMonth = byMonth
    self.latestMonth = latest
    self.oldestValuedMonth = oldest
  }

  /// The value for `month`, nil when missing.
  public subscript(month: YearMonth) -> Double? { byMonth[month.index] }

  /// The value of the weekly point dated `day` (e.g. the weekly target for W), nil when none.
  /// Searches from the end, where the current week's point is in an ascending series.
  /// - Complexity: O(n) worst case, O(1) when `day` is the last point.
  public static func value(at day: Day, in points: [WeeklyPoint]) -> Double? {
    for point in points.reversed() where point.weekEnding == day {
      guard let v = point.value, v.isFinite else { return nil }
      return v
    }
    return nil
  }
}
