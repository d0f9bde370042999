import WBRModel

/// The drill-down in the meeting app: builds the view's context from the app state, keeps the
/// laid-out body of the metric on screen in the state, and gives the update function the
/// numbers it scrolls by.
extension DrillDownView {
  /// Draws `.drillDown(metric:)` (called by `RootView`), with the state's page when it is the
  /// one this frame would lay out.
  static func draw(_ state: AppState, metric index: Int, in area: Rect, on buffer: inout ScreenBuffer) {
    let context = context(state, metric: index)
    render(context, page: page(state, context, in: area), into: &buffer, in: area)
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

  /// The state's page when its key matches `context` in `area`, else a new one.
  private static func page(_ state: AppState, _ context: DrillDownContext, in area: Rect) -> DrillDownPage {
    if let page = state.drillDownPage, page.key == key(context, in: area) { return page }
    return page(context, in: area)
  }

  private static func key(_ context: DrillDownContext, in area: Rect) -> DrillDownPage.Key {
    let bodyRect = area.splitTop(DrillDownHeader.height).rest
    return DrillDownPage.Key(context, width: bodyRect.width, viewport: bodyRect.height)
  }

  /// Keeps `state.drillDownPage` the page of the drill-down on screen (none elsewhere), so
  /// that frames and scrolling keys copy rows instead of laying the body out again. Called by
  /// the update function after every action.
  static func preparePage(_ state: inout AppState) {
    guard case .drillDown(let metric) = state.screen, state.size.covers(MeetingLayout.minimumSize) else {
      state.drillDownPage = nil
      return
    }
    let area = MeetingLayout.frame(for: state.size).body
    let context = context(state, metric: metric)
    if state.drillDownPage?.key != key(context, in: area) {
      state.drillDownPage = page(context, in: area)
    }
  }

  /// The largest scroll offset of metric `index`'s drill-down at the state's terminal size.
  static func maxScroll(_ state: AppState, metric index: Int) -> Int {
    let area = MeetingLayout.frame(for: state.size).body
    return page(state, context(state, metric: index), in: area).maxScroll
  }

  /// Lines one PgUp/PgDn scrolls: the body's height less one line kept for context.
  static func pageRows(for size: Size) -> Int {
    max(1, MeetingLayout.frame(for: size).body.height - DrillDownHeader.height - 1)
  }
}
