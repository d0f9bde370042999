/// A data-quality mark in words, the one text the drill-down and the published page both say
/// (they used to keep a copy each, which could drift apart).
public enum QualityText {
  /// "short history (data.short): XmR limits: …"; `capitalized` starts it with a capital, for
  /// a sentence of its own.
  public static func sentence(
    _ mark: QualityMark, _ a: MetricAnalysis, _ metric: Metric?, capitalized: Bool = false
  ) -> String {
    let text = words(mark, a, metric)
    guard capitalized else { return text }
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  private static func words(_ mark: QualityMark, _ a: MetricAnalysis, _ metric: Metric?) -> String {
    switch mark {
    case .missing: return "no value for this week (\(mark.rawValue)): no signals, comparisons n/a"
    case .short:
      let why = a.xmrUnavailable.map { "XmR limits: \($0)" } ?? "not a year of history for YoY"
      return "short history (\(mark.rawValue)): \(why)"
    case .partial:
      let days = metric?.weekly.last?.days.map { "\($0) of 7 days have data" } ?? "days are missing"
      return "partial week (\(mark.rawValue)): \(days); signals are not anomalies"
    case .duplicate:
      return
        "days loaded twice in this week (\(mark.rawValue)): sums count them twice; signals are not anomalies"
    case .series:
      let n = metric?.droppedPoints ?? 0
      return
        "\(n) point\(n == 1 ? "" : "s") left out as out of order, misaligned or repeated (\(mark.rawValue))"
    }
  }
}
