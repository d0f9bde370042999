import WBRModel

/// The drill-down's layout facts, for both sides: `update` clamps scrolling with them, the
/// view draws with them. Computing a height lays the body out without drawing it.
enum DrillDownLayout {
  /// The drill-down's context for metric `index` in `state`.
  static func context(_ state: AppState, metric index: Int) -> DrillDownContext {
    DrillDownContext(
      deck: state.content.deck, analysis: state.content.analysis, metric: index,
      ownerName: state.content.ownerName(ofMetric: index), scroll: state.drillDownScroll,
      glyphs: state.glyphs,
      record: state.content.deck.metrics.indices.contains(index)
        ? DrillDownRecordLine.lines(
          for: state.content.deck.metrics[index].id, in: state.meeting.record, week: state.meeting.week,
          ascii: state.glyphs.isASCII, earlierIDs: state.content.deck.metrics[index].renamedFrom,
          ownerName: { RecordSummary.ownerName($0, state.content) })
        : nil,
      walk: AnomalyPlace.walked(in: state))
  }

  /// The body's rectangle in the drill-down's `area` (below its header).
  static func bodyRect(in area: Rect) -> Rect {
    area.splitTop(DrillDownHeader.height).rest
  }

  /// The largest scroll offset of metric `index`'s drill-down at the state's terminal size
  /// (0 when the body fits).
  static func maxScroll(_ state: AppState, metric index: Int) -> Int {
    let body = bodyRect(in: MeetingLayout.frame(for: state.size).body)
    let height = DrillDownBody(
      context: context(state, metric: index), width: body.width, viewport: body.height
    )
    .height
    return max(0, height - body.height)
  }

  /// Lines one PgUp/PgDn scrolls: the body's height less one line kept for context.
  static func pageRows(for size: Size) -> Int {
    max(1, MeetingLayout.frame(for: size).body.height - DrillDownHeader.height - 1)
  }
}
