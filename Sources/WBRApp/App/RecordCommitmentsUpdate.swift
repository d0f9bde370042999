import WBRModel

/// The commitments screen's keys: the cursor, and done, carry, drop and edit on the
/// commitment under it.
enum RecordCommitmentsUpdate {
  /// Rows of the list on screen at `size` (title, column headings and the detail line
  /// take the rest of the body).
  static func visibleRows(for size: Size) -> Int {
    max(1, MeetingLayout.frame(for: size).body.height - 3)
  }

  static func moveCursor(_ s: inout AppState, by delta: Int) {
    let rows = CommitmentRows.rows(s)
    let items = CommitmentRows.selectable(rows)
    guard !items.isEmpty else {
      s.record.commitmentCursor = 0
      s.record.commitmentScroll = 0
      return
    }
    s.record.commitmentCursor = max(0, min(s.record.commitmentCursor.addingClamped(delta), items.count - 1))
    keepVisible(&s, row: items[s.record.commitmentCursor], rowCount: rows.count)
  }

  /// Keeps the cursor on a commitment after the list changed.
  static func clampCursor(_ s: inout AppState) {
    moveCursor(&s, by: 0)
  }

  /// Scrolls so that `row` is on screen, showing its section and owner headings when they fit.
  private static func keepVisible(_ s: inout AppState, row: Int, rowCount: Int) {
    let window = visibleRows(for: s.size)
    var scroll = s.record.commitmentScroll
    if row < scroll + 1 { scroll = max(0, row - 2) }
    if row >= scroll + window { scroll = row - window + 1 }
    s.record.commitmentScroll = max(0, min(scroll, max(0, rowCount - window)))
  }

  static func act(_ state: AppState, _ action: RecordAction) -> (AppState, [Effect]) {
    var s = state
    guard s.screen == .commitments, let c = CommitmentRows.selected(s) else {
      s.message = StatusMessage(kind: .info, text: "No commitment selected")
      return (s, [])
    }
    switch action {
    case .done:
      guard c.status == .open else { return say(s, "Already \(c.status.rawValue): \(c.text)") }
      return (s, [.record(.save(.done(id: c.id), note: "Done: \(c.text)"))])
    case .carry:
      guard c.status == .open else { return say(s, "Already \(c.status.rawValue): \(c.text)") }
      let next = s.record.nextMeeting
      guard c.due < next else { return say(s, "Already due at \(c.due): nothing to carry") }
      return (s, [.record(.save(.carry(id: c.id, due: next), note: "Carried to \(next): \(c.text)"))])
    case .drop:
      guard c.status == .open else { return say(s, "Already \(c.status.rawValue): \(c.text)") }
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .dropReason(commitmentID: c.id), title: "Drop: \(c.text)",
            hint: "Why is it dropped? The reason stays in the notes", maxLength: 1000)))
    case .edit:
      let name = c.metric.flatMap { id in s.content.deck.metrics.first { $0.id == id }?.name } ?? c.metric
      s.overlay = .record(
        .commitment(
          CommitmentForm(
            editing: c.id, text: c.text, owner: c.owner, due: c.due, metricID: c.metric, metricName: name)))
    default:
      break
    }
    return (s, [])
  }

  private static func say(_ state: AppState, _ text: String) -> (AppState, [Effect]) {
    var s = state
    s.message = StatusMessage(kind: .info, text: text)
    return (s, [])
  }
}
