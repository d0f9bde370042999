/// Aggregates one metric's daily values over a range of days.
///
/// Daily values are `Double`s with NaN for "no value that day" (a blank cell, or no row): a
/// blank is missing, never zero. The result carries how many days had a value, so a period
/// with missing days can be marked partial instead of silently shrinking.
public enum PeriodAggregator {
  public struct Result: Equatable, Sendable {
    public var value: Double?
    public var days: Int
  }

  public static func aggregate(
    _ daily: UnsafeBufferPointer<Double>, _ range: ClosedRange<Int>, _ how: Aggregation
  ) -> Result {
    let lo = max(range.lowerBound, 0)
    let hi = min(range.upperBound, daily.count - 1)
    guard lo <= hi else { return Result(value: nil, days: 0) }
    var days = 0
    switch how {
    case .sum, .mean:
      var s = 0.0
      for i in lo...hi where !daily[i].isNaN {
        s += daily[i]
        days += 1
      }
      guard days > 0 else { return Result(value: nil, days: 0) }
      return Result(value: how == .sum ? s : s / Double(days), days: days)
    case .min, .max:
      var m = how == .min ? Double.infinity : -Double.infinity
      for i in lo...hi where !daily[i].isNaN {
        m = how == .min ? Swift.min(m, daily[i]) : Swift.max(m, daily[i])
        days += 1
      }
      return Result(value: days > 0 ? m : nil, days: days)
    case .first, .last:
      var v: Double?
      for i in lo...hi where !daily[i].isNaN {
        if how == .last || v == nil { v = daily[i] }
        days += 1
      }
      return Result(value: v, days: days)
    case .median:
      var xs: [Double] = []
      for i in lo...hi where !daily[i].isNaN { xs.append(daily[i]) }
      return Result(value: median(&xs), days: xs.count)
    }
  }

  /// Median as pandas computes it (mean of the two middle values for an even count).
  static func median(_ xs: inout [Double]) -> Double? {
    guard !xs.isEmpty else { return nil }
    xs.sort()
    let n = xs.count
    return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2
  }
}
