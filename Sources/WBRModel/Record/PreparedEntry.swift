/// A change an owner made in a prep session (`wbr prep`) before the week's meeting: a
/// proposal. It does not count as reviewed, walked or recorded until the lead accepts it
/// (`prep.accept`), which applies it as the owner's change; the lead's own change to the same
/// thing replaces it. Unaccepted ones are "prepared, not discussed" in the notes.
public struct PreparedEntry: Sendable, Equatable {
  /// What a proposal is about: a later proposal or meeting change about the same thing in the
  /// same week replaces it.
  public enum Subject: Sendable, Hashable {
    /// A metric's outcome (explained, investigating, routine; or an investigation continued).
    case outcome(metric: String)
    /// A new commitment the owner proposes (its id).
    case commitment(id: String)
    /// An answer to an open commitment: done with a note, carried, dropped.
    case answer(commitmentID: String)
  }

  public enum Status: Sendable, Equatable {
    /// Waiting for the lead.
    case pending
    /// Accepted by the `prep.accept` event with this id.
    case accepted(by: String)
    /// Replaced by this later event (the lead's own change, or a newer proposal), or withdrawn
    /// by the owner (`outcome.clear` in prep).
    case replaced(by: String)
  }

  /// The prep session's event, as written (its `by` is the owner's login name, its `at` when
  /// it was prepared).
  public var event: RecordEvent
  /// The owner id the prep session was opened for (`prep.open`'s `owner`).
  public var owner: String?
  public var subject: Subject
  public var status: Status

  public var isPending: Bool { status == .pending }
  public var week: Day { event.week }

  /// The subject of a prep session's change, or nil for a change a prep session does not
  /// propose (reviewed marks, commitment edits): those are ignored.
  static func subject(of change: RecordChange) -> Subject? {
    switch change {
    case .outcome(let metric, _, _, _), .outcomeContinued(let metric, _, _, _, _),
      .outcomeCleared(let metric):
      return .outcome(metric: metric)
    case .commitmentAdded(let draft, _): return .commitment(id: draft.id)
    case .commitmentDone(let id, _), .commitmentCarried(let id, _, _), .commitmentDropped(let id, _):
      return .answer(commitmentID: id)
    case .reviewed, .unreviewed, .reviewedMany, .commitmentEdited, .undo, .seriesStarted, .seriesRenamed,
      .sessionOpened, .prepAccepted, .meetingHeld:
      return nil
    }
  }

  /// The subjects a meeting's own change settles: a prepared entry about one of them is replaced.
  static func subjects(settledBy change: RecordChange) -> [Subject] {
    switch change {
    case .outcome(let metric, _, _, _), .outcomeCleared(let metric): return [.outcome(metric: metric)]
    case .outcomeContinued(let metric, _, _, let id, _):
      return [.outcome(metric: metric), .answer(commitmentID: id)]
    case .commitmentDone(let id, _), .commitmentCarried(let id, _, _), .commitmentDropped(let id, _):
      return [.answer(commitmentID: id)]
    case .reviewed, .unreviewed, .reviewedMany, .commitmentAdded, .commitmentEdited, .undo, .seriesStarted,
      .seriesRenamed, .sessionOpened, .prepAccepted, .meetingHeld:
      return []
    }
  }
}
