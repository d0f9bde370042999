import WBRModel

/// The meeting's memory: writes each change to the journal, then folds it into the record.
///
/// The order is the guarantee: an event reaches the record (and so the screen) only after
/// the journal has it on disk. When the journal is read-only or a write fails, the record is
/// unchanged and the error says why.
public final class RecordKeeper {
  public let journal: JournalFile
  public private(set) var record: MeetingRecord
  public private(set) var stamper: EventStamper

  public init(journal: JournalFile, stamper: EventStamper) {
    self.journal = journal
    self.stamper = stamper
    self.record = MeetingRecord(events: journal.contents.events)
  }

  /// The meeting week.
  public var week: Day { stamper.week }
  /// This meeting's record.
  public var thisWeek: WeekRecord { record.week(week) }
  public var isReadOnly: Bool { journal.isReadOnly }

  /// Saves `change` and returns the saved event.
  @discardableResult
  public func save(_ change: RecordChange) throws(JournalError) -> RecordEvent {
    let event = stamper.event(change)
    try journal.append(event)
    record = record.applying(event)
    return event
  }

  /// Reverts the latest change of this meeting still in effect; `nil` when there is none.
  /// Returns the reverted event.
  @discardableResult
  public func undo() throws(JournalError) -> RecordEvent? {
    guard let target = record.lastUndoable(in: week) else { return nil }
    try save(.undo(target: target.id))
    return target
  }

  /// Records the outcome of a metric's discussion. *Investigating* also creates the
  /// "report back" commitment, owned by `owner` and due at the next meeting, in the same
  /// event (so one undo takes both back).
  @discardableResult
  public func setOutcome(
    metric: String, _ kind: OutcomeKind, signals: [String] = [], metricName: String, owner: String?
  ) throws(JournalError) -> RecordEvent {
    var draft: CommitmentDraft?
    if kind == .investigating {
      draft = CommitmentDraft(
        id: stamper.commitmentID(), text: Commitment.reportBackText(metricName: metricName),
        owner: owner, due: stamper.nextMeeting)
    }
    return try save(.outcome(metric: metric, outcome: kind, signals: signals, commitment: draft))
  }

  /// Adds a commitment; due at the next meeting unless `due` is given. Returns its id.
  @discardableResult
  public func addCommitment(text: String, owner: String?, metric: String?, due: Day? = nil)
    throws(JournalError) -> String
  {
    let draft = CommitmentDraft(
      id: stamper.commitmentID(), text: text, owner: owner, due: due ?? stamper.nextMeeting)
    try save(.commitmentAdded(draft, metric: metric))
    return draft.id
  }

  /// Carries a commitment over: due moves to the next meeting.
  public func carry(_ id: String) throws(JournalError) {
    try save(.commitmentCarried(id: id, due: stamper.nextMeeting))
  }
}
