/// New commitments are described by the app before the journal names them: the app cannot
/// make ids (no clock, no session), so it leaves a draft's id empty and the stamper fills it in
/// when the change is saved. A journal change is thus declared once, as a `RecordChange`.
extension CommitmentDraft {
  /// A commitment to be created, its id left for `EventStamper.stamp(_:)`.
  public static func unnamed(text: String, owner: String?, due: Day) -> CommitmentDraft {
    CommitmentDraft(id: "", text: text, owner: owner, due: due)
  }
}

extension EventStamper {
  /// The event for `change`, with a fresh commitment id for each unnamed draft in it (made
  /// before the event's own id, as `RecordKeeper` does).
  public mutating func stamp(_ change: RecordChange) -> RecordEvent {
    switch change {
    case .outcome(let metric, let outcome, let signals, var draft?) where draft.id.isEmpty:
      draft.id = commitmentID()
      return event(.outcome(metric: metric, outcome: outcome, signals: signals, commitment: draft))
    case .commitmentAdded(var draft, let metric) where draft.id.isEmpty:
      draft.id = commitmentID()
      return event(.commitmentAdded(draft, metric: metric))
    case .reviewed, .unreviewed, .reviewedMany, .outcome, .outcomeCleared, .commitmentAdded, .commitmentDone,
      .commitmentCarried, .commitmentDropped, .commitmentEdited, .undo, .outcomeContinued, .seriesStarted,
      .seriesRenamed, .sessionOpened, .prepAccepted, .meetingHeld:
      return event(change)
    }
  }
}
