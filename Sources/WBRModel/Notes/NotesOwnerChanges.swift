/// Who owns what, compared with the meeting before: each meeting's first line records the
/// owners it saw (`meeting.open`'s `owners`, docs/JOURNAL.md), so the notes of a meeting can
/// say which metrics changed hands since the previous one ("Owner changes since 2026-11-14:
/// Revenue: Ana → Zoë"). A reassignment otherwise goes unnoticed until someone asks the
/// wrong person about a metric.
extension MeetingNotes {
  /// The metrics whose owner differs from the previous meeting's, and that meeting's week.
  public struct OwnerChanges: Sendable, Equatable {
    /// The previous meeting the record knows.
    public var since: Day
    /// In the deck's order, then by metric id for metrics this week's deck does not have.
    public var changes: [OwnerChange]

    public init(since: Day, changes: [OwnerChange]) {
      self.since = since
      self.changes = changes
    }
  }

  /// One metric that changed hands.
  public struct OwnerChange: Sendable, Equatable {
    public var metricID: String
    /// The deck's name for it, else its id.
    public var metricName: String
    /// The owner as the previous meeting saw them (named from its snapshot).
    public var from: Person
    /// The owner as this meeting saw them.
    public var to: Person

    public init(metricID: String, metricName: String, from: Person, to: Person) {
      self.metricID = metricID
      self.metricName = metricName
      self.from = from
      self.to = to
    }
  }
}

extension NotesBuilder {
  /// The owner changes between the previous meeting's snapshot and this meeting's, or nil
  /// when there is no previous meeting, either has no snapshot, or nothing changed.
  ///
  /// Only metrics both meetings assigned are compared: a snapshot lists the metrics of its
  /// deck that had an owner, so a metric missing from one of them may be new, removed or
  /// unassigned, and the snapshots cannot tell which (docs/DECISIONS.md, "Notes: owner
  /// changes"). A session that saw no assignments at all (an amendment made without the
  /// owners) says nothing about ownership and is passed over for the one before it.
  func ownerChanges(_ record: MeetingRecord, metricNames: [String: String]) -> MeetingNotes.OwnerChanges? {
    guard let since = record.previousMeeting(before: week),
      let before = Self.snapshot(record.meeting(since)),
      let now = Self.snapshot(record.meeting(week))
    else { return nil }
    let order = Dictionary(
      (deck?.metrics ?? []).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let changed = now.assignments.keys.filter { id in
      before.assignments[id].map { $0 != now.assignments[id] } ?? false
    }
    let sorted = changed.sorted { a, b in
      switch (order[a], order[b]) {
      case (let x?, let y?): return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a < b
      }
    }
    guard !sorted.isEmpty else { return nil }
    let earlier = OwnersFile(owners: before.people, assignments: before.assignments)
    return MeetingNotes.OwnerChanges(
      since: since,
      changes: sorted.map { id in
        MeetingNotes.OwnerChange(
          metricID: id, metricName: metricNames[id] ?? id,
          from: earlierPerson(before.assignments[id], in: earlier), to: person(now.assignments[id]))
      })
  }

  /// The latest session's owners that assigned any metric.
  private static func snapshot(_ meeting: MeetingInfo?) -> OwnersSnapshot? {
    meeting?.sessions.last { !$0.header.owners.assignments.isEmpty }?.header.owners
  }

  /// A person as the previous meeting named them, else as this meeting or the owners file do.
  private func earlierPerson(_ id: String?, in earlier: OwnersFile) -> MeetingNotes.Person {
    guard let id, let owner = earlier.owner(id: id) else { return person(id) }
    return MeetingNotes.Person(id: id, name: owner.name, email: owner.email)
  }
}

extension NotesReading {
  /// "Owner changes since 2026-11-14: Revenue: Ana → Zoë; Orders: Bo → Zoë" (`->` with
  /// `ascii`). Names are cleaned where they are joined, as every phrase here.
  public static func ownerChanges(_ c: MeetingNotes.OwnerChanges, ascii: Bool = false) -> String {
    let arrow = ascii ? " -> " : " → "
    return "Owner changes since \(c.since): "
      + c.changes.map { change in
        NotesText.clean(change.metricName) + ": " + NotesText.clean(change.from.name) + arrow
          + NotesText.clean(change.to.name)
      }.joined(separator: "; ")
  }
}
