import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// Owners' prepared entries in the meeting: shown apart from the record ("prepared by Zoë at
/// 09:12"), stopped on by the walk, accepted with `A` as one undoable change, replaced by `e`.
@Suite struct PrepScreenTests {
  static let week = RecordEvents.week

  /// Zoë's prep session: Revenue explained, a commitment proposed on it, and an answer to
  /// the open report-back c2 on Revenue.
  static let prepared: [RecordEvent] = [
    prep(
      "p-1", .sessionOpened(SessionHeader(kind: .prep, deck: nil, owners: OwnersSnapshot(), owner: "zoe"))),
    prep(
      "p-2",
      .outcome(
        metric: "revenue", outcome: .explained("Promo week pulled orders forward"), signals: [],
        commitment: nil)),
    prep(
      "p-3",
      .commitmentAdded(
        CommitmentDraft(id: "c9", text: "Split promo revenue out", owner: "zoe", due: week.adding(days: 7)),
        metric: "revenue")),
    prep("p-4", .commitmentDone(id: "c2", note: "Promo explains it")),
  ]

  static func prep(_ id: String, _ change: RecordChange) -> RecordEvent {
    RecordEvent(id: id, at: "2024-07-01T09:12:00Z", by: "zoe.login", week: week, change: change)
  }

  func state(_ events: [RecordEvent], width: Int = 100, height: Int = 24, prep: PrepSession? = nil)
    -> AppState
  {
    var record = MeetingRecordState(
      week: Self.week, record: MeetingRecord(events: RecordEvents.earlier + events),
      journalPath: "/meetings/wbr-journal.jsonl")
    record.prep = prep
    var s = RecordOpening.open(Fixtures.state(width: width, height: height), record: record)
    if s.screen == .commitments { s = Fixtures.apply([.back], to: s) }
    return select("revenue", in: s)
  }

  /// `s` with the deck's selection on metric `id`.
  func select(_ id: String, in s: AppState) -> AppState {
    guard let index = Fixtures.deck.metrics.firstIndex(where: { $0.id == id }),
      let position = s.deckList.rows.firstIndex(of: index)
    else { return s }
    return Fixtures.apply([.move(position - s.deckList.selected)], to: s)
  }

  func screen(_ s: AppState) -> String { RootView.render(s, size: s.size).snapshot }

  @Test func theDeckMarksAndTheDrillDownShowsPreparedEntries() throws {
    var s = state(Self.prepared)
    assertGolden(screen(s), named: "prep-deck-100x24")
    s = Fixtures.apply([.open], to: state(Self.prepared, height: 44))
    #expect(s.screen == .drillDown(metric: 0))
    assertGolden(screen(s), named: "prep-drilldown-100x44")
    // Not counted: no outcome, not reviewed, commitment c2 still open.
    #expect(s.meeting.thisWeek.outcomes.isEmpty)
    #expect(s.meeting.record.commitment(id: "c2")?.status == .open)
  }

  @Test func aAcceptsOneEntryAsOneChangeAndUndoTakesItBack() throws {
    let s = state(Self.prepared)
    let (_, effects) = AppUpdate.update(s, .record(.accept))
    guard case .save(let change, let note)? = effects.first else {
      Issue.record("expected a save, got \(effects)")
      return
    }
    #expect(change == .prepAccepted(target: "p-2"))
    #expect(note.contains("prepared by Zoë Øster"))
    let accepted = RecordEvents.event("a-1", Self.week, change)
    let after = AppUpdate.update(s, .answer(.saved(accepted, note: note))).0
    #expect(after.meeting.thisWeek.outcomes["revenue"]?.by == "zoe.login")
    // The walk moved on to the next anomaly without an outcome; back on Revenue, the next
    // `A` accepts the proposed commitment.
    #expect(after.deckList.selectedMetric == 2)
    #expect(PrepUpdate.entryUnderCursor(select("revenue", in: after))?.event.id == "p-3")
    let (_, undo) = AppUpdate.update(after, .record(.undo))
    #expect(undo == [.undo(target: accepted)])
    let lines = DrillDownRecordLine.lines(for: "revenue", in: after.meeting.record, week: Self.week) { $0 }
    #expect(lines.first?.text == "Explained: Promo week pulled orders forward (prepared by zoe at 09:12)")
  }

  @Test func theLeadsOwnOutcomeReplacesTheProposal() {
    let own = RecordEvents.event(
      "m-1", Self.week, .outcome(metric: "revenue", outcome: .routine(nil), signals: [], commitment: nil))
    let s = state(Self.prepared + [own])
    #expect(s.meeting.record.preparedOutcome(of: "revenue", in: Self.week) == nil)
    #expect(PrepUpdate.entryUnderCursor(s)?.event.id == "p-3")
  }

  @Test func theWalkStopsOnAPreparedOutcomeOfAMetricWithoutASignal() {
    let quiet = Self.prep(
      "p-5", .outcome(metric: "nps", outcome: .explained("Survey moved"), signals: [], commitment: nil))
    var s = state(Self.prepared + [quiet])
    var visited: [Int?] = []
    for _ in 0..<3 {
      s = Fixtures.apply([.nextAnomaly], to: s)
      visited.append(s.deckList.selectedMetric)
    }
    #expect(visited.contains(5))
    #expect(s.content.analysis.metrics[5].isAnomaly == false)
  }

  @Test func aPrepSessionRefusesAcceptAndReviewedMarksAndUndoesOnlyItsOwn() {
    let s = state(Self.prepared, prep: PrepSession(owner: "zoe", author: "zoe.login"))
    let (a, effects) = AppUpdate.update(s, .record(.accept))
    #expect(effects == [.bell])
    #expect(a.message?.text == "The lead accepts prepared entries in the meeting")
    #expect(AppUpdate.update(s, .record(.toggleReviewed)).1 == [.bell])
    #expect(PrepUpdate.undoTarget(s)?.id == "p-4")
    let other = state(Self.prepared, prep: PrepSession(owner: "kenji", author: "kenji.login"))
    #expect(PrepUpdate.undoTarget(other) == nil)
  }

  @Test func aPrepSessionOpensOnTheOwnersMetricsAnomaliesFirst() {
    let record = MeetingRecordState(week: Self.week, record: MeetingRecord(events: Self.prepared))
    let s = RecordOpening.openPrep(
      Fixtures.state(width: 100, height: 12), record: record,
      prep: PrepSession(owner: "zoe", author: "zoe.login"))
    #expect(s.deckList.rows.map { Fixtures.deck.metrics[$0].id } == ["revenue", "defects"])
    #expect(s.deckList.selected == 0)
    assertGolden(screen(s), named: "prep-session-100x12")
  }

  @Test func theHeaderCountsResponseGapsAndTheyFallAsOwnersAnswer() {
    // Delivery (no owner) has no outcome; c1 and c3 (Zoë's) have no answer; Revenue and c2
    // are answered by Zoë's prepared entries.
    #expect(PrepUpdate.gapCount(state(Self.prepared)) == 3)
    #expect(PrepUpdate.gapCount(state(Self.prepared, prep: PrepSession(owner: "zoe", author: "z"))) == 2)
    let more = [
      Self.prep("p-6", .commitmentCarried(id: "c1", due: Self.week.adding(days: 7))),
      Self.prep("p-7", .commitmentDropped(id: "c3", reason: "Done by the 渡辺 team")),
      Self.prep(
        "p-8", .outcome(metric: "delivery", outcome: .investigating(nil), signals: [], commitment: nil)),
    ]
    #expect(PrepUpdate.gapCount(state(Self.prepared + more)) == 0)
    // Without a prep session in the week the header shows no count.
    #expect(PrepUpdate.gapCount(state([])) == nil)
  }

  @Test func theCommitmentsScreenShowsAPreparedAnswerThatAAccepts() {
    var s = Fixtures.apply([.showCommitments], to: state(Self.prepared))
    // The cursor to c2, Kenji's report-back on Revenue, which Zoë answered as done.
    for _ in 0..<3 where CommitmentRows.selected(s)?.id != "c2" { s = Fixtures.apply([.move(1)], to: s) }
    #expect(CommitmentRows.selected(s)?.id == "c2")
    assertGolden(screen(s), named: "prep-commitments-100x24")
    #expect(PrepUpdate.entryUnderCursor(s)?.event.id == "p-4")
    #expect(
      AppUpdate.update(s, .record(.accept)).1 == [
        .save(
          .prepAccepted(target: "p-4"),
          note: "Accepted: \"Report back on Revenue\" done, prepared by Zoë Øster")
      ])
  }
}
