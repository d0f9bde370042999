/// The fold: how each event changes the state.
extension MeetingRecord {
  /// Folds `event`: a prep session's change becomes a proposal, an accept applies one, and a
  /// meeting's change replaces the proposals about what it settles before it takes effect.
  mutating func apply(_ event: RecordEvent) {
    if case .prepAccepted(let target) = event.change { return accept(target, by: event) }
    if event.change.isChange, isPrepared(event) { return propose(event) }
    if event.change.isChange { settle(by: event) }
    applyChange(event)
  }

  /// The change's effect on the record, whoever made it.
  mutating func applyChange(_ event: RecordEvent) {
    let w = event.week
    switch event.change {
    case .reviewed(let metric):
      weeks[w, default: WeekRecord(week: w)].reviewed.insert(metric)
    case .unreviewed(let metric):
      weeks[w, default: WeekRecord(week: w)].reviewed.remove(metric)
    case .reviewedMany(let metrics):
      weeks[w, default: WeekRecord(week: w)].reviewed.formUnion(metrics)
    case .outcome(let metric, let kind, let signals, let draft):
      withdrawAutoCommitment(of: metric, in: w)
      var outcome = MetricOutcome(
        metric: metric, kind: kind, signals: signals, eventID: event.id, at: event.at, by: event.by)
      if let draft, commitmentsByID[draft.id] == nil {
        create(draft, metric: metric, event: event, fromInvestigation: true)
        outcome.commitmentID = draft.id
      }
      weeks[w, default: WeekRecord(week: w)].outcomes[metric] = outcome
    case .outcomeCleared(let metric):
      withdrawAutoCommitment(of: metric, in: w)
      weeks[w]?.outcomes[metric] = nil
    case .commitmentAdded(let draft, let metric):
      guard commitmentsByID[draft.id] == nil else {
        return skip(event, "commitment \(draft.id) already exists")
      }
      create(draft, metric: metric, event: event, fromInvestigation: false)
    case .commitmentDone(let id, let note):
      update(id, event, .done(note: note)) { c in
        c.status = .done
        c.closedWeek = w
        c.doneNote = note
      }
    case .commitmentCarried(let id, let due, let reason):
      update(id, event, .carried(due: due, reason: reason)) { c in c.due = due }
    case .commitmentDropped(let id, let reason):
      update(id, event, .dropped(reason: reason)) { c in
        c.status = .dropped
        c.dropReason = reason
        c.closedWeek = w
      }
    case .commitmentEdited(let id, let text, let owner, let due):
      update(id, event, .edited(text: text, owner: owner, due: due)) { c in
        if let text { c.text = text }
        if let owner { c.owner = owner }
        if let due { c.due = due }
      }
    case .outcomeContinued(let metric, let note, let signals, let id, let due):
      withdrawAutoCommitment(of: metric, in: w)
      var outcome = MetricOutcome(
        metric: metric, kind: .investigating(note), signals: signals, eventID: event.id, at: event.at,
        by: event.by)
      if let c = commitmentsByID[id], c.status == .open {
        outcome.commitmentID = id
        outcome.continuedFromDue = c.due
        update(id, event, .carried(due: due)) { c in c.due = due }
      } else {
        skip(event, "no open commitment \(id) to continue; the outcome is kept without it")
      }
      weeks[w, default: WeekRecord(week: w)].outcomes[metric] = outcome
    case .seriesStarted(let identity):
      guard series == nil else {
        return skip(event, "the record already belongs to the series \(series?.id ?? "")")
      }
      series = identity
    case .seriesRenamed(let title):
      guard series != nil else { return skip(event, "a rename before the series started") }
      series?.title = title
    case .sessionOpened, .undo, .prepAccepted, .meetingHeld:
      break
    }
  }

  private mutating func create(
    _ draft: CommitmentDraft, metric: String?, event: RecordEvent, fromInvestigation: Bool
  ) {
    let step = CommitmentStep(
      action: .created, week: event.week, eventID: event.id, at: event.at, by: event.by)
    commitmentsByID[draft.id] = Commitment(
      id: draft.id, text: draft.text, owner: draft.owner, metric: metric, createdWeek: event.week,
      due: draft.due, fromInvestigation: fromInvestigation, history: [step])
    commitmentOrder.append(draft.id)
  }

  /// A commitment step on an existing commitment. Done/carry/drop on a closed commitment is
  /// skipped: it would rewrite history that the notes already reported.
  private mutating func update(
    _ id: String, _ event: RecordEvent, _ action: CommitmentStep.Action,
    _ change: (inout Commitment) -> Void
  ) {
    guard var c = commitmentsByID[id] else { return skip(event, "no commitment \(id)") }
    if case .edited = action {
    } else if c.status != .open {
      return skip(event, "commitment \(id) is already \(c.status.rawValue)")
    }
    change(&c)
    c.history.append(
      CommitmentStep(action: action, week: event.week, eventID: event.id, at: event.at, by: event.by))
    commitmentsByID[id] = c
  }

  /// When an *investigating* outcome is replaced or cleared in the same meeting, the
  /// "report back" commitment it created goes with it, as long as nobody touched it since:
  /// it was generated, not typed, so nothing the lead typed is lost.
  /// A continued one (`outcome.continue`) goes back to its earlier due week, as long as the
  /// carry is still its last step.
  private mutating func withdrawAutoCommitment(of metric: String, in week: Day) {
    guard let outcome = weeks[week]?.outcomes[metric], let id = outcome.commitmentID,
      var c = commitmentsByID[id], c.status == .open
    else { return }
    if let due = outcome.continuedFromDue {
      guard c.history.last?.eventID == outcome.eventID else { return }
      c.history.removeLast()
      c.due = due
      commitmentsByID[id] = c
      return
    }
    guard c.history.count == 1 else { return }
    commitmentsByID[id] = nil
    commitmentOrder.removeAll { $0 == id }
  }

  mutating func skip(_ event: RecordEvent, _ reason: String) {
    skipped.append((event.id, reason))
  }
}
