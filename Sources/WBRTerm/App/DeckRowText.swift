import WBRModel

/// The texts of a metric's row on the deck screen that depend only on the deck: this week's
/// value, WoW, YoY, the sparkline and the owner's name.
///
/// Made once per deck (`MeetingContent`), not per frame: a key press then only cuts and
/// places strings for the rows on screen, so it costs the same at 100 or 10,000 metrics and
/// whatever the screen size.
struct DeckRowText: Sendable, Equatable {
  var value: String
  var wow: String
  var yoy: String
  var spark: String
  var owner: String

  /// - Complexity: O(the sparkline's weeks).
  init(metric: Metric, analysis: MetricAnalysis, owner: String?, ascii: Bool) {
    value = ValueFormat(metric: metric).format(analysis.current, ascii: ascii)
    wow = ChangeFormat.format(analysis.wow, ascii: ascii)
    yoy = ChangeFormat.format(analysis.yoy, ascii: ascii)
    spark = "  " + Sparkline.render(analysis.wowSparkline, ascii: ascii)
    self.owner = " " + (owner ?? "")
  }
}
