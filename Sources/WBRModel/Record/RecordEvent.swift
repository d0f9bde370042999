/// One change to the meeting record, as one line of the journal.
///
/// The record is never stored as a state; it is always the fold of these events in file order,
/// so a crash can only ever lose an event that was not yet written, and an older `wbr` can
/// skip events it does not understand without losing them.
public struct RecordEvent: Sendable, Equatable {
  /// Schema version of the line format (`"v"`). This program writes 1.
  public static let currentVersion = 1

  /// Unique event id (`"id"`); `undo` refers to events by it.
  public var id: String
  /// When the change was made, RFC 3339 UTC (`"at"`).
  public var at: String
  /// Who made it: the meeting lead (`"by"`).
  public var by: String
  /// The meeting the change was made in: the deck's `week_ending` (`"week"`).
  public var week: Day
  /// What changed, with its payload (including `"type"` and `"metric"`).
  public var change: RecordChange

  public init(id: String, at: String, by: String, week: Day, change: RecordChange) {
    self.id = id
    self.at = at
    self.by = by
    self.week = week
    self.change = change
  }

  /// The metric the change is about, when there is one.
  public var metric: String? { change.metric }
}

/// What an event changes. Each case is one `"type"` of the journal (docs/JOURNAL.md).
public enum RecordChange: Sendable, Equatable {
  /// Space on a metric: "nothing to see here", reviewed.
  case reviewed(metric: String)
  /// The reviewed mark taken back.
  case unreviewed(metric: String)
  /// `R`: many metrics marked reviewed at once (every metric of the filter with no signal and
  /// no outcome), one line so that one undo takes them all back.
  case reviewedMany(metrics: [String])
  /// The outcome of a metric's discussion; replaces an earlier outcome of the same week.
  /// `signals` are the signal ids that were showing when the outcome was given.
  case outcome(metric: String, outcome: OutcomeKind, signals: [String], commitment: CommitmentDraft?)
  /// The outcome of a metric's discussion withdrawn.
  case outcomeCleared(metric: String)
  /// A new commitment (`metric` is the linked metric, if any).
  case commitmentAdded(CommitmentDraft, metric: String?)
  /// Marked done; `note` is what was reported back, when the lead typed it.
  case commitmentDone(id: String, note: String? = nil)
  /// Carried over: the due week moves to `due`; `reason` is why it slips, when the owner
  /// said (a note only: an older `wbr` folds the line the same without it).
  case commitmentCarried(id: String, due: Day, reason: String? = nil)
  case commitmentDropped(id: String, reason: String)
  /// Changed text, owner or due week (`nil` = unchanged).
  case commitmentEdited(id: String, text: String?, owner: String?, due: Day?)
  /// Reverts the event with id `target` (see `MeetingRecord` for the rules).
  case undo(target: String)
  /// *Investigating* again on a metric whose owner's "report back" from an earlier meeting
  /// is still open: the outcome, and that commitment carried to `due` (no second one).
  case outcomeContinued(metric: String, note: String?, signals: [String], commitmentID: String, due: Day)
  /// The record's series: written once, when the record gets its first meeting.
  case seriesStarted(SeriesIdentity)
  /// The series goes by a new deck title (`--series-renamed`); its id stays.
  case seriesRenamed(title: String)
  /// The first line of a session: what it is (a meeting or an amendment), the deck and the
  /// owners it used.
  case sessionOpened(SessionHeader)
  /// The lead accepts a prepared entry (an event of a prep session, `target`): it takes
  /// effect as that owner's change, at this point of the record (`prep.accept`).
  case prepAccepted(target: String)
  /// The meeting was still being held at this line's time (`meeting.held`): written by a
  /// meeting's session when the lead exports the notes (`x`) and when it ends, so that the
  /// meeting's length runs to then and not only to its last change. Not a change.
  case meetingHeld

  /// The journal's `"type"` string.
  public var type: String {
    switch self {
    case .reviewed: return "metric.reviewed"
    case .unreviewed: return "metric.unreviewed"
    case .reviewedMany: return "metrics.reviewed"
    case .outcome: return "outcome.set"
    case .outcomeCleared: return "outcome.clear"
    case .commitmentAdded: return "commitment.add"
    case .commitmentDone: return "commitment.done"
    case .commitmentCarried: return "commitment.carry"
    case .commitmentDropped: return "commitment.drop"
    case .commitmentEdited: return "commitment.edit"
    case .undo: return "undo"
    case .outcomeContinued: return "outcome.continue"
    case .seriesStarted: return "series.start"
    case .seriesRenamed: return "series.rename"
    case .sessionOpened(let header): return header.type
    case .prepAccepted: return "prep.accept"
    case .meetingHeld: return "meeting.held"
    }
  }

  /// The metric this change is about (`"metric"` in the journal).
  public var metric: String? {
    switch self {
    case .reviewed(let m), .unreviewed(let m), .outcomeCleared(let m): return m
    case .outcome(let m, _, _, _): return m
    case .commitmentAdded(_, let m): return m
    case .outcomeContinued(let m, _, _, _, _): return m
    default: return nil
    }
  }

  /// Whether `u` may revert it. Undo itself is not undoable: pressing `u` again reverts the
  /// change before (docs/DECISIONS.md, "Undo").
  public var isUndoable: Bool {
    switch self {
    case .undo, .seriesStarted, .seriesRenamed, .sessionOpened, .meetingHeld: return false
    default: return true
    }
  }

  /// Whether it is a change the lead made (not an undo, a session's first line, the series or
  /// a `meeting.held` time): what "N changes already recorded" counts.
  public var isChange: Bool { isUndoable }
}

/// The fields of a commitment as written when it is created.
public struct CommitmentDraft: Sendable, Equatable {
  public var id: String
  /// Verb first: "Report back on the in-stock dip".
  public var text: String
  /// Owner id; `nil` when the metric has no owner yet.
  public var owner: String?
  /// The meeting it is due at.
  public var due: Day

  public init(id: String, text: String, owner: String?, due: Day) {
    self.id = id
    self.text = text
    self.owner = owner
    self.due = due
  }
}
