/// The comparison arithmetic of analysis.md, in one place.
public enum ChangeCalculator {
  /// The change from `other` (P) to `current` (C): pct = (C − P) / |P| × 100, bps =
  /// (C − P) × 10,000. Not available (nil) when either value is missing or not finite, when P
  /// is 0 for a pct change, or when the result is not finite. Never 0, ±100 % or infinity
  /// standing in for "unknown".
  public static func change(from other: Double?, to current: Double?, unit: ChangeUnit) -> Change? {
    guard let current, let other, current.isFinite, other.isFinite else { return nil }
    let value: Double
    switch unit {
    case .pct:
      guard other != 0 else { return nil }
      value = (current - other) / abs(other) * 100
    case .bps:
      value = (current - other) * 10_000
    }
    guard value.isFinite else { return nil }
    return Change(value: value, unit: unit)
  }

  /// A period-to-date total's YoY (cy against py).
  public static func change(_ total: PeriodTotal?, unit: ChangeUnit) -> Change? {
    guard let total else { return nil }
    return change(from: total.py, to: total.cy, unit: unit)
  }
}

extension ComparisonMethod {
  /// The unit of the changes this method yields.
  public var unit: ChangeUnit {
    switch self {
    case .pct: return .pct
    case .bps: return .bps
    }
  }
}
