import WBRModel

/// A metric's row texts, formatted once per deck rather than on every frame.
///
/// Number formatting is the costly part of drawing a row; the deck does not change during a
/// meeting, so `MeetingContent` formats every metric up front and views only place strings.
struct DeckRowText: Sendable, Equatable {
  var value: String
  var wow: String
  var yoy: String
  var vsTarget: String
  /// Good or bad news for the WoW, YoY and vs-target changes (muted when not available or 0).
  var wowRole: ColorRole
  var yoyRole: ColorRole
  var targetRole: ColorRole
  /// The 6-week values sparkline and the 12-week YoY sparkline.
  var sparkline: String
  var yoySparkline: String
  /// The signal badge (`DeckBadge`), "" when the metric has no signal.
  var badge: String
  var badgeRole: ColorRole
  /// Data-quality marks (`DeckBadge.quality`), "" when the data is fine.
  var quality: String
  /// The owner's name, or "" when nobody owns the metric.
  var owner: String

  init(metric: Metric, analysis: MetricAnalysis, owner: String?, ascii: Bool) {
    value = ValueFormat(metric: metric).format(analysis.current, ascii: ascii)
    wow = ChangeFormat.format(analysis.wow, ascii: ascii)
    yoy = ChangeFormat.format(analysis.yoy, ascii: ascii)
    vsTarget = analysis.target == nil ? "" : ChangeFormat.format(analysis.vsTarget, ascii: ascii)
    wowRole = DeckRowText.role(of: analysis.wow, higherIsBetter: metric.higherIsBetter)
    yoyRole = DeckRowText.role(of: analysis.yoy, higherIsBetter: metric.higherIsBetter)
    targetRole = DeckRowText.role(of: analysis.vsTarget, higherIsBetter: metric.higherIsBetter)
    sparkline = Sparkline.render(analysis.wowSparkline, ascii: ascii)
    yoySparkline = Sparkline.render(analysis.yoySparkline, ascii: ascii)
    (badge, badgeRole) = DeckBadge.signal(analysis, ascii: ascii)
    quality = DeckBadge.quality(analysis.quality)
    self.owner = owner ?? ""
  }

  /// `.good` for a move in the metric's good direction, `.bad` for the other, else `.muted`.
  static func role(of change: Change?, higherIsBetter: Bool) -> ColorRole {
    guard let change, change.value != 0 else { return .muted }
    return (change.value > 0) == higherIsBetter ? .good : .bad
  }
}
