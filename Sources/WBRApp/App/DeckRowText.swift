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
  /// The colour of this week's value and of the WoW, YoY and vs-target changes, by the one
  /// emphasis rule (`CellEmphasis`): good or bad only when a signal is about that number,
  /// else the row's own colour.
  var valueRole: ColorRole
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
  /// The metric's name as far as the name column can show it (`nameColumns`): drawn cut to
  /// the column, it looks exactly as the whole name would, and a frame measures at most a
  /// column's worth of graphemes instead of the whole name (names can run to thousands).
  var name: String

  /// The widest name column (`DeckColumns.nameCap`) `name` serves.
  static let nameColumns = DeckColumns.nameCap

  init(metric: Metric, analysis: MetricAnalysis, owner: String?, ascii: Bool) {
    value = ValueFormat(metric: metric).format(analysis.current, ascii: ascii)
    wow = ChangeFormat.format(analysis.wow, ascii: ascii)
    yoy = ChangeFormat.format(analysis.yoy, ascii: ascii)
    vsTarget = analysis.target == nil ? "" : ChangeFormat.format(analysis.vsTarget, ascii: ascii)
    valueRole = DeckRowText.role(.value, analysis)
    wowRole = DeckRowText.role(.wow, analysis)
    yoyRole = DeckRowText.role(.yoy, analysis)
    targetRole = DeckRowText.role(.vsTarget, analysis)
    sparkline = Sparkline.render(analysis.wowSparkline, ascii: ascii)
    yoySparkline = Sparkline.render(analysis.yoySparkline, ascii: ascii)
    (badge, badgeRole) = DeckBadge.signal(analysis, ascii: ascii)
    quality = DeckBadge.quality(analysis.quality)
    self.owner = owner ?? ""
    name = DeckRowText.prefix(of: metric.name, columns: DeckRowText.nameColumns + 2)
  }

  /// The longest run of whole graphemes from the start of `text` within `columns`. With two
  /// columns to spare over the field, a name that does not fit the field keeps not fitting
  /// (a wide glyph may leave one column unused), so it is cut at the same place with the
  /// same ellipsis.
  /// - Complexity: O(columns) graphemes, not the whole name.
  static func prefix(of text: String, columns: Int) -> String {
    if text.utf8.count <= columns { return text }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let w = text[index].displayWidth
      if used + w > columns { return String(text[..<end]) }
      used += w
      end = text.index(after: index)
    }
    return text
  }

  /// The cell's colour by `CellEmphasis`: `.normal` unless a signal is about the cell.
  static func role(_ cell: CellEmphasis.Cell, _ analysis: MetricAnalysis) -> ColorRole {
    switch CellEmphasis.direction(of: cell, in: analysis) {
    case nil: return .normal
    case .good?: return .good
    case .bad?: return .bad
    case .neutral?: return .warn
    }
  }
}
