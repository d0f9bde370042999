/// A weekly series laid out by week offset from the deck's week W: `self[0]` = x(W),
/// `self[1]` = x(W − 7 days), `self[52]` = x(W − 364 days).
///
/// Why an array: every comparison, sparkline and XmR rule looks values up by "k weeks
/// before W"; an array makes each lookup O(1) with no hashing, so analysing a deck stays
/// linear in its size.
public struct WeekSeries: Sendable, Equatable {
  /// The week the offsets count back from.
  public let weekEnding: Day
  /// `values[k]` = x(W − 7k); nil when missing.
  public private(set) var values: [Double?]

  /// Builds the series from points; points after W, or not a whole number of weeks before
  /// it (the reader has already left those out), are ignored here too. A later point for an
  /// already-filled week is ignored as well.
  /// - Complexity: O(n + span), n points spanning `span` weeks.
  public init(_ points: [WeeklyPoint], weekEnding: Day) {
    self.weekEnding = weekEnding
    var maxOffset = -1
    for point in points {
      if let k = WeekSeries.offset(of: point.weekEnding, from: weekEnding) { maxOffset = max(maxOffset, k) }
    }
    var values = [Double?](repeating: nil, count: maxOffset + 1)
    for point in points {
      guard let k = WeekSeries.offset(of: point.weekEnding, from: weekEnding), values[k] == nil,
        let v = point.value, v.isFinite
      else { continue }
      values[k] = v
    }
    self.values = values
  }

  /// Whole weeks from `day` back to `weekEnding`, or nil when `day` is after it or misaligned.
  public static func offset(of day: Day, from weekEnding: Day) -> Int? {
    let gap = weekEnding.ordinal - day.ordinal
    guard gap >= 0, gap % 7 == 0 else { return nil }
    return gap / 7
  }

  /// x(W − 7k); nil for missing weeks and for any k outside the series (including k < 0).
  public subscript(weeksBack k: Int) -> Double? {
    k >= 0 && k < values.count ? values[k] : nil
  }

  /// The week ending k weeks before W.
  public func day(weeksBack k: Int) -> Day { weekEnding.adding(days: -7 * k) }

  /// Number of week slots (the oldest offset + 1).
  public var span: Int { values.count }

  /// The largest offset that has a value (the oldest valued week), or nil if none.
  public var oldestValuedOffset: Int? { values.lastIndex { $0 != nil } }
}
