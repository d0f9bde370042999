/// Decides which signals of analysis.md fire on the current week of one metric, with their
/// direction (good or bad news) and their plain sentence.
///
/// Inputs are what `DeckAnalyzer` has already computed, so that each rule is a few lines and
/// reads like the spec's table.
struct SignalDetector {
  let series: WeekSeries
  let limits: XmRLimits?
  let higherIsBetter: Bool
  let target: Double?
  let tolerance: Double
  let wow: Change?
  let yoy: Change?
  let thresholds: Thresholds
  let text: SignalText

  /// Every signal that fires, strongest first, then in the spec's id order. None when C is
  /// missing.
  func signals() -> [Signal] {
    guard let current = series[weeksBack: 0] else { return [] }
    var found: [Signal] = []
    if let limits {
      found += xmrSignals(current, limits)
    }
    if let miss = targetMiss(current) { found.append(miss) }
    if let s = threshold(wow, limit: wowLimit, id: .thresholdWoW, label: "WoW") { found.append(s) }
    if let s = threshold(yoy, limit: yoyLimit, id: .thresholdYoY, label: "YoY") { found.append(s) }
    return found.sorted { a, b in
      a.strength != b.strength ? a.strength > b.strength : a.id < b.id
    }
  }

  private func direction(up: Bool) -> Direction { up == higherIsBetter ? .good : .bad }

  private func xmrSignals(_ current: Double, _ limits: XmRLimits) -> [Signal] {
    var found: [Signal] = []
    if Tolerance.above(current, limits.upperNaturalLimit) {
      found.append(
        Signal(id: .xmrLimit, direction: direction(up: true), sentence: text.aboveLimit(current, limits)))
    } else if Tolerance.below(current, limits.lowerNaturalLimit) {
      found.append(
        Signal(id: .xmrLimit, direction: direction(up: false), sentence: text.belowLimit(current, limits)))
    }
    if let previous = series[weeksBack: 1], Tolerance.above(abs(current - previous), limits.upperRangeLimit) {
      found.append(
        Signal(
          id: .xmrRange, direction: direction(up: current > previous),
          sentence: text.range(move: abs(current - previous), limits)))
    }
    if let quartile = quartile(current, limits) { found.append(quartile) }
    if let run = run(current, limits) { found.append(run) }
    return found
  }

  /// Of the last 4 weeks (W included), at least 3 strictly beyond the same halfway line, W
  /// among them.
  private func quartile(_ current: Double, _ limits: XmRLimits) -> Signal? {
    let up = Tolerance.above(current, limits.upperHalfway)
    guard up || Tolerance.below(current, limits.lowerHalfway) else { return nil }
    var count = 0
    for k in 0..<4 {
      guard let x = series[weeksBack: k] else { continue }
      if up ? Tolerance.above(x, limits.upperHalfway) : Tolerance.below(x, limits.lowerHalfway) {
        count += 1
      }
    }
    guard count >= 3 else { return nil }
    return Signal(
      id: .xmrQuartile, direction: direction(up: up), sentence: text.quartile(count, up: up, limits))
  }

  /// The last 8 weeks (W included) all have values, all strictly on the same side of X̄.
  private func run(_ current: Double, _ limits: XmRLimits) -> Signal? {
    let up = Tolerance.above(current, limits.centre)
    guard up || Tolerance.below(current, limits.centre) else { return nil }
    for k in 1..<8 {
      guard let x = series[weeksBack: k] else { return nil }
      guard up ? Tolerance.above(x, limits.centre) : Tolerance.below(x, limits.centre) else { return nil }
    }
    return Signal(id: .xmrRun, direction: direction(up: up), sentence: text.run(8, up: up, limits))
  }

  private func targetMiss(_ current: Double) -> Signal? {
    guard let target, target.isFinite else { return nil }
    let slack = max(0, tolerance) * abs(target)
    let missed =
      higherIsBetter
      ? Tolerance.below(current, target - slack) : Tolerance.above(current, target + slack)
    guard missed else { return nil }
    return Signal(
      id: .targetMiss, direction: .bad,
      sentence: text.targetMiss(current, target: target, tolerance: tolerance, above: !higherIsBetter))
  }

  private var wowLimit: Double? {
    unit == .pct ? thresholds.wowPct : thresholds.wowBps
  }

  private var yoyLimit: Double? {
    unit == .pct ? thresholds.yoyPct : thresholds.yoyBps
  }

  private var unit: ChangeUnit { text.unit }

  private func threshold(_ change: Change?, limit: Double?, id: SignalID, label: String) -> Signal? {
    guard let change, let limit, limit.isFinite, Tolerance.atLeast(abs(change.value), abs(limit)) else {
      return nil
    }
    let dir: Direction = change.value == 0 ? .neutral : direction(up: change.value > 0)
    return Signal(id: id, direction: dir, sentence: text.threshold(label, change, limit: abs(limit)))
  }
}
