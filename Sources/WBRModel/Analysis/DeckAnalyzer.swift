/// Computes everything analysis.md asks of a deck: comparisons, sparklines, XmR limits,
/// signals, data-quality marks and the screen order.
///
/// A pure function of the deck, run once when a deck is opened (never per frame). It is linear
/// in the deck's size: each metric's weekly series is laid out by week offset in an array
/// (`WeekSeries`), so every lookup is O(1).
public enum DeckAnalyzer {
  /// Weeks on the WoW sparkline.
  public static let wowSparklineWeeks = 6
  /// Weeks on the YoY sparkline.
  public static let yoySparklineWeeks = 12
  /// The prior-year week is 52 weeks (364 days) back, so weekdays line up.
  public static let weeksPerYear = 52

  /// The analysis of every metric, the screen order and the anomaly walk.
  /// `ascii` makes the signal sentences use only ASCII ("-" for minus, "+/-" for ±).
  /// - Complexity: O(total points + metrics + sections).
  public static func analyze(_ deck: Deck, ascii: Bool = false) -> DeckAnalysis {
    var metrics: [MetricAnalysis] = []
    metrics.reserveCapacity(deck.metrics.count)
    for (i, metric) in deck.metrics.enumerated() {
      metrics.append(analyze(metric, index: i, in: deck, ascii: ascii))
    }
    let layout = ScreenLayout.groups(for: deck)
    let order = layout.groups.flatMap(\.metrics)
    return DeckAnalysis(
      metrics: metrics, order: order, anomalies: order.filter { metrics[$0].isAnomaly },
      groups: layout.groups, groupOfMetric: layout.groupOfMetric)
  }

  /// One metric's analysis (`index` is its position in `deck.metrics`).
  /// - Complexity: O(the metric's points).
  public static func analyze(_ metric: Metric, index: Int, in deck: Deck, ascii: Bool = false)
    -> MetricAnalysis
  {
    let w = deck.weekEnding
    let series = WeekSeries(metric.weekly, weekEnding: w)
    let unit = metric.comparison.unit
    var a = MetricAnalysis(index: index)
    a.unit = unit
    a.format = ValueFormat(metric: metric)
    a.current = series[weeksBack: 0]
    a.previous = series[weeksBack: 1]
    a.priorYear = series[weeksBack: weeksPerYear]
    a.target = MonthlySeries.value(at: w, in: metric.weeklyTargets)
    a.wow = ChangeCalculator.change(from: a.previous, to: a.current, unit: unit)
    a.yoy = ChangeCalculator.change(from: a.priorYear, to: a.current, unit: unit)
    a.vsTarget = ChangeCalculator.change(from: a.target, to: a.current, unit: unit)

    let months = MonthlySeries(metric.monthly)
    if let latest = months.latestMonth {
      a.latestMonth = latest
      a.latestMonthValue = months[latest]
      a.latestMonthPriorYear = months[latest.adding(months: -12)]
      a.monthYoY = ChangeCalculator.change(from: a.latestMonthPriorYear, to: a.latestMonthValue, unit: unit)
    }
    a.mtdYoY = ChangeCalculator.change(metric.totals.mtd, unit: unit)
    a.qtdYoY = ChangeCalculator.change(metric.totals.qtd, unit: unit)
    a.ytdYoY = ChangeCalculator.change(metric.totals.ytd, unit: unit)

    a.wowSparkline = (0..<wowSparklineWeeks).reversed().map { series[weeksBack: $0] }
    a.yoySparkline = (0..<yoySparklineWeeks).reversed().map { k in
      ChangeCalculator.change(
        from: series[weeksBack: k + weeksPerYear], to: series[weeksBack: k], unit: unit)?.value
    }

    switch XmRCalculator.limits(for: series, lock: metric.limits) {
    case .success(let limits): a.xmr = limits
    case .failure(let reason): a.xmrUnavailable = reason
    }

    let detector = SignalDetector(
      series: series, limits: a.xmr, higherIsBetter: metric.higherIsBetter, target: a.target,
      tolerance: metric.targetTolerance, wow: a.wow, yoy: a.yoy,
      thresholds: metric.thresholds.overriding(deck.thresholds),
      text: SignalText(format: a.format, unit: unit, ascii: ascii))
    a.signals = detector.signals()
    a.quality = quality(
      series: series, months: months, xmrUnavailable: a.xmrUnavailable, droppedPoints: metric.droppedPoints)
    if a.current != nil {
      if let p = metric.weekly.last, p.weekEnding == w, p.days != nil { a.quality.append(.partial) }
      if deck.dataQuality?.duplicateDays(inWeekEnding: w).isEmpty == false { a.quality.append(.duplicate) }
    }
    a.signals = qualify(a.signals, quality: a.quality, higherIsBetter: metric.higherIsBetter)
    return a
  }

  /// Marks the signals a data-quality mark may explain: on a partial week (`data.partial`, fewer
  /// days than seven) those of a move down, since missing days can only lower a sum; on a week
  /// holding days loaded twice (`data.duplicate`) those of a move up. The direction of a move
  /// is read from the signal's good/bad and `higher_is_better`.
  static func qualify(_ signals: [Signal], quality: [QualityMark], higherIsBetter: Bool) -> [Signal] {
    let partial = quality.contains(.partial)
    let duplicate = quality.contains(.duplicate)
    guard partial || duplicate else { return signals }
    return signals.map { s in
      guard s.direction != .neutral else { return s }
      let up = (s.direction == .good) == higherIsBetter
      var q = s
      if partial && !up { q.qualifiedBy = .partial }
      if duplicate && up { q.qualifiedBy = .duplicate }
      return q
    }
  }

  /// `data.missing` without a value for W; `data.short` ("too little history for a comparison
  /// or for XmR") when XmR lacks history, no valued week reaches back to the prior-year week,
  /// or a monthly series has no valued month as old as the latest month's prior year;
  /// `data.series` when the reader left points out. (`data.partial` and `data.duplicate`, on a
  /// current week with a value, are added by `analyze`.)
  static func quality(
    series: WeekSeries, months: MonthlySeries, xmrUnavailable: XmRUnavailable?, droppedPoints: Int
  ) -> [QualityMark] {
    var marks: [QualityMark] = []
    if series[weeksBack: 0] == nil { marks.append(.missing) }
    let reachesPriorYear = (series.oldestValuedOffset ?? -1) >= weeksPerYear
    let monthsShort =
      months.latestMonth.map { latest in
        months.oldestValuedMonth.map { $0 > latest.adding(months: -12) } ?? true
      } ?? false
    if xmrUnavailable != nil || !reachesPriorYear || monthsShort { marks.append(.short) }
    if droppedPoints > 0 { marks.append(.series) }
    return marks
  }
}
