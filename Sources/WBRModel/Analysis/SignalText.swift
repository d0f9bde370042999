/// The plain sentences that explain a signal, with numbers in the metric's display format
/// (derived lines and limits one digit finer, so a value and its limit do not read the same).
struct SignalText {
  let format: ValueFormat
  let unit: ChangeUnit
  let ascii: Bool

  private func value(_ x: Double) -> String { format.format(x, ascii: ascii) }
  private func line(_ x: Double) -> String { format.refined.format(x, ascii: ascii) }
  /// How many digits a target sentence may add to tell the value from the target.
  private static let maxExtraDigits = 4

  /// "158 is above the upper natural process limit 132.5"
  func aboveLimit(_ current: Double, _ limits: XmRLimits) -> String {
    "\(value(current)) is above the upper natural process limit \(line(limits.upperNaturalLimit))"
  }

  /// "104 is below the lower natural process limit 110.2"
  func belowLimit(_ current: Double, _ limits: XmRLimits) -> String {
    "\(value(current)) is below the lower natural process limit \(line(limits.lowerNaturalLimit))"
  }

  /// "The move of 38 from last week is larger than the upper range limit 13.7"
  func range(move: Double, _ limits: XmRLimits) -> String {
    "The move of \(value(move)) from last week is larger than the upper range limit "
      + line(limits.upperRangeLimit)
  }

  /// "3 of the last 4 weeks are above the upper halfway line 126.9"
  func quartile(_ count: Int, up: Bool, _ limits: XmRLimits) -> String {
    let position =
      up
      ? "above the upper halfway line \(line(limits.upperHalfway))"
      : "below the lower halfway line \(line(limits.lowerHalfway))"
    return "\(count) of the last 4 weeks are \(position)"
  }

  /// "8 weeks in a row above the centre line 121.4"
  func run(_ weeks: Int, up: Bool, _ limits: XmRLimits) -> String {
    "\(weeks) weeks in a row \(up ? "above" : "below") the centre line \(line(limits.centre))"
  }

  /// "95.2% is below the target 97.0% by more than the 2% tolerance". When the two read the
  /// same in the display format, digits are added until they differ (a few at most), so a
  /// coarse format never says "0.1B is above the target 0.1B".
  func targetMiss(_ current: Double, target: Double, tolerance: Double, above: Bool) -> String {
    var finer = format
    var c = value(current)
    var t = value(target)
    for _ in 0..<Self.maxExtraDigits where c == t {
      finer = finer.refined
      c = finer.format(current, ascii: ascii)
      t = finer.format(target, ascii: ascii)
    }
    let base = "\(c) is \(above ? "above" : "below") the target \(t)"
    guard tolerance > 0 else { return base }
    let tol = ChangeFormat.magnitude(tolerance * 100, unit: .pct, signed: false, ascii: ascii)
    return base + " by more than the \(tol) tolerance"
  }

  /// "WoW −12.3% is beyond the ±10% threshold" ("is at" when exactly on it).
  func threshold(_ label: String, _ change: Change, limit: Double) -> String {
    let verb = Tolerance.above(abs(change.value), limit) ? "is beyond" : "is at"
    let bound = ChangeFormat.magnitude(limit, unit: change.unit, ascii: ascii)
    return "\(label) \(change.formatted(ascii: ascii)) \(verb) the \(bound) threshold"
  }
}
