/// Two writers' changes to the same thing (docs/JOURNAL.md, "Several writers"): the later in
/// file order wins, like any change replacing an earlier one, and the screen says whose
/// change replaced whose. This finds the change a new event replaces when it was another
/// writer's.
public struct RecordConflict: Sendable, Equatable {
  /// The change that was in effect and is now replaced.
  public var replaced: RecordEvent
  /// The change that replaces it.
  public var by: RecordEvent

  /// What a change is about, when another change can replace it: a metric's outcome or
  /// reviewed mark in a week, or a commitment's state. Adding a commitment, undo and the
  /// session and series lines replace nothing.
  public static func subject(of event: RecordEvent) -> String? {
    switch event.change {
    case .outcome(let m, _, _, _), .outcomeContinued(let m, _, _, _, _), .outcomeCleared(let m):
      return "outcome \(event.week) \(m)"
    case .reviewed(let m), .unreviewed(let m): return "reviewed \(event.week) \(m)"
    case .commitmentDone(let id, _), .commitmentCarried(let id, _, _), .commitmentDropped(let id, _),
      .commitmentEdited(let id, _, _, _):
      return "commitment \(id)"
    // A batch of reviewed marks (`R`) only marks metrics nobody had marked or explained.
    case .commitmentAdded, .undo, .seriesStarted, .seriesRenamed, .sessionOpened, .reviewedMany,
      .prepAccepted, .meetingHeld:
      return nil
    }
  }

  /// `subject(of:)` as a value, compared without building its text: `of` looks back through
  /// the whole record for each line another writer appends (80,000 lines a year of a large
  /// deck), and formatting a week for each was most of a follower's and a lead's poll.
  private enum Subject: Equatable {
    case outcome(Day, String)
    case reviewed(Day, String)
    case commitment(String)

    init?(_ event: RecordEvent) {
      switch event.change {
      case .outcome(let m, _, _, _), .outcomeContinued(let m, _, _, _, _), .outcomeCleared(let m):
        self = .outcome(event.week, m)
      case .reviewed(let m), .unreviewed(let m): self = .reviewed(event.week, m)
      case .commitmentDone(let id, _), .commitmentCarried(let id, _, _), .commitmentDropped(let id, _),
        .commitmentEdited(let id, _, _, _):
        self = .commitment(id)
      case .commitmentAdded, .undo, .seriesStarted, .seriesRenamed, .sessionOpened, .reviewedMany,
        .prepAccepted, .meetingHeld:
        return nil
      }
    }
  }

  /// The conflict `event` makes when folded into `record` (which does not have it yet):
  /// the latest change in effect about the same thing, made by another session. `nil` when
  /// the thing was untouched or last changed by the same session.
  public static func of(_ event: RecordEvent, in record: MeetingRecord) -> RecordConflict? {
    guard let subject = Subject(event) else { return nil }
    let proposal = record.isPrepared(event)
    guard
      let earlier = record.events.last(where: {
        Subject($0) == subject && !record.undone.contains($0.id) && $0.change.isUndoable
          && inEffect($0, in: record, forProposal: proposal)
      }), earlier.sessionID != event.sessionID, !oneOwnersProposals(earlier, event, in: record)
    else { return nil }
    return RecordConflict(replaced: earlier, by: event)
  }

  /// Whether `a` and `b` are one owner's proposals from two of their prep sessions: a prep
  /// session's writer is its owner (every owner may write as one login), so an owner who
  /// comes back to edit or withdraw an explanation replaces their own, not another writer's.
  private static func oneOwnersProposals(_ a: RecordEvent, _ b: RecordEvent, in record: MeetingRecord) -> Bool
  {
    guard let first = record.session(of: a), first.header.kind == .prep, let owner = first.header.owner,
      let second = record.session(of: b), second.header.kind == .prep
    else { return false }
    return second.header.owner == owner
  }

  /// Whether `event` is what a new change about the same thing replaces. An owner's proposal
  /// (a prep session's change) replaces only another pending proposal, never the meeting's
  /// change in effect (that takes the lead's `A`); a meeting change replaces the change in
  /// effect, which may be an accepted proposal or a pending one (`e` replaces it), but not a
  /// proposal already replaced or withdrawn.
  private static func inEffect(_ event: RecordEvent, in record: MeetingRecord, forProposal: Bool) -> Bool {
    guard record.isPrepared(event) else { return !forProposal }
    guard let entry = record.preparedEntry(event.id) else { return false }
    switch entry.status {
    case .pending: return true
    case .accepted: return !forProposal
    case .replaced: return false
    }
  }

  /// What was replaced, in words: "outcome", "reviewed mark", "commitment".
  public var what: String {
    switch replaced.change {
    case .outcome, .outcomeContinued, .outcomeCleared: return "outcome"
    case .reviewed, .unreviewed: return "reviewed mark"
    default: return "change to the commitment"
    }
  }
}
