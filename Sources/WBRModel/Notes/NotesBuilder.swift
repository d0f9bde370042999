/// Gathers a meeting's notes from the deck, its analysis, the owners file and the record.
public struct NotesBuilder: Sendable {
  public var deck: Deck?
  public var analysis: DeckAnalysis?
  public var owners: OwnersFile
  public var record: MeetingRecord
  public var week: Day
  /// `--lead`; when nil, whoever recorded the meeting's first change, else `login`.
  public var lead: String?
  public var login: String
  public var deckFile: String?
  public var deckChecksum: DeckChecksum?
  /// When the meeting last reloaded the deck (RFC 3339 UTC), if it did: `deckChecksum` is
  /// then of the deck as reloaded.
  public var deckReloadedAt: String?

  public init(
    deck: Deck?, analysis: DeckAnalysis?, owners: OwnersFile = OwnersFile(), record: MeetingRecord,
    week: Day, lead: String? = nil, login: String, deckFile: String? = nil,
    deckChecksum: DeckChecksum? = nil, deckReloadedAt: String? = nil
  ) {
    self.deck = deck
    self.analysis = analysis
    self.owners = owners
    self.record = record
    self.week = week
    self.lead = lead
    self.login = login
    self.deckFile = deckFile
    self.deckChecksum = deckChecksum
    self.deckReloadedAt = deckReloadedAt
  }

  /// The notes of the record as it stood at the end of the meeting (later meetings' changes
  /// left out, its amendments in), naming people as the meeting saw them when it recorded
  /// its owners (docs/JOURNAL.md): the owners file given here only fills in the rest.
  /// - Complexity: O(metrics + commitments + events).
  public func build() -> MeetingNotes {
    var asItStood = self
    asItStood.record = record.asItStood(at: week)
    if let seen = asItStood.record.meeting(week)?.owners {
      let known = Set(seen.people.map(\.id))
      asItStood.owners = OwnersFile(
        owners: seen.people + owners.owners.filter { !known.contains($0.id) }, assignments: seen.assignments)
    }
    return asItStood.compose()
  }

  private func compose() -> MeetingNotes {
    let record = self.record
    // Numbers only from a deck of this very week.
    let analysis = deck?.weekEnding == week ? self.analysis : nil
    let sameWeek = analysis != nil
    let weekRecord = record.week(week)
    let metricsByID = Dictionary((deck?.metrics ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var header = MeetingNotes.Header(
      title: deck?.title, deckFile: sameWeek ? deckFile.map(fileName) : nil,
      deckChecksum: sameWeek ? deckChecksum : nil, week: week,
      meetingDate: record.firstEventTime(in: week).flatMap(RFC3339.day(of:)),
      lead: lead ?? record.events.first { $0.week == week && !record.isPrepared($0) }?.by ?? login,
      asOf: sameWeek ? deck?.asOf : nil,
      recordedBy: recorders(record), minutes: minutes(record), amendments: record.amendments(of: week).count)
    if sameWeek { header.deckReloadedAt = deckReloadedAt }
    if let deck, let analysis {
      header.dataQuality = DataQualityNote.sentence(deck: deck, analysis: analysis)
    }

    var anomalies: [MeetingNotes.AnomalyNote] = []
    var seen: Set<String> = []
    if let deck {
      let order = analysis?.order ?? Array(deck.metrics.indices)
      for i in order
      where analysis?.metrics[i].isAnomaly == true || weekRecord.outcomes[deck.metrics[i].id] != nil {
        let m = deck.metrics[i]
        seen.insert(m.id)
        anomalies.append(
          .init(
            metricID: m.id, name: m.name, owner: owners.ownerID(for: m).map { person($0) },
            analysis: analysis?.metrics[i], outcome: weekRecord.outcomes[m.id]))
      }
    }
    for (id, outcome) in weekRecord.outcomes.sorted(by: { $0.key < $1.key }) where !seen.contains(id) {
      let m = metricsByID[id]
      anomalies.append(
        .init(
          metricID: id, name: m?.name ?? id, owner: m.flatMap { owners.ownerID(for: $0) }.map { person($0) },
          analysis: nil, outcome: outcome))
    }
    for i in anomalies.indices {
      anomalies[i].amended = anomalies[i].outcome.map { record.isLate($0.eventID) } ?? false
      anomalies[i].reportBackDue = anomalies[i].outcome?.commitmentID.flatMap {
        record.commitment(id: $0)?.due
      }
    }

    let note = { (c: Commitment) -> MeetingNotes.CommitmentNote in
      MeetingNotes.CommitmentNote(
        commitment: c, owner: self.person(c.owner), metricName: c.metric.map { metricsByID[$0]?.name ?? $0 },
        age: c.age(at: self.week), status: c.status(asOf: self.week),
        review: c.createdWeek < self.week ? record.reviewOutcome(of: c, in: self.week) : nil)
    }
    let newGroups = record.newCommitmentsByOwner(in: week).map { group in
      MeetingNotes.OwnerGroup(owner: person(group.owner), commitments: group.items.map(note))
    }
    let made = newGroups.flatMap(\.commitments)
    for i in anomalies.indices {
      anomalies[i].commitments = made.filter { $0.commitment.metric == anomalies[i].metricID }
    }
    var outputs: [MeetingNotes.OutputNote] = []
    if let deck, let analysis {
      let order = analysis.order.filter { deck.metrics[$0].kind == .output }
      for i in order.filter({ analysis.metrics[$0].isAnomaly })
        + order.filter({ !analysis.metrics[$0].isAnomaly })
      {
        let m = deck.metrics[i]
        outputs.append(
          .init(
            metricID: m.id, name: m.name, owner: owners.ownerID(for: m).map { person($0) },
            analysis: analysis.metrics[i]))
      }
    }
    var notes = MeetingNotes(
      header: header, counts: counts(weekRecord, record, anomalies: anomalies, known: sameWeek),
      lastWeek: record.commitmentsUnderReview(in: week).map(note),
      anomalies: anomalies, newCommitments: newGroups, outputs: outputs)
    notes.prepared = preparedNotes(record, metricNames: metricsByID.mapValues(\.name))
    notes.ownerChanges = ownerChanges(record, metricNames: metricsByID.mapValues(\.name))
    if let deck, let analysis, sameWeek,
      record.sessions.contains(where: { $0.week == week && $0.header.kind == .prep })
    {
      notes.gaps = ResponseGaps(deck: deck, analysis: analysis, owners: owners, record: record)
    }
    return notes
  }

  private func recorders(_ record: MeetingRecord) -> [String] {
    var seen: [String] = []
    for e in record.events
    where e.week == week && !record.isPrepared(e) && e.change != .meetingHeld && !seen.contains(e.by) {
      seen.append(e.by)
    }
    return seen
  }

  /// Minutes between the meeting's first recorded change and its last line, a change or a
  /// `meeting.held` (an export, a session's end); amendments and prep sessions left out.
  /// A `meeting.held` counts only from a session that recorded a change of the week (`wbr`
  /// writes none otherwise; a hand-written one must not stretch the meeting).
  private func minutes(_ record: MeetingRecord) -> Int? {
    let lines = record.events.filter { $0.week == week && !record.isLate($0.id) && !record.isPrepared($0) }
    let recording = Set(lines.filter(\.change.isChange).map(\.sessionID))
    let times =
      lines
      .filter { $0.change != .meetingHeld || recording.contains($0.sessionID) }
      .compactMap { NotesBuilder.minuteOf($0.at) }
    guard let first = times.min(), let last = times.max() else { return nil }
    return last - first
  }

  /// Minutes since the epoch of an RFC 3339 UTC time ("2026-11-23T15:04:00Z"); nil otherwise.
  static func minuteOf(_ time: String) -> Int? {
    let parts = time.split(separator: "T")
    guard parts.count == 2, let day = Day(iso: String(parts[0])) else { return nil }
    let clock = parts[1].split(separator: ":")
    guard clock.count >= 2, let h = Int(clock[0]), let m = Int(clock[1]) else { return nil }
    return day.ordinal * 1440 + h * 60 + m
  }

  private func counts(
    _ weekRecord: WeekRecord, _ record: MeetingRecord, anomalies: [MeetingNotes.AnomalyNote], known: Bool
  ) -> MeetingNotes.Counts {
    var c = MeetingNotes.Counts(
      metricsReviewed: 0, metricsTotal: deck?.metrics.count, anomaliesKnown: known, anomalies: 0,
      explained: 0, investigating: 0,
      routine: 0, undiscussed: 0, commitments: record.commitmentCounts(in: week))
    if let deck {
      c.metricsReviewed = deck.metrics.filter { weekRecord.isReviewed($0.id) }.count
    } else {
      c.metricsReviewed = weekRecord.reviewed.union(weekRecord.outcomes.keys).count
    }
    for a in anomalies where a.analysis?.isAnomaly == true {
      c.anomalies += 1
      switch a.outcome?.kind {
      case .explained?: c.explained += 1
      case .investigating?: c.investigating += 1
      case .routine?: c.routine += 1
      case nil: c.undiscussed += 1
      }
    }
    return c
  }

  func person(_ id: String?) -> MeetingNotes.Person {
    guard let id else { return MeetingNotes.Person(id: nil, name: "Unassigned") }
    let owner = owners.owner(id: id)
    return MeetingNotes.Person(id: id, name: owner?.name ?? id, email: owner?.email)
  }

  private func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
