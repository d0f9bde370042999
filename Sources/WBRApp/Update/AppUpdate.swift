import WBRModel

/// The one place the meeting's state changes: `update(state, action) -> (state, effects)`.
///
/// Pure: no terminal, no files, no clock, no views. Anything that touches the world is
/// returned as an `Effect` for `EffectRunner`, so every behaviour here is a plain unit test.
///
/// It routes by what has the keys: the overlay (help, owner picker, a record dialog), else the
/// deck's filter being typed, else the screen (deck, drill-down, commitments). Each of those
/// has its own update with an exhaustive switch over `Action`: a new action does not compile
/// until every one of them says what it does there. The footer's message is cleared here, once,
/// for every action but a resize and another writer's changes.
enum AppUpdate {
  static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .resize, .recordGrew, .clock(.tick): break  // none is the lead's doing: what the footer said stays
    default: s.message = nil
    }
    switch s.overlay {
    case .help(let scroll), .warnings(let scroll): return HelpUpdate.update(s, scroll: scroll, action)
    case .ownerPicker(let picker): return OwnerPickerUpdate.update(s, picker, action)
    case .record(let dialog): return RecordDialogUpdate.update(s, dialog, action)
    case .palette(let palette): return PaletteUpdate.update(s, palette, action)
    case nil: break
    }
    if let input = s.filterInput { return FilterUpdate.update(s, input, action) }
    switch s.screen {
    case .deck: return DeckUpdate.update(s, action)
    case .drillDown(let metric): return DrillDownUpdate.update(s, metric: metric, action)
    case .commitments: return CommitmentsUpdate.update(s, action)
    }
  }

  /// The actions that mean the same wherever they arrive: quitting, signals, the terminal's
  /// size, Ctrl-L, the record's keys and the effects' answers. The other actions are routed
  /// by context (`update`) and do nothing here.
  static func shared(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .quit:
      return (s, [.exit(status: 0)])
    case .terminate(let signal):
      return (s, [.exit(status: 128 + signal)])
    case .resize(let size):
      s.size = size
      s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: size))
      if case .drillDown(let metric) = s.screen {
        s.drillDownScroll = min(s.drillDownScroll, DrillDownLayout.maxScroll(s, metric: metric))
      }
      return (s, [])
    case .redraw:
      return (s, [.redraw])
    case .record(let action):
      return RecordUpdate.update(s, action)
    case .answer(let answer):
      return RecordUpdate.answer(s, answer)
    case .recordGrew(let events):
      return RecordUpdate.grew(s, events)
    case .habit(let habit):
      return HabitUpdate.update(s, habit)
    case .clock(let clock): return ClockUpdate.update(s, clock)
    case .move, .page, .moveToFirst, .moveToLast, .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort,
      .open, .back,
      .show, .showCommitments, .startFilter, .clearFilter, .edit, .submit, .cancel:
      return (s, [])
    }
  }

  /// `s`: the next order, the selected metric kept selected.
  static func cycleSort(_ s: inout AppState) {
    let kept = s.deckList.selectedMetric
    s.deckList.sort = s.deckList.sort.next
    let rows = DeckFilter.rows(s.content, matching: s.deckList.filter, owner: s.deckList.owner)
    s.deckList.setRows(s.deckList.sort.ordered(rows, s.content))
    s.deckList.filtered = DeckListState.Filtered(filter: s.deckList.filter, owner: s.deckList.owner)
    s.deckList.selected = kept.flatMap { s.deckList.rows.firstIndex(of: $0) } ?? 0
    s.deckList.scroll = 0
    s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: s.size))
    s.message = StatusMessage(
      kind: .info, text: "Order: " + (s.deckList.sort.label ?? "the meeting's") + " (s: next order)")
  }

  /// Rows one PgUp/PgDn moves in the help and the owner picker.
  static func listPage(_ size: Size) -> Int {
    max(1, MeetingLayout.listRows(for: size) - 1)
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
      let rows = DeckFilter.rows(s.content, matching: filter, owner: wanted.owner, narrowing: earlier)
      // Narrowing filters rows already in the sort's order, which keeps it.
      s.deckList.setRows(earlier == nil ? s.deckList.sort.ordered(rows, s.content) : rows)
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
