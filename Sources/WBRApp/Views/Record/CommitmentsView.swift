import WBRModel

/// The commitments screen: commitments from earlier meetings under review, grouped by owner
/// with their age and what this meeting did with them, then this meeting's new ones. The
/// line at the bottom tells the selected commitment's story.
enum CommitmentsView {
  private static let metricWidth = 16
  private static let dueWidth = 11
  private static let ageWidth = 6
  private static let statusWidth = 9

  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard area.height > 0, area.width > 0 else { return }
    let ascii = state.glyphs.isASCII
    let rows = CommitmentRows.rows(state)
    let items = CommitmentRows.selectable(rows)
    let selectedRow =
      items.indices.contains(state.meeting.commitmentCursor) ? items[state.meeting.commitmentCursor] : nil
    let counts = state.meeting.record.commitmentCounts(in: state.meeting.week)
    let x = buffer.put(" Commitments", at: area.x, y: area.y, style: .heading, maxWidth: area.width)
    let summary =
      "\(counts.closed) done  \(counts.carried) carried  \(counts.dropped) dropped  \(counts.opened) new "
    if x + summary.count + 1 < area.maxX {
      buffer.put(summary, at: area.maxX - summary.count, y: area.y, style: .muted)
    }
    guard area.height > 2 else { return }
    let metric = area.width >= 70 ? metricColumn(rows, state, width: area.width) : 0
    let textWidth = max(0, area.width - 4 - metric - dueWidth - ageWidth - statusWidth)
    drawHeadings(
      textWidth: textWidth, metric: metric, y: area.y + 1, x: area.x, width: area.width, on: &buffer)
    let list = CommitmentsLayout.list(in: area)
    let scroll = CommitmentsLayout.scroll(state, rows: rows, listHeight: list.height)
    for (i, row) in rows.enumerated().dropFirst(max(0, scroll)).prefix(list.height) {
      let y = list.y + i - scroll
      switch row.kind {
      case .section(let title):
        buffer.put(" " + title, at: list.x, y: y, style: .heading, maxWidth: list.width)
      case .owner(let name):
        DialogView.put(
          name, x: list.x + 3, y: y, width: list.width - 3, style: .bold, ascii: ascii, on: &buffer)
      case .note(let text):
        DialogView.put(
          text, x: list.x + 4, y: y, width: list.width - 4, style: .muted, ascii: ascii, on: &buffer)
      case .item(let c, _):
        drawItem(
          state, c, selected: i == selectedRow, textWidth: textWidth, metric: metric,
          in: Rect(x: list.x, y: y, width: list.width, height: 1), on: &buffer)
      }
    }
    if let selectedRow, let c = rows[selectedRow].commitment, area.height > 3 {
      DialogView.put(
        " " + story(c, state), x: area.x, y: area.maxY - 1, width: area.width, style: .muted, ascii: ascii,
        on: &buffer)
    }
  }

  /// The metric column: at least 16 columns; wider when the texts leave room, up to the
  /// longest metric name shown, so a name is not cut while cells beside it stay empty.
  private static func metricColumn(_ rows: [CommitmentRow], _ state: AppState, width: Int) -> Int {
    let items = rows.compactMap(\.commitment)
    let names = items.compactMap { $0.metric.map { metricName($0, state.content).displayWidth + 1 } }
    let texts = items.map { $0.text.displayWidth }.max() ?? 0
    let room = width - 4 - dueWidth - ageWidth - statusWidth - texts
    return max(metricWidth, min(names.max() ?? 0, room))
  }

  private static func drawHeadings(
    textWidth: Int, metric: Int, y: Int, x: Int, width: Int, on buffer: inout ScreenBuffer
  ) {
    var cx = x + 4
    cx = buffer.put("Commitment".fitted(toWidth: textWidth), at: cx, y: y, style: .heading)
    cx = buffer.put(" Metric".fitted(toWidth: metric), at: cx, y: y, style: .heading)
    cx = buffer.put(" Due".fitted(toWidth: dueWidth), at: cx, y: y, style: .heading)
    cx = buffer.put("Age".fitted(toWidth: ageWidth, alignment: .right), at: cx, y: y, style: .heading)
    buffer.put(
      " Status".fitted(toWidth: statusWidth), at: cx, y: y, style: .heading, maxWidth: x + width - cx)
  }

  private static func drawItem(
    _ state: AppState, _ c: Commitment, selected: Bool, textWidth: Int, metric: Int, in row: Rect,
    on buffer: inout ScreenBuffer
  ) {
    let ascii = state.glyphs.isASCII
    let base: Style = selected ? .selection : .normal
    let quiet: Style = selected ? .selection : .muted
    if selected { buffer.setStyle(row, .selection) }
    let y = row.y
    var x = buffer.put(selected ? "\(state.glyphs.pointer)   " : "    ", at: row.x, y: y, style: base)
    x = buffer.put(c.text.fitted(toWidth: textWidth, ascii: ascii), at: x, y: y, style: base)
    if metric > 0 {
      let name = c.metric.map { metricName($0, state.content) } ?? ""
      x = buffer.put((" " + name).fitted(toWidth: metric, ascii: ascii), at: x, y: y, style: quiet)
    }
    x = buffer.put((" " + c.due.description).fitted(toWidth: dueWidth), at: x, y: y, style: base)
    let age = c.age(at: state.meeting.week)
    x = buffer.put(
      (age == 0 ? "new" : "\(age) wk").fitted(toWidth: ageWidth, alignment: .right), at: x, y: y, style: quiet
    )
    let (status, role) = status(c, state)
    buffer.put(
      (" " + status).fitted(toWidth: statusWidth, ascii: ascii), at: x, y: y,
      style: selected ? Style(role, .reverse) : Style(role), maxWidth: row.maxX - x)
  }

  /// What this meeting did with it, in a word and a colour (the word carries the meaning).
  static func status(_ c: Commitment, _ state: AppState) -> (String, ColorRole) {
    let week = state.meeting.week
    switch state.meeting.record.reviewOutcome(of: c, in: week) {
    case .done: return ("done", .good)
    case .dropped: return ("dropped", .muted)
    case .carried: return ("carried", .warn)
    case .open:
      if c.status == .done { return ("done", .good) }
      if c.status == .dropped { return ("dropped", .muted) }
      // Overdue (a meeting on or after its due week passed without closing it) stands out
      // in upper case as well as in colour.
      if state.meeting.record.isOverdue(c, at: week) { return ("OVERDUE", .bad) }
      return c.due <= week ? ("due", .bad) : ("open", .normal)
    }
  }

  /// The metric's name in the deck, its id with "not in this deck" when the deck has no such
  /// metric (nor a metric renamed from it): the record keeps it, the screen says so.
  static func metricName(_ id: String, _ content: MeetingContent) -> String {
    if let m = content.deck.metrics.first(where: { $0.id == id || $0.renamedFrom.contains(id) }) {
      return m.name
    }
    return id + " (not in this deck)"
  }

  /// "Zoë Øster · agreed 2026-11-14 · carried 1× · from an investigation · done 2026-11-21:
  /// what was reported back" (or "dropped 2026-11-21: why"), and the metric when the deck lacks it.
  static func story(_ c: Commitment, _ state: AppState) -> String {
    let dot = " \(state.glyphs.bullet) "
    var parts = [c.owner.map { RecordSummary.ownerName($0, state.content) } ?? "Unassigned"]
    parts.append("agreed \(c.createdWeek)")
    if c.carryCount > 0 { parts.append("carried \(c.carryCount)\(state.glyphs.times)") }
    if c.fromInvestigation { parts.append("from an investigation") }
    let closed = c.closedWeek.map { " \($0)" } ?? ""
    switch c.status {
    case .open:
      if state.meeting.record.isOverdue(c, at: state.meeting.week) { parts.append("overdue since \(c.due)") }
      if let entry = state.meeting.record.preparedAnswer(to: c.id, in: state.meeting.week) {
        parts.append(preparedAnswer(entry, state))
      }
    case .done: parts.append("done\(closed)" + (c.doneNote.map { ": " + $0 } ?? ""))
    case .dropped: parts.append("dropped\(closed)" + (c.dropReason.map { ": " + $0 } ?? ""))
    }
    if let id = c.metric, metricName(id, state.content).hasSuffix("(not in this deck)") {
      parts.append("metric \(id) is not in this deck")
    } else if let change = ownerChange(c, state) {
      parts.append(change)
    }
    return parts.joined(separator: dot)
  }

  /// "prepared: done: the note (prepared by Zoë at 09:12; A accepts)": an owner's answer
  /// from `wbr prep` waiting for the lead.
  static func preparedAnswer(_ entry: PreparedEntry, _ state: AppState) -> String {
    let what: String
    switch entry.event.change {
    case .commitmentDone(_, let note): what = "done" + (note.map { ": " + $0 } ?? "")
    case .commitmentCarried(_, let due, let reason):
      what = "carry to \(due)" + (reason.map { ": " + $0 } ?? "")
    case .commitmentDropped(_, let reason): what = "drop: " + reason
    default: what = entry.event.change.type
    }
    let by = PrepUpdate.byline(entry) { RecordSummary.ownerName($0, state.content) }
    return "prepared: \(what) (\(by); A accepts)"
  }

  /// "metric now owned by Zoë Øster (was Kenji Mori at 2026-11-14)" when the linked metric's
  /// owner in this meeting differs from the one the meeting that agreed it saw.
  static func ownerChange(_ c: Commitment, _ state: AppState) -> String? {
    guard let id = c.metric, let metric = state.content.deck.metrics.first(where: { $0.id == id }),
      let seen = state.meeting.record.meeting(c.createdWeek)?.owners, c.createdWeek < state.meeting.week
    else { return nil }
    let then = seen.assignments[id]
    let now = state.content.owners.ownerID(for: metric)
    guard then != now else { return nil }
    let name = { (o: String?) in o.map { RecordSummary.ownerName($0, state.content) } ?? "nobody" }
    let thenName = then.map { o in seen.people.first { $0.id == o }?.name ?? o } ?? "nobody"
    return "metric now owned by \(name(now)) (was \(thenName) at \(c.createdWeek))"
  }
}
