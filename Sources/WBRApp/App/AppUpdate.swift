import WBRModel

/// The one place the meeting's state changes: `update(state, action) -> (state, effects)`.
///
/// Pure: no terminal, no files, no clock. Anything that touches the world is returned as an
/// `Effect` for the run loop to perform, so every behaviour here is a plain unit test.
enum AppUpdate {
  /// - Parameter layOut: lay out the drill-down's page for the new state (see `layOut(_:)`).
  ///   The run loop passes false inside a burst of keys and lays out once before the frame, so
  ///   a metric opened and closed again within one paste costs no layout.
  static func update(_ state: AppState, _ action: Action, layOut: Bool = true) -> (AppState, [Effect]) {
    var (s, effects) = apply(state, action)
    if layOut { DrillDownView.preparePage(&s) }
    return (s, effects)
  }

  /// Keeps what frames reuse up to date for `state`: the drill-down's page of the metric on
  /// screen (none elsewhere). `update` does it after each action unless told not to.
  static func layOut(_ state: AppState) -> AppState {
    var s = state
    DrillDownView.preparePage(&s)
    return s
  }

  /// The action's own change to the state (`update` then refreshes what is laid out from it).
  private static func apply(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    if let handled = RecordUpdate.intercept(state, action) { return handled }
    var s = state
    if case .resize = action {} else { s.message = nil }
    switch action {
    case .quit:
      return (s, [.exit(status: 0)])
    case .terminate(let signal):
      return (s, [.exit(status: 128 + signal)])
    case .resize(let size):
      s.size = size
      s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: size))
      if case .drillDown(let metric) = s.screen {
        DrillDownView.preparePage(&s)
        s.drillDownScroll = min(s.drillDownScroll, DrillDownView.maxScroll(s, metric: metric))
      }
    case .move(let delta):
      move(&s, by: delta)
    case .page(let pages):
      if case .drillDown = s.screen, s.overlay == nil {
        move(&s, by: pages * DrillDownView.pageRows(for: s.size))
      } else if s.screen == .deck, s.overlay == nil {
        s.deckList.page(by: pages, visibleRows: MeetingLayout.listRows(for: s.size))
      } else {
        move(&s, by: pages * max(1, MeetingLayout.listRows(for: s.size) - 1))
      }
    case .moveToFirst:
      move(&s, by: Int.min / 2)
    case .moveToLast:
      move(&s, by: Int.max / 2)
    case .nextAnomaly:
      walkAnomalies(&s, forward: true)
    case .previousAnomaly:
      walkAnomalies(&s, forward: false)
    case .open:
      if let metric = s.deckList.selectedMetric {
        s.screen = .drillDown(metric: metric)
        s.drillDownScroll = 0
        if s.content.analysis.metrics.indices.contains(metric), s.content.analysis.metrics[metric].isAnomaly {
          s.deckList.visited.insert(metric)
        }
      }
    case .back:
      if s.overlay != nil {
        s.overlay = nil
      } else if s.screen != .deck {
        s.screen = .deck
      }
    case .showHelp:
      s.overlay = .help(scroll: 0)
    case .showCommitments:
      s.screen = .commitments
    case .startFilter:
      s.filterInput = LineEditor(text: s.deckList.filter, maxLength: 200)
    case .clearFilter:
      guard !s.deckList.filter.isEmpty || s.deckList.owner != nil else { return (s, [.bell]) }
      s.deckList.owner = nil
      applyFilter(&s, "")
    case .edit(let edit):
      return TextEntryUpdate.edit(s, edit)
    case .submit:
      return TextEntryUpdate.submit(s)
    case .cancel:
      return TextEntryUpdate.cancel(s)
    case .redraw:
      return (s, [.redraw])
    case .record(let action):
      return RecordUpdate.update(s, action)
    case .openOwnerPicker:
      s.overlay = .ownerPicker(OwnerPickerState(metric: s.deckList.selectedMetric ?? 0))
    }
    return (s, [])
  }

  /// Moves whatever list has the keys: the help text, the owner picker, the drill-down's body
  /// (it scrolls), or the deck.
  private static func move(_ s: inout AppState, by delta: Int) {
    switch s.overlay {
    case .help(let scroll):
      s.overlay = .help(scroll: max(0, min(scroll.addingClamped(delta), HelpView.maxScroll(s))))
      return
    case .ownerPicker(var picker):
      let count = OwnerPickerView.matches(s, picker).count
      picker.selected = max(0, min(picker.selected.addingClamped(delta), count - 1))
      s.overlay = .ownerPicker(picker)
      return
    case .textEntry, .record:
      return
    case nil:
      break
    }
    if case .drillDown(let metric) = s.screen {
      // Scrolling needs the page's height: lay it out once, kept for the next key and frame.
      DrillDownView.preparePage(&s)
      let limit = DrillDownView.maxScroll(s, metric: metric)
      s.drillDownScroll = max(0, min(s.drillDownScroll.addingClamped(delta), limit))
      return
    }
    s.deckList.move(by: delta, visibleRows: MeetingLayout.listRows(for: s.size))
  }

  /// The anomaly walk: selects the next (or previous) metric with a signal, wrapping around
  /// with a note in the footer.
  private static func walkAnomalies(_ s: inout AppState, forward: Bool) {
    let rows = s.deckList.rows
    let metrics = s.content.analysis.metrics
    let isAnomaly = { (i: Int) in metrics.indices.contains(rows[i]) && metrics[rows[i]].isAnomaly }
    guard rows.indices.contains(where: isAnomaly) else {
      s.message = StatusMessage(kind: .info, text: "No anomalies in this list")
      return
    }
    let start = s.deckList.selected
    var i = start
    var wrapped = false
    repeat {
      i += forward ? 1 : -1
      if i >= rows.count || i < 0 {
        i = forward ? 0 : rows.count - 1
        wrapped = true
      }
    } while !isAnomaly(i) && i != start
    if wrapped {
      s.message = StatusMessage(
        kind: .info, text: forward ? "Back to the first anomaly" : "Back to the last anomaly")
    }
    s.deckList.move(by: i - s.deckList.selected, visibleRows: MeetingLayout.listRows(for: s.size))
    if let metric = s.deckList.selectedMetric { s.deckList.visited.insert(metric) }
    if case .drillDown = s.screen, let metric = s.deckList.selectedMetric {
      s.screen = .drillDown(metric: metric)
      s.drillDownScroll = 0
    }
  }

  /// Shows only the metrics matching `filter`, keeping the selected metric selected when it
  /// still matches. The deck is searched again only when the filter or the owner changed
  /// (not for a cursor move in the filter, nor Esc with nothing typed), and a filter that
  /// extends the one on screen searches only the rows on screen.
  static func applyFilter(_ s: inout AppState, _ filter: String) {
    let kept = s.deckList.selectedMetric
    let wanted = DeckListState.Filtered(filter: filter, owner: s.deckList.owner)
    s.deckList.filter = filter
    if s.deckList.filtered != wanted {
      let earlier = s.deckList.filtered.flatMap {
        $0.owner == wanted.owner ? ($0.filter, s.deckList.rows) : nil
      }
      s.deckList.setRows(
        DeckFilter.rows(s.content, matching: filter, owner: wanted.owner, narrowing: earlier))
      s.deckList.filtered = wanted
    }
    s.deckList.selected = kept.flatMap { s.deckList.rows.firstIndex(of: $0) } ?? 0
    s.deckList.scroll = 0
    s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: s.size))
  }
}

extension Int {
  /// Addition that stops at the bounds instead of trapping.
  func addingClamped(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : sum
  }
}
