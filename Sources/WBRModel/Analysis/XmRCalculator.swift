/// Builds a metric's XmR (process behaviour chart) baseline and limits from its weekly series,
/// following analysis.md: centre = mean of the baseline values, mR̄ = mean of the moving ranges
/// between baseline weeks that are consecutive calendar weeks.
public enum XmRCalculator {
  /// The default baseline takes this many most recent valued weeks before W.
  public static let defaultBaselineWeeks = 20
  /// Fewer baseline values than this: "not enough history", no XmR signals.
  public static let minimumBaselineWeeks = 6

  /// The limits for `series`, honouring a lock; or why there are none.
  /// - Complexity: O(baseline span) for a named baseline, O(weeks scanned) otherwise.
  public static func limits(
    for series: WeekSeries, lock: XmRLock?
  ) -> Result<XmRLimits, XmRUnavailable> {
    let offsets: [Int]  // oldest first
    switch lock {
    case .limits(let centre, let mrBar):
      guard centre.isFinite, mrBar.isFinite, mrBar >= 0 else { return .failure(.noMovingRange) }
      return .success(XmRLimits(centre: centre, mrBar: mrBar, baselineWeeks: [], locked: true))
    case .baseline(let from, let to):
      offsets = namedOffsets(series, from: from, to: to)
    case nil:
      offsets = recentOffsets(series)
    }
    guard offsets.count >= minimumBaselineWeeks else {
      return .failure(.notEnoughHistory(weeks: offsets.count))
    }
    var sum = 0.0
    var rangeSum = 0.0
    var pairs = 0
    for (i, k) in offsets.enumerated() {
      let x = series[weeksBack: k] ?? 0
      sum += x
      if i > 0, offsets[i - 1] == k + 1, let previous = series[weeksBack: k + 1] {
        rangeSum += abs(x - previous)
        pairs += 1
      }
    }
    guard pairs > 0 else { return .failure(.noMovingRange) }
    let centre = sum / Double(offsets.count)
    let mrBar = rangeSum / Double(pairs)
    guard centre.isFinite, mrBar.isFinite else { return .failure(.noMovingRange) }
    return .success(
      XmRLimits(
        centre: centre, mrBar: mrBar, baselineWeeks: offsets.map { series.day(weeksBack: $0) },
        locked: lock != nil))
  }

  /// The most recent valued weeks before W (W excluded), oldest first.
  private static func recentOffsets(_ series: WeekSeries) -> [Int] {
    var found: [Int] = []
    found.reserveCapacity(defaultBaselineWeeks)
    var k = 1
    while k < series.span && found.count < defaultBaselineWeeks {
      if series[weeksBack: k] != nil { found.append(k) }
      k += 1
    }
    return found.reversed()
  }

  /// Every valued week from `from` to `to`, both included, oldest first.
  private static func namedOffsets(_ series: WeekSeries, from: Day, to: Day) -> [Int] {
    let w = series.weekEnding.ordinal
    // Offsets of weeks inside [from, to]: W − 7k ≤ to ⇔ k ≥ ceil((W − to)/7), and
    // W − 7k ≥ from ⇔ k ≤ floor((W − from)/7).
    let newest = max(0, ceilDiv(w - to.ordinal, 7))
    let oldest = min(series.span - 1, floorDiv(w - from.ordinal, 7))
    guard oldest >= newest else { return [] }
    return stride(from: oldest, through: newest, by: -1).filter { series[weeksBack: $0] != nil }
  }

  private static func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  private static func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }
}
