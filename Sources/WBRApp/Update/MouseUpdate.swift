/// The mouse (issue #17): a click selects the row under it, a double click opens it (the
/// deck's metric, the owner picker's owner, the outcome menu's option, the palette's command:
/// run as Enter runs it), the wheel moves through lists and scrolls the
/// drill-down and the help, by `wheelRows` as three presses of ↑/↓ would. Rows come from the
/// layout the views draw with; a click elsewhere does nothing.
enum MouseUpdate {
  static let wheelRows = 3

  static func update(_ state: AppState, _ event: MouseEvent) -> (AppState, [Effect]) {
    switch event.kind {
    case .wheelUp, .wheelDown:
      if case .record = state.overlay { return (state, []) }  // ↑↓ move between a dialog's fields
      return AppUpdate.update(state, .move(event.kind == .wheelUp ? -wheelRows : wheelRows))
    case .click, .doubleClick:
      let double = event.kind == .doubleClick
      switch state.overlay {
      case .ownerPicker(let picker): return pickOwner(state, picker, y: event.y, open: double)
      case .record(.outcomeMenu(let menu)): return pickOutcome(state, menu, y: event.y, take: double)
      case .palette(let palette): return pickCommand(state, palette, y: event.y, run: double)
      case .help, .warnings, .record: return (state, [])
      case nil: break
      }
      guard state.filterInput == nil else { return (state, []) }
      switch state.screen {
      case .deck: return selectMetric(state, y: event.y, open: double)
      case .commitments: return selectCommitment(state, y: event.y)
      case .drillDown: return (state, [])
      }
    }
  }

  /// The deck's list starts under the header and the column headings.
  private static func selectMetric(_ state: AppState, y: Int, open: Bool) -> (AppState, [Effect]) {
    let body = MeetingLayout.frame(for: state.size).body
    let line = state.deckList.scroll + (y - body.y - 1)
    guard y > body.y, y < body.maxY, state.deckList.lines.indices.contains(line),
      case .metric(let position) = state.deckList.lines[line]
    else { return (state, []) }
    var s = state
    s.deckList.selected = position
    s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: s.size))
    return open ? AppUpdate.update(s, .open) : (s, [])
  }

  private static func selectCommitment(_ state: AppState, y: Int) -> (AppState, [Effect]) {
    let body = MeetingLayout.frame(for: state.size).body
    let list = CommitmentsLayout.list(in: body)
    let rows = CommitmentRows.rows(state)
    let row = CommitmentsLayout.scroll(state, rows: rows, listHeight: list.height) + (y - list.y)
    guard y >= list.y, y < list.maxY, let cursor = CommitmentRows.selectable(rows).firstIndex(of: row) else {
      return (state, [])
    }
    var s = state
    s.meeting.commitmentCursor = cursor
    return (s, [])
  }

  /// The outcome menu (`e`): a click chooses the option under it, a double click takes it.
  private static func pickOutcome(_ state: AppState, _ menu: OutcomeMenu, y: Int, take: Bool)
    -> (AppState, [Effect])
  {
    let options = OutcomeMenuLayout.firstOption(menu, in: MeetingLayout.frame(for: state.size).body)
    let index = y - options.y
    guard y < options.maxY, menu.options.indices.contains(index) else { return (state, []) }
    var s = state
    var chosen = menu
    chosen.selected = index
    s.overlay = .record(.outcomeMenu(chosen))
    return take ? AppUpdate.update(s, .submit) : (s, [])
  }

  /// The palette (`:`): a click chooses the command under it, a double click runs it.
  private static func pickCommand(_ state: AppState, _ palette: PaletteState, y: Int, run: Bool)
    -> (AppState, [Effect])
  {
    let rows = PaletteLayout.rows(in: MeetingLayout.frame(for: state.size).body)
    let index = PaletteLayout.scroll(palette, rows: rows) + (y - rows.y)
    guard y >= rows.y, y < rows.maxY, PaletteLayout.matches(state, palette).indices.contains(index) else {
      return (state, [])
    }
    var s = state
    var chosen = palette
    chosen.selected = index
    s.overlay = .palette(chosen)
    return run ? AppUpdate.update(s, .submit) : (s, [])
  }

  private static func pickOwner(_ state: AppState, _ picker: OwnerPickerState, y: Int, open: Bool)
    -> (AppState, [Effect])
  {
    let rows = OwnerPickerLayout.rows(in: MeetingLayout.frame(for: state.size).body)
    let index = OwnerPickerLayout.scroll(picker, rows: rows) + (y - rows.y)
    guard y >= rows.y, y < rows.maxY, picker.matches(in: state.content).indices.contains(index) else {
      return (state, [])
    }
    var s = state
    var chosen = picker
    chosen.selected = index
    s.overlay = .ownerPicker(chosen)
    return open ? AppUpdate.update(s, .submit) : (s, [])
  }
}
