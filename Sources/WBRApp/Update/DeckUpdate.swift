import WBRModel

/// The deck screen's actions (no overlay, no filter being typed): moving along the list,
/// the anomaly walk, opening a metric, the filter and the owner picker.
enum DeckUpdate {
  static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    let rows = MeetingLayout.listRows(for: s.size)
    switch action {
    case .move(let delta): s.deckList.move(by: delta, visibleRows: rows)
    case .page(let pages): s.deckList.page(by: pages, visibleRows: rows)
    case .moveToFirst: s.deckList.move(by: Int.min / 2, visibleRows: rows)
    case .moveToLast: s.deckList.move(by: Int.max / 2, visibleRows: rows)
    case .nextAnomaly: AnomalyWalk.step(&s, forward: true)
    case .previousAnomaly: AnomalyWalk.step(&s, forward: false)
    case .nextUnmarked: AnomalyWalk.nextUnmarked(&s)
    case .cycleSort: AppUpdate.cycleSort(&s)
    case .open:
      if let metric = s.deckList.selectedMetric {
        s.screen = .drillDown(metric: metric)
        s.drillDownScroll = 0
        if s.content.analysis.metrics.indices.contains(metric), s.content.analysis.metrics[metric].isAnomaly {
          s.deckList.visited.insert(metric)
        }
      }
    case .show(let panel): s.overlay = Overlay.opening(panel, in: s)
    case .showCommitments: CommitmentsUpdate.show(&s)
    case .startFilter: s.filterInput = LineEditor(text: s.deckList.filter, maxLength: 200)
    case .clearFilter:
      if s.meeting.prep != nil { return PrepUpdate.clearFilter(s) }
      guard !s.deckList.filter.isEmpty || s.deckList.owner != nil else { return (s, [.bell]) }
      s.deckList.owner = nil
      AppUpdate.applyFilter(&s, "")
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .back, .edit, .submit, .cancel:
      break
    }
    return (s, [])
  }
}
