import WBRModel

/// One metric's values over the deck's periods (NaN = no value), with the number of days
/// that had a value in each period.
struct MetricValues {
  var weekly: [Double]
  var weeklyDays: [Int32]
  var monthly: [Double]
  var monthlyDays: [Int32]
  /// Indexed by `PeriodGrid.TotalIndex`.
  var totals: [Double]
  var totalsDays: [Int32]
  /// Whether the metric has a value on each day of the data's span.
  var present: [Bool]

  /// Aggregates a column or filter metric's daily values.
  static func aggregate(daily: [Double], how: Aggregation, grid: PeriodGrid) -> MetricValues {
    var v = MetricValues(
      weekly: [], weeklyDays: [], monthly: [], monthlyDays: [], totals: [], totalsDays: [],
      present: daily.map { !$0.isNaN })
    daily.withUnsafeBufferPointer { d in
      v.weekly.reserveCapacity(grid.weeks.count)
      for i in grid.weeks.indices {
        let r = PeriodAggregator.aggregate(d, grid.weekRange(i), how)
        v.weekly.append(r.value ?? .nan)
        v.weeklyDays.append(Int32(r.days))
      }
      for i in grid.months.indices {
        let r = PeriodAggregator.aggregate(d, grid.monthRange(i), how)
        v.monthly.append(r.value ?? .nan)
        v.monthlyDays.append(Int32(r.days))
      }
      for i in grid.totals.indices {
        let r = grid.totalRange(i).map { PeriodAggregator.aggregate(d, $0, how) }
        v.totals.append(r?.value ?? .nan)
        v.totalsDays.append(Int32(r?.days ?? 0))
      }
    }
    return v
  }

  /// Applies a function metric's arithmetic period by period, after aggregation (the WBR App's
  /// rule: a ratio of sums, not a sum of ratios). Missing in, missing out; x / 0 is missing.
  static func combine(_ op: MetricFunction, _ operands: [MetricValues], grid: PeriodGrid) -> MetricValues {
    func apply(_ arrays: [[Double]]) -> [Double] {
      guard let n = arrays.first?.count else { return [] }
      var out = [Double](repeating: .nan, count: n)
      for i in 0..<n {
        var acc = arrays[0][i]
        for a in arrays.dropFirst() {
          let x = a[i]
          switch op {
          case .sum: acc += x
          case .product: acc *= x
          case .difference: acc -= x
          case .divide: acc = x == 0 ? .nan : acc / x
          }
        }
        out[i] = acc
      }
      return out
    }
    var present = operands[0].present
    for o in operands.dropFirst() {
      for i in present.indices where !o.present[i] { present[i] = false }
    }
    var v = MetricValues(
      weekly: apply(operands.map(\.weekly)), weeklyDays: [], monthly: apply(operands.map(\.monthly)),
      monthlyDays: [], totals: apply(operands.map(\.totals)), totalsDays: [], present: present)
    v.weeklyDays = grid.weeks.indices.map { count(present, grid.weekRange($0)) }
    v.monthlyDays = grid.months.indices.map { count(present, grid.monthRange($0)) }
    v.totalsDays = grid.totals.indices.map { i in grid.totalRange(i).map { count(present, $0) } ?? 0 }
    return v
  }

  private static func count(_ present: [Bool], _ r: ClosedRange<Int>) -> Int32 {
    var n: Int32 = 0
    let hi = min(r.upperBound, present.count - 1)
    guard r.lowerBound <= hi else { return 0 }
    for i in r.lowerBound...hi where present[i] { n += 1 }
    return n
  }
}
