/// A monthly series indexed by month, for the month comparisons and the 6-12 chart.
///
/// Months are few (a few dozen per metric), so a dictionary built once is simple and cheap.
public struct MonthlySeries: Sendable, Equatable {
  private var byMonth: [Int: Double]
  /// The latest month that has a value.
  public private(set) var latestValuedMonth: YearMonth?

  /// Later points for an already-seen month, and non-finite values, are ignored.
  public init(_ points: [MonthlyPoint]) {
    var byMonth: [Int: Double] = [:]
    var latest: YearMonth?
    for point in points {
      guard let v = point.value, v.isFinite, byMonth[point.month.index] == nil else { continue }
      byMonth[point.month.index] = v
      if latest.map({ point.month > $0 }) ?? true { latest = point.month }
    }
    self.byMonth = byMonth
    self.latestValuedMonth = latest
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
