import WBRModel

/// Live reload's update (issue #17): a look at the disk marks the header, Ctrl-R (or
/// `--watch`, once a change stood still) asks for the files again, and new content replaces
/// the old in place: the record, the screen, the selected metric (by id), the filter and the
/// owner stay. Content that fails to load, or is another week's or series' deck, leaves the
/// last good deck on screen with the reason.
enum ReloadUpdate {
  static func polled(_ state: AppState, _ stamps: [FileStamp?]) -> (AppState, [Effect]) {
    var s = state
    let previous = s.reload.seen
    s.reload.seen = stamps
    let settled = stamps == previous && s.overlay == nil && s.filterInput == nil
    if s.reload.watch && s.reload.changedOnDisk && settled { return (s, [.reload]) }
    return (s, [])
  }

  static func reloaded(_ state: AppState, _ content: MeetingContent, stamps: [FileStamp?]) -> (
    AppState, [Effect]
  ) {
    var s = state
    s.reload.loaded = stamps
    s.reload.seen = stamps
    let was = s.content.deck
    if content.deck.weekEnding != was.weekEnding || content.deck.title != was.title {
      let reason =
        "the deck on disk is \(content.deck.title), week ending \(content.deck.weekEnding): "
        + "quit and open it to meet on it"
      return failed(s, reason, stamps: stamps)
    }
    s.reload.failure = nil
    swap(&s, to: content)
    let n = content.deck.metrics.count
    s.message = StatusMessage(kind: .info, text: "Reloaded from disk: \(n) metric\(n == 1 ? "" : "s")")
    return (s, [])
  }

  static func failed(_ state: AppState, _ reason: String, stamps: [FileStamp?]) -> (AppState, [Effect]) {
    var s = state
    s.reload.loaded = stamps
    s.reload.seen = stamps
    s.reload.failure = reason
    s.message = StatusMessage(
      kind: .error, text: "Not reloaded: \(reason) (the deck on screen is the last good one)")
    return (s, [])
  }

  /// New content in place of the old, keeping what the user was looking at.
  static func swap(_ s: inout AppState, to content: MeetingContent) {
    let old = s.content
    let selectedID = s.deckList.selectedMetric.map { old.deck.metrics[$0].id }
    let visitedIDs = s.deckList.visited.map { old.deck.metrics[$0].id }
    let filter = s.deckList.filter
    var list = DeckListState(rows: content.order, groupOfMetric: content.analysis.groupOfMetric)
    list.owner = s.deckList.owner
    list.visited = Set(visitedIDs.compactMap { content.metricIndex[$0] })
    s.content = content
    s.deckList = list
    AppUpdate.applyFilter(&s, filter)
    if let id = selectedID, let metric = content.metricIndex[id],
      let row = s.deckList.rows.firstIndex(of: metric)
    {
      s.deckList.selected = row
      s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: s.size))
    }
    if case .drillDown(let metric) = s.screen {
      if let now = content.metricIndex[old.deck.metrics[metric].id] {
        s.screen = .drillDown(metric: now)
        s.drillDownScroll = min(s.drillDownScroll, DrillDownLayout.maxScroll(s, metric: now))
      } else {
        s.screen = .deck
      }
    }
    if case .ownerPicker = s.overlay { s.overlay = nil }
  }
}
