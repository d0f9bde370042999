/// One meeting of the series as the record knows it: the week, who led it, when, and what
/// its sessions used.
public struct MeetingInfo: Sendable, Equatable {
  public var week: Day
  /// Who opened the meeting: its first event's `by`.
  public var lead: String
  /// Its first event's time (RFC 3339).
  public var heldAt: String
  /// The sessions that wrote to it (first, resumed, amendments), in journal order; empty for
  /// a meeting recorded before sessions existed.
  public var sessions: [MeetingSession]
  /// Whether any of its changes were written after a later week's meeting began.
  public var amended: Bool

  /// The deck its latest session used.
  public var deck: DeckReference? { sessions.last { $0.header.deck != nil }?.header.deck }
  /// The owners its latest session saw.
  public var owners: OwnersSnapshot? { sessions.last?.header.owners }
}

/// A history the fold could not take as written (a commitment closed twice, a week changed
/// after a later week's meeting began): folded deterministically and reported.
public struct RecordProblem: Sendable, Equatable {
  public var eventID: String
  public var message: String
}

/// The series: its meetings, the record as it stood at the end of a meeting, the problems.
extension MeetingRecord {
  /// Every meeting the record knows, oldest first.
  public var meetings: [MeetingInfo] { meetingWeeks.compactMap { meeting($0) } }

  /// Meeting `week`, when the record has any event of it.
  public func meeting(_ week: Day) -> MeetingInfo? {
    guard let first = events.first(where: { $0.week == week && !isPrepared($0) }) else { return nil }
    return MeetingInfo(
      week: week, lead: first.by, heldAt: first.at,
      sessions: sessions.filter { $0.week == week && $0.header.kind != .prep },
      amended: events.contains { $0.week == week && lateEvents.contains($0.id) && $0.change.isChange })
  }

  /// The next WBR after `week`: the next meeting the record knows, else a week later.
  public func nextMeeting(after week: Day) -> Day {
    meetingWeeks.first { $0 > week } ?? week.adding(days: 7)
  }

  /// The meeting before `week`, if any.
  public func previousMeeting(before week: Day) -> Day? {
    meetingWeeks.last { $0 < week }
  }

  /// Whether a later week's meeting has begun: `week` is in the past and opens read-only
  /// unless the lead amends it.
  public func isPast(_ week: Day) -> Bool {
    guard let latest = latestWeek else { return false }
    return week < latest
  }

  /// The record as it stood at the end of meeting `week`: the events of weeks up to `week`
  /// written before the first event of a later week, plus `week`'s own later events (its
  /// amendments, `amendments(of:)`). Later weeks' changes, and later changes to earlier
  /// weeks, are left out.
  public func asItStood(at week: Day) -> MeetingRecord {
    guard let cut = cut(after: week, from: 0) else { return self }
    var kept: [RecordEvent] = []
    kept.reserveCapacity(cut)
    for (i, e) in events.enumerated() where i < cut ? e.week <= week : e.week == week {
      kept.append(e)
    }
    let late = Set(kept.lazy.filter { self.lateEvents.contains($0.id) }.map(\.id))
    return stood(MeetingRecord(events: kept), at: week, cut: cut, lateKept: late)
  }

  /// `asItStood(at:)` of each of `weeks` (ascending), handed to `body` one after another. The
  /// fold of the events before one week's cut goes on to the next week's instead of starting
  /// over, so a year of meetings costs about one fold of the record, not one a meeting
  /// (`wbr log`). It starts over only where an event left out of one week's view (an owner's
  /// prep for a later week, written before that week's cut) belongs in the next one's.
  public func eachAsItStood(_ weeks: [Day], _ body: (Day, MeetingRecord) -> Void) {
    guard zip(weeks, weeks.dropFirst()).allSatisfy({ $0 < $1 }) else {
      for week in weeks { body(week, asItStood(at: week)) }
      return
    }
    var prefix = MeetingRecord()
    var folded = 0
    /// The weeks of the events before `folded` that `prefix` left out.
    var leftOut: [Day] = []
    var lateAt: [(index: Int, id: String)] = []
    for (i, e) in events.enumerated() where lateEvents.contains(e.id) { lateAt.append((i, e.id)) }
    for week in weeks {
      guard let cut = cut(after: week, from: folded) else {
        body(week, self)
        continue
      }
      if leftOut.contains(where: { $0 <= week }) {
        prefix = MeetingRecord()
        folded = 0
        leftOut = []
      }
      for e in events[folded..<cut] {
        if e.week <= week { prefix.append(e) } else { leftOut.append(e.week) }
      }
      folded = cut
      var view = prefix
      for e in events[cut...] where e.week == week { view.append(e) }
      let late = Set(lateAt.lazy.filter { $0.index < cut && self.events[$0.index].week <= week }.map(\.id))
      body(week, stood(view, at: week, cut: cut, lateKept: late))
    }
  }

  /// The first event of a later week than `week` that is not an owner's prep, from `start` on.
  private func cut(after week: Day, from start: Int) -> Int? {
    events[start...].firstIndex { $0.week > week && !isPrepared($0) }
  }

  /// The view of meeting `week` folded from the events it keeps, with what was late in the
  /// whole record still late in it (`lateKept`: the late events kept from before `cut`).
  private func stood(_ folded: MeetingRecord, at week: Day, cut: Int, lateKept: Set<String>) -> MeetingRecord
  {
    var view = folded
    // Written after a later week began: still late (amendments) in the view without that week.
    let late = Set(events[cut...].lazy.filter { $0.week == week }.map(\.id)).union(lateKept)
    view.lateEvents = late
    view.reopened = reopened.filter { late.contains($0.eventID) }
    // Changes made to the view from now on (an amending session) are late too.
    view.latestWeek = latestWeek
    return view
  }

  /// The changes to meeting `week` made after a later week's meeting began, in journal order.
  public func amendments(of week: Day) -> [RecordEvent] {
    events.filter { $0.week == week && lateEvents.contains($0.id) && $0.change.isChange }
  }

  /// Whether `event` was written after a later week's meeting began.
  public func isLate(_ eventID: String) -> Bool { lateEvents.contains(eventID) }

  /// What the fold skipped or took as a reopened week, in journal order.
  public var problems: [RecordProblem] {
    var position: [String: Int] = [:]
    for (i, e) in events.enumerated() where position[e.id] == nil { position[e.id] = i }
    var out: [(Int, RecordProblem)] = skipped.map { s in
      (position[s.eventID] ?? 0, RecordProblem(eventID: s.eventID, message: s.reason + "; ignored"))
    }
    for r in reopened {
      let week = events[position[r.eventID] ?? 0].week
      out.append(
        (
          position[r.eventID] ?? 0,
          RecordProblem(
            eventID: r.eventID,
            message: "changes the meeting of \(week) after the meeting of \(r.laterWeek) began, without"
              + " --amend; folded as an amendment")
        ))
    }
    return out.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Whether `commitment` is overdue at meeting `week`: still open, and a meeting the record
  /// knows fell on or after its due week and before `week` without closing it. A week
  /// without a meeting is not held against it.
  public func isOverdue(_ commitment: Commitment, at week: Day) -> Bool {
    guard commitment.status == .open, commitment.createdWeek < week else { return false }
    return meetingWeeks.contains { $0 >= commitment.due && $0 < week }
  }

  /// An open "report back" of `metric` for `owner` agreed before meeting `week`: investigating
  /// the metric again continues it rather than making a second one.
  public func openReportBack(metrics: Set<String>, owner: String?, before week: Day) -> Commitment? {
    commitments.last { c in
      c.fromInvestigation && c.status == .open && c.createdWeek < week && c.owner == owner
        && c.metric.map { metrics.contains($0) } == true
    }
  }

  /// Every metric id the record's events name.
  public var metricIDs: Set<String> { Set(events.compactMap(\.metric)) }
}
