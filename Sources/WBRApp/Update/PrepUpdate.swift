import WBRModel

/// The record's keys about owners' prepared entries: `A` accepts one in the meeting (one
/// journal change, `prep.accept`, undone by `u`), and a prep session's own rules (its `u`
/// reverts only its author's proposals; accepting and reviewed marks are the lead's).
enum PrepUpdate {
  /// `A`: the prepared entry under the cursor, accepted as the owner's change (a prep session
  /// refuses it before it gets here, `refusal(of:)`).
  static func accept(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let entry = entryUnderCursor(s) else {
      s.message = StatusMessage(kind: .info, text: "Nothing prepared here")
      return (s, [])
    }
    let what = RecordSummary.describe(entry.event, s)
    return (
      s,
      [
        .save(
          .prepAccepted(target: entry.event.id), note: "Accepted: \(what), prepared by \(author(entry, s))")
      ]
    )
  }

  /// The pending entry `A` accepts: on the commitments screen the prepared answer to the
  /// selected commitment; on a metric its prepared outcome, else a commitment proposed on it.
  static func entryUnderCursor(_ s: AppState) -> PreparedEntry? {
    let record = s.meeting.record
    let week = s.meeting.week
    if case .commitments = s.screen {
      guard let c = CommitmentRows.selected(s) else { return nil }
      return record.preparedAnswer(to: c.id, in: week)
    }
    guard let index = RecordUpdate.currentMetric(s), s.content.deck.metrics.indices.contains(index) else {
      return nil
    }
    let id = s.content.deck.metrics[index].id
    if let outcome = record.preparedOutcome(of: id, in: week) { return outcome }
    return record.pendingPrepared(in: week).first { entry in
      if case .commitment = entry.subject { return entry.event.metric == id }
      return false
    }
  }

  /// Why a prep session refuses `action`, or nil: reviewed marks, commitment edits and
  /// accepting prepared entries are the lead's (an owner explains, investigates or answers
  /// instead).
  static func refusal(_ s: AppState, _ action: RecordAction) -> String? {
    guard s.meeting.prep != nil else { return nil }
    return refusal(of: action)
  }

  /// Why any prep session refuses `action`, or nil. The one rule for what a prep session
  /// offers: its footer, help and command palette leave these keys out
  /// (`KeyBinding.isRefusedInPrep`).
  static func refusal(of action: RecordAction) -> String? {
    switch action {
    case .toggleReviewed, .reviewRest:
      return "Reviewed marks are the lead's: give the metric an outcome with e"
    case .edit: return "Editing a commitment is the lead's: answer it with d, r or D"
    case .accept: return "The lead accepts prepared entries in the meeting"
    default: return nil
    }
  }

  /// What a key does in a prep session where that differs from the meeting, for its help and
  /// palette: Esc goes back to the owner's metrics (`showOwnersMetrics`), `u` takes back the
  /// owner's own latest prepared entry.
  static func help(for action: Action) -> String? {
    switch action {
    case .clearFilter: return "clear the filter: back to your metrics"
    case .record(.undo): return "take back your latest prepared entry"
    default: return nil
    }
  }

  /// A prep session's own view of the deck: its owner's metrics, no text filter, those with a
  /// signal first (each part in screen order) while the deck is in the meeting's order. The
  /// session opens on it and Esc on a filter comes back to it, not to the whole deck; the
  /// selected metric stays selected when it is one of them.
  static func showOwnersMetrics(_ s: inout AppState) {
    guard let prep = s.meeting.prep else { return }
    s.deckList.owner = prep.owner
    AppUpdate.applyFilter(&s, "")
    guard s.deckList.sort == .meeting else { return }
    let kept = s.deckList.selectedMetric
    let metrics = s.content.analysis.metrics
    let isAnomaly = { (i: Int) in metrics.indices.contains(i) && metrics[i].isAnomaly }
    let rows = s.deckList.rows
    s.deckList.setRows(rows.filter(isAnomaly) + rows.filter { !isAnomaly($0) })
    s.deckList.selected = kept.flatMap { s.deckList.rows.firstIndex(of: $0) } ?? 0
    s.deckList.scroll = 0
    s.deckList.keepSelectionVisible(visibleRows: MeetingLayout.listRows(for: s.size))
  }

  /// Esc on the deck in a prep session: back to the owner's metrics (the bell when already
  /// there). The meeting's Esc clears the filter and the owner.
  static func clearFilter(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let prep = s.meeting.prep, !s.deckList.filter.isEmpty || s.deckList.owner != prep.owner else {
      return (s, [.bell])
    }
    showOwnersMetrics(&s)
    return (s, [])
  }

  /// The outcome `e` starts from (its menu's choice, the text to edit): the record's, or in a
  /// prep session the pending prepared one, so the owner edits their explanation rather than
  /// retyping it. The lead's `e` starts from the record's only: what the lead saves is the
  /// lead's own outcome replacing the proposal (`A` accepts it as it is), so starting from the
  /// owner's words would record them as the lead's.
  static func outcomeToEdit(_ s: AppState, metric id: String) -> OutcomeKind? {
    if s.meeting.prep != nil, let entry = s.meeting.record.preparedOutcome(of: id, in: s.meeting.week) {
      switch entry.event.change {
      case .outcome(_, let kind, _, _): return kind
      case .outcomeContinued(_, let note, _, _, _): return .investigating(note)
      default: break
      }
    }
    return s.meeting.thisWeek.outcomes[id]?.kind
  }

  /// Whether `e`'s menu offers `clear` on metric `id`: the lead clears the record's outcome;
  /// a prep session withdraws only its pending proposal (a prep `outcome.clear` touches
  /// nothing else), so it offers `clear` only when there is one.
  static func canClear(_ s: AppState, metric id: String) -> Bool {
    if s.meeting.prep != nil { return s.meeting.record.preparedOutcome(of: id, in: s.meeting.week) != nil }
    return s.meeting.thisWeek.outcomes[id] != nil
  }

  /// The footer's note for `change` saved in a prep session: a proposal the lead accepts,
  /// not the record, so "Saved: Revenue explained" reads "Prepared: Revenue explained" and an
  /// answer "Prepared, done: …" (as the meeting's screens say "Prepared, explained: …"); `e c`
  /// withdraws the proposal, "Withdrawn: the prepared outcome of Revenue", where the meeting
  /// says "Saved: the outcome of Revenue is cleared". The meeting's notes are as written.
  static func savedNote(_ note: String, _ change: RecordChange, _ s: AppState) -> String {
    guard s.meeting.prep != nil else { return note }
    if case .outcomeCleared(let metric) = change {
      return "Withdrawn: the prepared outcome of " + RecordSummary.metricName(metric, s.content)
    }
    let saved = "Saved: "
    if note.hasPrefix(saved) { return "Prepared: " + note.dropFirst(saved.count) }
    guard let first = note.first else { return note }
    return "Prepared, " + first.lowercased() + note.dropFirst()
  }

  /// What `u` reverts: in a prep session its author's latest proposal, in the meeting the
  /// meeting's latest change (owners' proposals are out of its reach).
  static func undoTarget(_ s: AppState) -> RecordEvent? {
    if let prep = s.meeting.prep {
      return s.meeting.record.lastUndoablePrepared(in: s.meeting.week, by: prep.author)
    }
    return s.meeting.record.lastUndoable(in: s.meeting.week)
  }

  /// Who prepared `entry`: the owner's name (the owners file), else the login that wrote it.
  static func author(_ entry: PreparedEntry, _ s: AppState) -> String {
    entry.owner.map { RecordSummary.ownerName($0, s.content) } ?? entry.event.by
  }

  /// "prepared by Zoë at 09:12" (UTC, as the record keeps times).
  static func byline(_ entry: PreparedEntry, ownerName: (String) -> String) -> String {
    let who = entry.owner.map(ownerName) ?? entry.event.by
    return "prepared by \(who) at \(clock(entry.event.at))"
  }

  /// `HH:MM` of an RFC 3339 time, or the time as written when it has none.
  static func clock(_ at: String) -> String {
    guard let t = at.firstIndex(of: "T") else { return at }
    let rest = at[at.index(after: t)...]
    return rest.count >= 5 ? String(rest.prefix(5)) : at
  }

  /// The metric an accepted entry's outcome is about, for the walk to move on.
  static func acceptedOutcomeMetric(_ event: RecordEvent, _ record: MeetingRecord) -> String? {
    guard case .prepAccepted(let target) = event.change, let entry = record.preparedEntry(target),
      case .outcome(let metric) = entry.subject
    else { return nil }
    return metric
  }

  /// The header's response gaps (`ResponseGaps`): anomalies and open commitments no one has
  /// answered, the prep session's owner's only in a prep session. Nil (not shown) in a
  /// meeting whose week has no prep session: without prep, the walk's counts say as much.
  /// - Complexity: O(anomalies + commitments + prepared entries), per frame.
  static func gapCount(_ s: AppState) -> Int? {
    let record = s.meeting.record
    let week = s.meeting.week
    guard
      s.meeting.prep != nil || record.sessions.contains(where: { $0.week == week && $0.header.kind == .prep })
    else { return nil }
    return ResponseGaps(
      deck: s.content.deck, analysis: s.content.analysis, owners: s.content.owners, record: record,
      only: s.meeting.prep?.owner
    ).count
  }
}
