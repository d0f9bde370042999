import WBRModel

/// Builders for analysis tests: a deck whose week W is `testWeek`, and metrics from plain
/// value lists (oldest first, the last one = W; nil = missing week).
enum AnalysisFixture {
  static let testWeek = Day(year: 2026, month: 11, day: 21) ?? Day(ordinal: 0)

  static func points(_ values: [Double?], endingAt w: Day = testWeek) -> [WeeklyPoint] {
    values.enumerated().map { i, v in
      WeeklyPoint(weekEnding: w.adding(days: -7 * (values.count - 1 - i)), value: v)
    }
  }

  static func metric(
    _ values: [Double?], id: String = "m", kind: MetricKind = .output, section: String? = nil,
    format: String? = "##", comparison: ComparisonMethod = .pct, higherIsBetter: Bool = true,
    target: Double? = nil, tolerance: Double = 0, thresholds: Thresholds = Thresholds(),
    limits: XmRLock? = nil, monthly: [MonthlyPoint] = [], totals: Totals = Totals(), dropped: Int = 0,
    weekEnding w: Day = testWeek
  ) -> Metric {
    Metric(
      id: id, name: id, kind: kind, section: section, format: format, comparison: comparison,
      higherIsBetter: higherIsBetter, weekly: points(values, endingAt: w), monthly: monthly,
      weeklyTargets: target.map { [WeeklyPoint(weekEnding: w, value: $0)] } ?? [],
      targetTolerance: tolerance, totals: totals, thresholds: thresholds, limits: limits,
      droppedPoints: dropped)
  }

  static func deck(
    _ metrics: [Metric], sections: [Section] = [], thresholds: Thresholds = Thresholds(),
    weekEnding w: Day = testWeek
  ) -> Deck {
    Deck(title: "Test", weekEnding: w, sections: sections, thresholds: thresholds, metrics: metrics)
  }

  /// Analyses a one-metric deck.
  static func analyze(_ metric: Metric, thresholds: Thresholds = Thresholds(), ascii: Bool = false)
    -> MetricAnalysis
  {
    let d = deck([metric], thresholds: thresholds, weekEnding: metric.weekly.last?.weekEnding ?? testWeek)
    return DeckAnalyzer.analyze(d, ascii: ascii).metrics[0]
  }

  /// The spec's worked example: 11 baseline weeks, then C = 158.
  static let workedExample: [Double?] = [120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 158]
}

extension MetricAnalysis {
  var signalIDs: [SignalID] { signals.map(\.id) }
  func signal(_ id: SignalID) -> Signal? { signals.first { $0.id == id } }
}
