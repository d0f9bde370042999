import Testing
import WBRModel

@Suite struct RecordFoldTests {
  typealias F = RecordFixture

  @Test func reviewedMarksAndOutcomesFoldPerWeek() {
    let r = F.record([
      (F.w1, .reviewed(metric: "orders")),
      (F.w1, .reviewed(metric: "gms")),
      (F.w1, .unreviewed(metric: "gms")),
      (
        F.w1,
        .outcome(
          metric: "in_stock", outcome: .explained("Supplier late"), signals: ["xmr.limit"], commitment: nil)
      ),
      (F.w2, .reviewed(metric: "gms")),
    ])
    #expect(r.week(F.w1).reviewed == ["orders"])
    #expect(r.week(F.w1).isReviewed("in_stock"))
    #expect(!r.week(F.w1).isReviewed("gms"))
    #expect(r.week(F.w2).reviewed == ["gms"])
    let o = r.week(F.w1).outcomes["in_stock"]
    #expect(o?.kind == .explained("Supplier late"))
    #expect(o?.signals == ["xmr.limit"])
    #expect(o?.by == "lead")
    #expect(r.week(F.w3).outcomes.isEmpty)
  }

  @Test func laterOutcomeReplacesEarlierAndClearRemovesIt() {
    let r = F.record([
      (F.w1, .outcome(metric: "m", outcome: .explained("a"), signals: [], commitment: nil)),
      (F.w1, .outcome(metric: "m", outcome: .routine("noise"), signals: [], commitment: nil)),
    ])
    #expect(r.week(F.w1).outcomes["m"]?.kind == .routine("noise"))
    var s = F.stamper(week: F.w1, session: "x")
    let cleared = r.applying(s.event(.outcomeCleared(metric: "m")))
    #expect(cleared.week(F.w1).outcomes["m"] == nil)
  }

  @Test func investigatingCreatesReportBackCommitment() throws {
    var s = F.stamper(week: F.w1)
    let e = s.event(
      .outcome(
        metric: "in_stock", outcome: .investigating(nil), signals: [],
        commitment: F.draft("c1", "Report back on In-stock rate", due: F.w2)))
    let r = MeetingRecord(events: [e])
    let c = try #require(r.commitment(id: "c1"))
    #expect(c.owner == "ana")
    #expect(c.metric == "in_stock")
    #expect(c.due == F.w2)
    #expect(c.createdWeek == F.w1)
    #expect(c.fromInvestigation)
    #expect(r.week(F.w1).outcomes["in_stock"]?.commitmentID == "c1")
  }

  @Test func changingInvestigatingInTheSameMeetingWithdrawsUntouchedCommitment() {
    let inv = RecordChange.outcome(
      metric: "m", outcome: .investigating(nil), signals: [],
      commitment: F.draft("c1", "Report back", due: F.w2))
    let explained = RecordChange.outcome(metric: "m", outcome: .explained("x"), signals: [], commitment: nil)
    let r = F.record([(F.w1, inv), (F.w1, explained)])
    #expect(r.commitments.isEmpty)
    // Once edited by hand it is the lead's text and stays.
    let kept = F.record([
      (F.w1, inv), (F.w1, .commitmentEdited(id: "c1", text: "Call the supplier", owner: nil, due: nil)),
      (F.w1, explained),
    ])
    #expect(kept.commitments.map(\.text) == ["Call the supplier"])
  }

  @Test func commitmentStepsChangeStatusAndKeepHistory() throws {
    let r = F.record([
      (F.w1, .commitmentAdded(F.draft("a", "Fix feed", due: F.w2), metric: "orders")),
      (F.w1, .commitmentAdded(F.draft("b", "Call DC", owner: "bo", due: F.w2), metric: nil)),
      (F.w2, .commitmentDone(id: "a")),
      (F.w2, .commitmentDropped(id: "b", reason: "DC closed")),
      (F.w2, .commitmentDone(id: "b")),  // already dropped: skipped
      (F.w2, .commitmentDone(id: "nope")),
    ])
    let a = try #require(r.commitment(id: "a"))
    let b = try #require(r.commitment(id: "b"))
    #expect(a.status == .done && a.closedWeek == F.w2)
    #expect(b.status == .dropped && b.dropReason == "DC closed")
    #expect(a.status(asOf: F.w1) == .open)
    #expect(b.history.count == 2)
    #expect(r.skipped.count == 2)
    #expect(r.commitmentCounts(in: F.w1) == CommitmentCounts(opened: 2))
    #expect(r.commitmentCounts(in: F.w2) == CommitmentCounts(opened: 0, closed: 1, carried: 0, dropped: 1))
  }

  @Test func carryAndAgeAcrossThreeWeeks() throws {
    let r = F.record([
      (F.w1, .commitmentAdded(F.draft("a", "Fix feed", due: F.w2), metric: nil)),
      (F.w2, .commitmentCarried(id: "a", due: F.w3)),
      (F.w3, .commitmentCarried(id: "a", due: F.w3.adding(days: 7))),
    ])
    let a = try #require(r.commitment(id: "a"))
    #expect(a.age(at: F.w1) == 0)
    #expect(a.age(at: F.w2) == 1)
    #expect(a.age(at: F.w3) == 2)
    #expect(a.carryCount == 2)
    #expect(a.due == F.w3.adding(days: 7))
    #expect(a.status == .open)
    #expect(r.reviewOutcome(of: a, in: F.w2) == .carried)
    #expect(r.reviewOutcome(of: a, in: F.w3) == .carried)
    #expect(r.commitmentsUnderReview(in: F.w3).map(\.id) == ["a"])
    #expect(r.commitmentsUnderReview(in: F.w1).isEmpty)
    #expect(r.hasOpenEarlierCommitments(in: F.w3))
    #expect(!r.hasOpenEarlierCommitments(in: F.w1))
  }

  @Test func commitmentsUnderReviewIncludeThoseClosedInTheMeeting() {
    let r = F.record([
      (F.w1, .commitmentAdded(F.draft("a", "A", due: F.w2), metric: nil)),
      (F.w1, .commitmentAdded(F.draft("b", "B", owner: "bo", due: F.w2), metric: nil)),
      (F.w1, .commitmentAdded(F.draft("c", "C", due: F.w2), metric: nil)),
      (F.w2, .commitmentDone(id: "a")),
    ])
    #expect(r.commitmentsUnderReview(in: F.w2).map(\.id) == ["a", "b", "c"])
    #expect(r.commitmentsUnderReview(in: F.w3).map(\.id) == ["b", "c"])
    let groups = r.openEarlierCommitmentsByOwner(in: F.w2)
    #expect(groups.map(\.owner) == ["bo", "ana"])
    #expect(groups.map { $0.items.map(\.id) } == [["b"], ["c"]])
  }

  @Test func editChangesTextOwnerAndDue() throws {
    let r = F.record([
      (F.w1, .commitmentAdded(F.draft("a", "Fix", due: F.w2), metric: nil)),
      (F.w1, .commitmentEdited(id: "a", text: "Fix the feed", owner: "bo", due: F.w3)),
    ])
    let a = try #require(r.commitment(id: "a"))
    #expect(a.text == "Fix the feed" && a.owner == "bo" && a.due == F.w3)
  }
}
