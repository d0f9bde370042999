import WBRModel

/// The meeting's memory: writes each change to the journal, then folds it into the record.
///
/// The order is the guarantee: an event reaches the record (and so the screen) only after
/// the journal has it on disk. When the journal is read-only or a write fails, the record is
/// unchanged and the error says why.
///
/// A session's first lines (the series when the record has none yet, then `meeting.open` or
/// `meeting.amend` with the deck's digest and the owners) go out with its first change, in
/// the same write: opening a meeting and leaving without a change writes nothing.
public final class RecordKeeper {
  public let journal: JournalFile
  public private(set) var record: MeetingRecord
  public private(set) var stamper: EventStamper
  /// The session's first lines, made when the first change is saved; nil once written.
  private var opening: (() -> [RecordChange])?

  /// - Parameter opening: the lines to write before the session's first change (see
  ///   `SessionOpening`); nil writes none (tests, or a journal of the old kind).
  public init(journal: JournalFile, stamper: EventStamper, opening: (() -> [RecordChange])? = nil) {
    self.journal = journal
    self.stamper = stamper
    self.opening = opening
    self.record = MeetingRecord(events: journal.contents.events)
  }

  /// The meeting week.
  public var week: Day { stamper.week }
  /// This meeting's record.
  public var thisWeek: WeekRecord { record.week(week) }
  public var isReadOnly: Bool { journal.isReadOnly }
  /// The next WBR: the next meeting the record knows, else a week later. The default due week.
  public var nextMeeting: Day { record.nextMeeting(after: week) }
  /// Whether this session has written its first lines.
  public var sessionOpened: Bool { opening == nil }

  /// Saves `change` (after the session's first lines, the first time) and returns the saved
  /// event.
  @discardableResult
  public func save(_ change: RecordChange) throws(JournalError) -> RecordEvent {
    var events: [RecordEvent] = []
    if let opening { events = opening().map { stamper.event($0) } }
    let event = stamper.event(change)
    events.append(event)
    try journal.append(events)
    opening = nil
    for e in events { record = record.applying(e) }
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
  /// event (so one undo takes both back); when that owner's report-back on the metric (or on
  /// one of its `earlierIDs`) from an earlier meeting is still open, it is continued instead:
  /// carried to the next meeting, no second one.
  @discardableResult
  public func setOutcome(
    metric: String, _ kind: OutcomeKind, signals: [String] = [], metricName: String, owner: String?,
    earlierIDs: [String] = []
  ) throws(JournalError) -> RecordEvent {
    guard case .investigating(let note) = kind else {
      return try save(.outcome(metric: metric, outcome: kind, signals: signals, commitment: nil))
    }
    let ids = Set([metric] + earlierIDs)
    if let open = record.openReportBack(metrics: ids, owner: owner, before: week) {
      return try save(
        .outcomeContinued(
          metric: metric, note: note, signals: signals, commitmentID: open.id, due: nextMeeting))
    }
    let draft = CommitmentDraft(
      id: stamper.commitmentID(), text: Commitment.reportBackText(metricName: metricName),
      owner: owner, due: nextMeeting)
    return try save(.outcome(metric: metric, outcome: kind, signals: signals, commitment: draft))
  }

  /// Adds a commitment; due at the next meeting unless `due` is given. Returns its id.
  @discardableResult
  public func addCommitment(text: String, owner: String?, metric: String?, due: Day? = nil)
    throws(JournalError) -> String
  {
    let draft = CommitmentDraft(id: stamper.commitmentID(), text: text, owner: owner, due: due ?? nextMeeting)
    try save(.commitmentAdded(draft, metric: metric))
    return draft.id
  }

  /// Carries a commitment over: due moves to the next meeting.
  public func carry(_ id: String) throws(JournalError) {
    try save(.commitmentCarried(id: id, due: nextMeeting))
  }
}
