/// What one meeting decided: each metric's outcome and the metrics marked reviewed.
public struct WeekRecord: Sendable, Equatable {
  public var week: Day
  /// Metric id → its current outcome.
  public var outcomes: [String: MetricOutcome]
  /// Metric ids marked reviewed with Space ("nothing to see here").
  public var reviewed: Set<String>

  public init(week: Day, outcomes: [String: MetricOutcome] = [:], reviewed: Set<String> = []) {
    self.week = week
    self.outcomes = outcomes
    self.reviewed = reviewed
  }

  /// Whether the meeting got to `metric`: marked reviewed, or given an outcome.
  public func isReviewed(_ metric: String) -> Bool {
    reviewed.contains(metric) || outcomes[metric] != nil
  }
}

/// The meeting record: the fold of the journal's events, in file order.
///
/// Undo is itself an event: an `undo` event names the event it reverts, and the state is
/// the fold of every event that is neither an undo nor undone. Replaying without the undone
/// event gives exactly the state as if it had never happened, including whatever it replaced
/// (an earlier outcome, a commitment's previous due week).
///
/// - Complexity: building is O(n) in the number of events; `applying` is O(1) for an ordinary
///   event and O(n) for an undo.
public struct MeetingRecord: Sendable, Equatable {
  /// Every known event, in journal order (undo events and undone events included).
  public internal(set) var events: [RecordEvent]
  /// Ids of events reverted by an undo.
  public internal(set) var undone: Set<String>
  /// Meeting week → what that meeting decided.
  public internal(set) var weeks: [Day: WeekRecord]
  /// Commitment id → commitment.
  public internal(set) var commitmentsByID: [String: Commitment]
  /// Commitment ids in the order they were created.
  public internal(set) var commitmentOrder: [String]
  /// Events that could not be applied (e.g. "done" on an unknown commitment), with why.
  public internal(set) var skipped: [(eventID: String, reason: String)]
  /// The series the record belongs to (`series.start`, renamed by `series.rename`); nil for
  /// a record written before series existed, or an empty one.
  public internal(set) var series: SeriesIdentity?
  /// Every session's header, in journal order.
  public internal(set) var sessions: [MeetingSession]
  /// Session id → index in `sessions`.
  var sessionIndex: [String: Int]
  /// Ids of events written for a week after a later week's meeting had begun: amendments
  /// (from a `meeting.amend` session of that week) or a week reopened without one.
  public internal(set) var lateEvents: Set<String>
  /// The late events that are not amendments: a week reopened after a later week, in
  /// journal order. Folded like any other event, and reported.
  public internal(set) var reopened: [(eventID: String, laterWeek: Day)]
  /// Every change of a prep session, in journal order: proposals pending, accepted or
  /// replaced (`MeetingRecord+Prep.swift`).
  public internal(set) var prepared: [PreparedEntry]
  /// Event id → index in `prepared`.
  var preparedIndex: [String: Int]
  /// The latest meeting week of any event so far, in journal order.
  var latestWeek: Day?
  /// The weeks that have any event, oldest first (kept as events come, for the screens that
  /// ask on every frame).
  var weeksWithEvents: [Day]

  public init() {
    events = []
    undone = []
    weeks = [:]
    commitmentsByID = [:]
    commitmentOrder = []
    skipped = []
    series = nil
    sessions = []
    sessionIndex = [:]
    lateEvents = []
    reopened = []
    prepared = []
    preparedIndex = [:]
    latestWeek = nil
    weeksWithEvents = []
  }

  /// Folds `events` in order.
  public init(events: [RecordEvent]) {
    self.init()
    self.events = events
    undone = MeetingRecord.undoneIDs(events)
    for event in events {
      place(event)
      if case .undo = event.change { continue }
      if !undone.contains(event.id) { apply(event) }
    }
  }

  /// The record with `event` appended.
  public func applying(_ event: RecordEvent) -> MeetingRecord {
    var next = self
    next.append(event)
    return next
  }

  /// Appends `event`, in place: what `applying` does without copying the record each time
  /// (a fold going on through many events). An undo folds the whole record again, as the
  /// events it reverts are skipped by the fold.
  public mutating func append(_ event: RecordEvent) {
    if case .undo = event.change {
      self = MeetingRecord(events: events + [event])
      return
    }
    events.append(event)
    place(event)
    apply(event)
  }

  public static func == (a: MeetingRecord, b: MeetingRecord) -> Bool {
    a.events == b.events
  }

  /// Which events the undo events revert. An undo counts only when its target is an earlier,
  /// undoable event that is not already undone; otherwise it is ignored.
  static func undoneIDs(_ events: [RecordEvent]) -> Set<String> {
    let hasUndo = events.contains { event in
      if case .undo = event.change { return true }
      return false
    }
    guard hasUndo else { return [] }
    var seen: [String: Bool] = [:]  // id → undoable
    seen.reserveCapacity(events.count)
    var undone: Set<String> = []
    for event in events {
      if case .undo(let target) = event.change, seen[target] == true, !undone.contains(target) {
        undone.insert(target)
      }
      if seen[event.id] == nil { seen[event.id] = event.change.isUndoable }
    }
    return undone
  }

  // MARK: - Reading

  /// The record of meeting `week` (empty when nothing was recorded).
  public func week(_ week: Day) -> WeekRecord { weeks[week] ?? WeekRecord(week: week) }

  /// Every commitment, in creation order.
  public var commitments: [Commitment] { commitmentOrder.compactMap { commitmentsByID[$0] } }

  public func commitment(id: String) -> Commitment? { commitmentsByID[id] }

  /// The event `u` would revert in meeting `week`: the latest event of that meeting that is
  /// still in effect. Changes made in other meetings, and owners' prep sessions, are out of
  /// reach.
  public func lastUndoable(in week: Day) -> RecordEvent? {
    events.last { $0.week == week && $0.change.isUndoable && !undone.contains($0.id) && !isPrepared($0) }
  }

  /// The event `u` reverts for one writer of several (docs/JOURNAL.md, "Several writers"):
  /// the latest change of meeting `week` still in effect that session `session` made. Another
  /// writer's changes are never its to take back; `nil` session means any writer's.
  public func lastUndoable(in week: Day, session: String?) -> RecordEvent? {
    guard let session else { return lastUndoable(in: week) }
    return events.last {
      $0.week == week && $0.sessionID == session && $0.change.isUndoable && !undone.contains($0.id)
    }
  }

  /// The metric of meeting `week`'s latest change still in effect: where a reopened meeting
  /// picks up.
  public func resumeMetric(in week: Day) -> String? {
    events.last {
      $0.week == week && $0.metric != nil && $0.change.isUndoable && !undone.contains($0.id)
        && !isPrepared($0)
    }?
    .metric
  }

  /// The meeting weeks that have any event, oldest first.
  public var meetingWeeks: [Day] { weeksWithEvents }

  /// Where `event` stands in the weeks' order: late (written for a week after a later
  /// week's meeting began), and then an amendment or a reopened week.
  /// An owner's prep session is not the meeting: its lines make no meeting week and make no
  /// week past.
  mutating func place(_ event: RecordEvent) {
    if case .sessionOpened(let header) = event.change {
      sessionIndex[event.sessionID] = sessions.count
      sessions.append(
        MeetingSession(
          id: event.sessionID, header: header, week: event.week, by: event.by, at: event.at, eventID: event.id
        ))
    }
    guard !isPrepared(event) else { return }
    if weeksWithEvents.last.map({ $0 < event.week }) ?? true {
      weeksWithEvents.append(event.week)
    } else if !weeksWithEvents.contains(event.week) {
      weeksWithEvents.insert(
        event.week, at: weeksWithEvents.firstIndex { $0 > event.week } ?? weeksWithEvents.count)
    }
    guard let latest = latestWeek, event.week < latest else {
      latestWeek = event.week
      return
    }
    lateEvents.insert(event.id)
    guard event.change.isChange else { return }
    if session(of: event)?.header.kind != .amendment { reopened.append((event.id, latest)) }
  }

  /// The session `event` belongs to, when its header is in the record and of the same week.
  public func session(of event: RecordEvent) -> MeetingSession? {
    guard let i = sessionIndex[event.sessionID], sessions[i].week == event.week else { return nil }
    return sessions[i]
  }

  /// When meeting `week` was held: the first event recorded in it (RFC 3339), if any.
  public func firstEventTime(in week: Day) -> String? {
    events.first { $0.week == week && !isPrepared($0) }?.at
  }
}
