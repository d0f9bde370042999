import Foundation
import Testing
import WBRModel

/// Prep sessions (`prep.open`): an owner's changes are proposals until the lead accepts them
/// (`prep.accept`); the lead's own change replaces them (docs/JOURNAL.md, "Prepared entries").
@Suite struct PreparedEntryTests {
  typealias F = RecordFixture

  /// Folds `(session, by, change)` steps of week 2 in order, each session with its own stamper.
  static func record(_ steps: [(String, String, RecordChange)], from base: MeetingRecord = MeetingRecord())
    -> MeetingRecord
  {
    var stampers: [String: EventStamper] = [:]
    var r = base
    for (session, by, change) in steps {
      var s = stampers[session] ?? F.stamper(week: F.w2, session: session, by: by)
      r = r.applying(s.event(change))
      stampers[session] = s
    }
    return r
  }

  static let prep = RecordChange.sessionOpened(
    SessionHeader(kind: .prep, deck: nil, owners: OwnersSnapshot(), owner: "zoe"))
  static let meeting = RecordChange.sessionOpened(
    SessionHeader(kind: .meeting, deck: nil, owners: OwnersSnapshot()))
  static let explained = RecordChange.outcome(
    metric: "m", outcome: .explained("Promo ended"), signals: ["xmr.limit"], commitment: nil)

  @Test func aPreparedOutcomeIsPendingUntilAcceptedAndThenTheOwners() throws {
    let r = Self.record([("p", "zoe-login", Self.prep), ("p", "zoe-login", Self.explained)])
    #expect(r.week(F.w2).outcomes.isEmpty)
    #expect(!r.week(F.w2).isReviewed("m"))
    let entry = try #require(r.preparedOutcome(of: "m", in: F.w2))
    #expect(entry.owner == "zoe")
    #expect(entry.event.by == "zoe-login")
    #expect(r.pendingPrepared(in: F.w2).map(\.event.id) == ["p-2"])
    // The meeting's `u` does not reach an owner's proposal.
    #expect(r.lastUndoable(in: F.w2) == nil)
    #expect(r.lastUndoablePrepared(in: F.w2, by: "zoe-login")?.id == "p-2")

    let accepted = Self.record(
      [("a", "lead", Self.meeting), ("a", "lead", .prepAccepted(target: "p-2"))], from: r)
    let outcome = try #require(accepted.week(F.w2).outcomes["m"])
    #expect(outcome.kind == .explained("Promo ended"))
    #expect(outcome.by == "zoe-login")
    #expect(outcome.eventID == "p-2")
    #expect(accepted.pendingPrepared(in: F.w2).isEmpty)
    #expect(accepted.preparedEntry("p-2")?.status == .accepted(by: "a-2"))
    // One journal change, undone by the lead's `u`: the proposal is pending again.
    #expect(accepted.lastUndoable(in: F.w2)?.id == "a-2")
    let undone = Self.record([("a", "lead", .undo(target: "a-2"))], from: accepted)
    #expect(undone.week(F.w2).outcomes.isEmpty)
    #expect(undone.preparedOutcome(of: "m", in: F.w2)?.event.id == "p-2")
  }

  @Test func theLeadsOwnOutcomeReplacesTheProposal() {
    let r = Self.record([
      ("p", "zoe", Self.prep), ("p", "zoe", Self.explained), ("a", "lead", Self.meeting),
      ("a", "lead", .outcome(metric: "m", outcome: .investigating(nil), signals: [], commitment: nil)),
      ("a", "lead", .prepAccepted(target: "p-2")),
    ])
    #expect(r.preparedEntry("p-2")?.status == .replaced(by: "a-2"))
    #expect(r.week(F.w2).outcomes["m"]?.kind == .investigating(nil))
    // Accepting a replaced proposal is skipped and reported.
    #expect(r.problems.map(\.eventID) == ["a-3"])
  }

  @Test func aLaterProposalOrAClearReplacesTheEarlierOne() {
    let r = Self.record([
      ("p", "zoe", Self.prep), ("p", "zoe", Self.explained),
      ("p", "zoe", .outcome(metric: "m", outcome: .routine("Seasonal"), signals: [], commitment: nil)),
      ("p", "zoe", .outcome(metric: "n", outcome: .routine(nil), signals: [], commitment: nil)),
      ("p", "zoe", .outcomeCleared(metric: "n")),
    ])
    #expect(r.pendingPrepared(in: F.w2).map(\.event.id) == ["p-3"])
    #expect(r.preparedEntry("p-2")?.status == .replaced(by: "p-3"))
    #expect(r.preparedOutcome(of: "n", in: F.w2) == nil)
  }

  @Test func answersAndNewCommitmentsTakeEffectOnlyWhenAccepted() throws {
    let earlier = F.record([(F.w1, .commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: "m"))])
    let r = Self.record(
      [
        ("p", "zoe", Self.prep), ("p", "zoe", .commitmentDone(id: "c1", note: "Feed fixed")),
        ("p", "zoe", .commitmentAdded(F.draft("c2", "Audit the feed", due: F.w3), metric: "m")),
      ], from: earlier)
    #expect(r.commitment(id: "c1")?.status == .open)
    #expect(r.commitment(id: "c2") == nil)
    #expect(r.preparedAnswer(to: "c1", in: F.w2)?.event.id == "p-2")
    let accepted = Self.record(
      [
        ("a", "lead", Self.meeting), ("a", "lead", .prepAccepted(target: "p-2")),
        ("a", "lead", .prepAccepted(target: "p-3")),
      ],
      from: r)
    #expect(accepted.commitment(id: "c1")?.status == .done)
    #expect(accepted.commitment(id: "c1")?.doneNote == "Feed fixed")
    #expect(accepted.commitment(id: "c2")?.createdWeek == F.w2)
    #expect(accepted.problems.isEmpty)
  }

  @Test func reviewedMarksAreNotProposalsAndOldJournalsFoldAsBefore() {
    let r = Self.record([("p", "zoe", Self.prep), ("p", "zoe", .reviewed(metric: "m"))])
    #expect(!r.week(F.w2).isReviewed("m"))
    #expect(r.prepared.isEmpty)
    #expect(r.problems.map(\.eventID) == ["p-2"])
    // Without a prep session nothing is a proposal.
    let plain = Self.record([("a", "lead", Self.meeting), ("a", "lead", Self.explained)])
    #expect(plain.prepared.isEmpty)
    #expect(plain.week(F.w2).outcomes["m"] != nil)
  }

  @Test func prepLinesRoundTrip() throws {
    var s = F.stamper(week: F.w2, session: "p", by: "zoe")
    for change in [Self.prep, RecordChange.prepAccepted(target: "p-9")] {
      let event = s.event(change)
      let line = JournalEncoder.line(event)
      let back = JournalDecoder.decode(line + "\n", file: "j")
      #expect(back.events == [event], "\(line)")
    }
    #expect(JournalEncoder.line(s.event(Self.prep)).contains("\"type\":\"prep.open\",\"id\":\"p-3\""))
    #expect(JournalEncoder.line(s.event(Self.prep)).contains("\"owner\":\"zoe\""))
  }
}
