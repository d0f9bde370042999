/// The fold of prep sessions: an owner's changes are kept as proposals (`PreparedEntry`) and
/// take effect only when the lead accepts them (docs/JOURNAL.md, "Prepared entries").
extension MeetingRecord {
  /// Whether `event` was written by a prep session of its week.
  public func isPrepared(_ event: RecordEvent) -> Bool { session(of: event)?.header.kind == .prep }

  /// Folds a prep session's change as a proposal: it replaces a pending proposal about the
  /// same thing in the same week; an `outcome.clear` only withdraws the pending one.
  mutating func propose(_ event: RecordEvent) {
    guard let subject = PreparedEntry.subject(of: event.change) else {
      return skip(event, "a prep session proposes outcomes and commitments only")
    }
    settle(subject, week: event.week, by: event.id)
    if case .outcomeCleared = event.change { return }
    preparedIndex[event.id] = prepared.count
    prepared.append(
      PreparedEntry(event: event, owner: session(of: event)?.header.owner, subject: subject, status: .pending)
    )
  }

  /// A meeting change: the pending proposals about what it settles are replaced.
  mutating func settle(by event: RecordEvent) {
    guard !prepared.isEmpty else { return }
    for subject in PreparedEntry.subjects(settledBy: event.change) {
      settle(subject, week: event.week, by: event.id)
    }
  }

  private mutating func settle(_ subject: PreparedEntry.Subject, week: Day, by eventID: String) {
    for i in prepared.indices
    where prepared[i].isPending && prepared[i].subject == subject && prepared[i].week == week {
      prepared[i].status = .replaced(by: eventID)
    }
  }

  /// `prep.accept`: the proposal takes effect as the owner's change (its `by` and `at`).
  mutating func accept(_ target: String, by event: RecordEvent) {
    guard let i = preparedIndex[target], prepared[i].isPending else {
      return skip(event, "no pending prepared entry \(target) to accept")
    }
    prepared[i].status = .accepted(by: event.id)
    applyChange(prepared[i].event)
  }

  /// The proposals of meeting `week` still waiting for the lead, in journal order.
  public func pendingPrepared(in week: Day) -> [PreparedEntry] {
    prepared.filter { $0.isPending && $0.week == week }
  }

  /// The pending proposal about `metric`'s outcome in `week`, if any.
  public func preparedOutcome(of metric: String, in week: Day) -> PreparedEntry? {
    prepared.last { $0.isPending && $0.week == week && $0.subject == .outcome(metric: metric) }
  }

  /// The pending proposed answer to commitment `id` in `week`, if any.
  public func preparedAnswer(to id: String, in week: Day) -> PreparedEntry? {
    prepared.last { $0.isPending && $0.week == week && $0.subject == .answer(commitmentID: id) }
  }

  private func isAccepted(_ entry: PreparedEntry) -> Bool {
    if case .accepted = entry.status { return true }
    return false
  }

  /// The prepared entry of event `id` (pending or not).
  public func preparedEntry(_ id: String) -> PreparedEntry? { preparedIndex[id].map { prepared[$0] } }

  /// What `u` reverts in a prep session of `week` written as `by`: that owner's latest
  /// proposal still in effect. The meeting's own `u` (`lastUndoable(in:)`) never reaches it.
  public func lastUndoablePrepared(in week: Day, by author: String) -> RecordEvent? {
    events.last {
      $0.week == week && $0.by == author && $0.change.isUndoable && !undone.contains($0.id) && isPrepared($0)
        && (preparedEntry($0.id).map { !isAccepted($0) } ?? true)
    }
  }
}
