import WBRModel

/// The commitments screen's keys: the cursor, and done, carry, drop and edit on the
/// commitment under it.
enum CommitmentsUpdate {
  static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .move(let delta): moveCursor(&s, by: delta)
    case .page(let pages): moveCursor(&s, by: pages * max(1, s.size.height - 6))
    case .moveToFirst: moveCursor(&s, by: Int.min / 2)
    case .moveToLast: moveCursor(&s, by: Int.max / 2)
    case .back: s.screen = .deck
    case .show(let panel): s.overlay = Overlay.opening(panel, in: s)
    case .showCommitments: show(&s)
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort, .open, .startFilter, .clearFilter, .edit,
      .submit,
      .cancel:
      break
    }
    return (s, [])
  }

  /// `c`: the commitments screen, its cursor kept on a commitment (the list may have changed
  /// since it was last shown).
  static func show(_ s: inout AppState) {
    s.screen = .commitments
    clampCursor(&s)
  }

  /// Rows of the list on screen at `size` (title, column headings and the detail line
  /// take the rest of the body).
  static func visibleRows(for size: Size) -> Int {
    max(1, MeetingLayout.frame(for: size).body.height - 3)
  }

  static func moveCursor(_ s: inout AppState, by delta: Int) {
    let rows = CommitmentRows.rows(s)
    let items = CommitmentRows.selectable(rows)
    guard !items.isEmpty else {
      s.meeting.commitmentCursor = 0
      s.meeting.commitmentScroll = 0
      return
    }
    s.meeting.commitmentCursor = max(0, min(s.meeting.commitmentCursor.addingClamped(delta), items.count - 1))
    keepVisible(&s, row: items[s.meeting.commitmentCursor], rowCount: rows.count)
  }

  /// Keeps the cursor on a commitment after the list changed.
  static func clampCursor(_ s: inout AppState) {
    moveCursor(&s, by: 0)
  }

  /// Scrolls so that `row` is on screen, showing its section and owner headings when they fit.
  private static func keepVisible(_ s: inout AppState, row: Int, rowCount: Int) {
    let window = visibleRows(for: s.size)
    var scroll = s.meeting.commitmentScroll
    if row < scroll + 1 { scroll = max(0, row - 2) }
    if row >= scroll + window { scroll = row - window + 1 }
    s.meeting.commitmentScroll = max(0, min(scroll, max(0, rowCount - window)))
  }

  /// `d`: the selected commitment is done; a dialog takes what was reported back (optional,
  /// Enter alone saves it done).
  static func done(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let c = selected(s) else { return nothingSelected(s) }
    guard c.status == .open else { return say(s, "Already \(c.status.rawValue): \(c.text)") }
    s.overlay = .record(
      .text(
        TextDialog(
          purpose: .doneNote(commitmentID: c.id), title: "Done: \(c.text)",
          hint: "What was reported back, if you like (optional); Enter saves", maxLength: 4000)))
    return (s, [])
  }

  /// `r`: carried to the next meeting.
  static func carry(_ state: AppState) -> (AppState, [Effect]) {
    guard let c = selected(state) else { return nothingSelected(state) }
    guard c.status == .open else { return say(state, "Already \(c.status.rawValue): \(c.text)") }
    let next = state.meeting.nextMeeting
    guard c.due < next else {
      return say(state, "Not due yet (due \(c.due), the next WBR or later): nothing to carry")
    }
    // An owner carrying in a prep session says why it slips, as the meeting will ask (their
    // pending carry's reason to edit); the lead's r carries at once.
    if state.meeting.prep != nil {
      var s = state
      var reason = ""
      if case .commitmentCarried(_, _, let r?)? = s.meeting.record.preparedAnswer(
        to: c.id, in: s.meeting.week)?
        .event.change
      {
        reason = r
      }
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .carryReason(commitmentID: c.id, due: next), title: "Carry to \(next): \(c.text)",
            hint: "Why does it slip? (optional); Enter saves", text: reason, maxLength: 1000)))
      return (s, [])
    }
    return (state, [.save(.commitmentCarried(id: c.id, due: next), note: "Carried to \(next): \(c.text)")])
  }

  /// `D`: the drop dialog, asking why.
  static func drop(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let c = selected(s) else { return nothingSelected(s) }
    guard c.status == .open else { return say(s, "Already \(c.status.rawValue): \(c.text)") }
    s.overlay = .record(
      .text(
        TextDialog(
          purpose: .dropReason(commitmentID: c.id), title: "Drop: \(c.text)",
          hint: "Why is it dropped? The reason stays in the notes", maxLength: 1000)))
    return (s, [])
  }

  /// `e`, Enter: the commitment form on the selected commitment.
  static func edit(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let c = selected(s) else { return nothingSelected(s) }
    let name = c.metric.flatMap { id in s.content.deck.metrics.first { $0.id == id }?.name } ?? c.metric
    s.overlay = .record(
      .commitment(
        CommitmentForm(
          editing: c.id, text: c.text, owner: c.owner, due: c.due, metricID: c.metric, metricName: name)))
    return (s, [])
  }

  /// The commitment under the cursor, on the commitments screen only.
  private static func selected(_ s: AppState) -> Commitment? {
    guard s.screen == .commitments else { return nil }
    return CommitmentRows.selected(s)
  }

  private static func nothingSelected(_ state: AppState) -> (AppState, [Effect]) {
    say(state, "No commitment selected")
  }

  private static func say(_ state: AppState, _ text: String) -> (AppState, [Effect]) {
    var s = state
    s.message = StatusMessage(kind: .info, text: text)
    return (s, [])
  }
}
