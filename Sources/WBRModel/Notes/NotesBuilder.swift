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

  public init(
    deck: Deck?, analysis: DeckAnalysis?, owners: OwnersFile = OwnersFile(), record: MeetingRecord,
    week: Day, lead: String? = nil, login: String, deckFile: String? = nil,
    deckChecksum: DeckChecksum? = nil
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
    let header = MeetingNotes.Header(
      title: deck?.title, deckFile: sameWeek ? deckFile.map(fileName) : nil,
      deckChecksum: sameWeek ? deckChecksum : nil, week: week,
      meetingDate: record.firstEventTime(in: week).flatMap(RFC3339.day(of:)),
      lead: lead ?? record.events.first { $0.week == week }?.by ?? login, asOf: sameWeek ? deck?.asOf : nil)

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
    return MeetingNotes(
      header: header, counts: counts(weekRecord, record, anomalies: anomalies, known: sameWeek),
      lastWeek: record.commitmentsUnderReview(in: week).map(note),
      anomalies: anomalies, newCommitments: newGroups)
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

  private func person(_ id: String?) -> MeetingNotes.Person {
    guard let id else { return MeetingNotes.Person(id: nil, name: "Unassigned") }
    return MeetingNotes.Person(id: id, name: owners.owner(id: id)?.name ?? id)
  }

  private func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
