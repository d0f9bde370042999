/// The summary box under the 6-12 chart: last week, WoW, YoY, and the period-to-date totals
/// with their YoY.
public struct SummaryBox: Sendable, Equatable {
  /// One period-to-date total (MTD, QTD or YTD).
  public struct PeriodToDate: Sendable, Equatable {
    /// "MTD", "QTD" or "YTD".
    public var label: String
    public var current: Double?
    public var priorYear: Double?
    public var yoy: Change?
  }

  /// C, the value for W.
  public var lastWeek: Double?
  public var wow: Change?
  public var yoy: Change?
  /// MTD, QTD and YTD, in that order (each with nil values when the deck has none).
  public var periods: [PeriodToDate]

  public init(lastWeek: Double?, wow: Change?, yoy: Change?, periods: [PeriodToDate]) {
    self.lastWeek = lastWeek
    self.wow = wow
    self.yoy = yoy
    self.periods = periods
  }

  /// The box for a metric, from its analysis (for the week comparisons) and its totals.
  public init(metric: Metric, analysis: MetricAnalysis) {
    func period(_ label: String, _ total: PeriodTotal?, _ yoy: Change?) -> PeriodToDate {
      PeriodToDate(label: label, current: total?.cy, priorYear: total?.py, yoy: yoy)
    }
    self.init(
      lastWeek: analysis.current, wow: analysis.wow, yoy: analysis.yoy,
      periods: [
        period("MTD", metric.totals.mtd, analysis.mtdYoY),
        period("QTD", metric.totals.qtd, analysis.qtdYoY),
        period("YTD", metric.totals.ytd, analysis.ytdYoY),
      ])
  }
}
