import WBRModel

/// The help overlay's actions: scrolling its key list and closing it.
enum HelpUpdate {
  static func update(_ state: AppState, scroll: Int, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    // The warnings list (`!`) scrolls and closes as help does.
    let overlay: (Int) -> Overlay
    if case .warnings = state.overlay {
      overlay = { .warnings(scroll: $0) }
    } else {
      overlay = { .help(scroll: $0) }
    }
    switch action {
    case .move(let delta): s.overlay = overlay(scrolled(s, scroll, by: delta))
    case .page(let pages):
      s.overlay = overlay(scrolled(s, scroll, by: pages * AppUpdate.listPage(s.size)))
    case .moveToFirst: s.overlay = overlay(scrolled(s, scroll, by: Int.min / 2))
    case .moveToLast: s.overlay = overlay(scrolled(s, scroll, by: Int.max / 2))
    case .back, .submit, .cancel: s.overlay = nil
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort, .open, .show, .showCommitments,
      .startFilter,
      .clearFilter,
      .edit:
      break
    }
    return (s, [])
  }

  private static func scrolled(_ s: AppState, _ scroll: Int, by delta: Int) -> Int {
    max(0, min(scroll.addingClamped(delta), HelpLayout.maxScroll(s)))
  }
}

/// The owner picker's actions: typing its query, choosing an owner, and Enter, which shows
/// only that owner's metrics.
enum OwnerPickerUpdate {
  static func update(_ state: AppState, _ picker: OwnerPickerState, _ action: Action) -> (AppState, [Effect])
  {
    var s = state
    switch action {
    case .move(let delta): s.overlay = .ownerPicker(moved(s, picker, by: delta))
    case .page(let pages): s.overlay = .ownerPicker(moved(s, picker, by: pages * AppUpdate.listPage(s.size)))
    case .moveToFirst: s.overlay = .ownerPicker(moved(s, picker, by: Int.min / 2))
    case .moveToLast: s.overlay = .ownerPicker(moved(s, picker, by: Int.max / 2))
    case .edit(let edit):
      var picker = picker
      picker.query.apply(edit)
      picker.selected = 0
      s.overlay = .ownerPicker(picker)
    case .submit:
      s.overlay = nil
      let owners = picker.matches(in: s.content)
      guard owners.indices.contains(picker.selected) else { return (s, [.bell]) }
      s.deckList.owner = owners[picker.selected].id
      AppUpdate.applyFilter(&s, s.deckList.filter)
    case .back, .cancel: s.overlay = nil
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort, .open, .show, .showCommitments,
      .startFilter,
      .clearFilter:
      break
    }
    return (s, [])
  }

  private static func moved(_ s: AppState, _ picker: OwnerPickerState, by delta: Int) -> OwnerPickerState {
    var picker = picker
    let count = picker.matches(in: s.content).count
    picker.selected = max(0, min(picker.selected.addingClamped(delta), count - 1))
    return picker
  }
}

/// The deck's filter being typed (after `/`): edits narrow the list as they are typed, Enter
/// keeps the filter, Esc drops it.
enum FilterUpdate {
  static func update(_ state: AppState, _ input: LineEditor, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .edit(let edit):
      var input = input
      input.apply(edit)
      s.filterInput = input
      AppUpdate.applyFilter(&s, input.text)
    case .submit:
      s.filterInput = nil
    case .cancel:
      s.filterInput = nil
      // A prep session's base is its owner's metrics, not the whole deck.
      if s.meeting.prep != nil { PrepUpdate.showOwnersMetrics(&s) } else { AppUpdate.applyFilter(&s, "") }
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .move, .page, .moveToFirst, .moveToLast, .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort,
      .open, .back,
      .show,
      .showCommitments, .startFilter, .clearFilter:
      break
    }
    return (s, [])
  }
}
