/// Comparisons against limits, lines, targets and thresholds that forgive the last bits of
/// floating-point noise: a value typed as exactly a locked limit (126.6 against
/// 100 + 2.66 × 10 = 126.60000000000001) is "on the limit", which analysis.md calls routine.
enum Tolerance {
  /// Relative slack: far below any difference a deck's numbers can mean.
  static let relative = 1e-9

  static func slack(_ a: Double, _ b: Double) -> Double { relative * max(abs(a), abs(b)) }

  /// a > b by more than noise.
  static func above(_ a: Double, _ b: Double) -> Bool { a > b + slack(a, b) }

  /// a < b by more than noise.
  static func below(_ a: Double, _ b: Double) -> Bool { a < b - slack(a, b) }

  /// a ≥ b, allowing noise.
  static func atLeast(_ a: Double, _ b: Double) -> Bool { !below(a, b) }
}
