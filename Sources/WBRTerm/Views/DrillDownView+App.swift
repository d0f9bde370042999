import WBRModel

/// The drill-down in the meeting app: builds the view's context from the app state, and gives
/// the update function the numbers it scrolls by.
extension DrillDownView {
  /// Draws `.drillDown(metric:)` (called by `RootView`).
  static func draw(_ state: AppState, metric index: Int, in area: Rect, on buffer: inout ScreenBuffer) {
    render(context(state, metric: index), into: &buffer, in: area)
  }

  /// The context for metric `index` in `state`.
  static func context(_ state: AppState, metric index: Int) -> DrillDownContext {
    DrillDownContext(
      deck: state.content.deck, analysis: state.content.analysis, metric: index,
      ownerName: state.content.ownerName(ofMetric: index), scroll: state.drillDownScroll,
      glyphs: state.glyphs,
      record: state.content.deck.metrics.indices.contains(index)
        ? DrillDownRecordLine.lines(
          for: state.content.deck.metrics[index].id, in: state.record.record, week: state.record.week,
          ascii: state.glyphs.isASCII, ownerName: { RecordSummary.ownerName($0, state.content) })
        : nil)
  }

  /// The largest scroll offset of metric `index`'s drill-down at the state's terminal size.
  static func maxScroll(_ state: AppState, metric index: Int) -> Int {
    maxScroll(context(state, metric: index), in: MeetingLayout.frame(for: state.size).body)
  }

  /// Lines one PgUp/PgDn scrolls: the body's height less one line kept for context.
  static func pageRows(for size: Size) -> Int {
    max(1, MeetingLayout.frame(for: size).body.height - DrillDownHeader.height - 1)
  }
}
