import Foundation
import Testing
import WBRModel

/// The record across weeks: sessions, the past as it stood, amendments and reopened weeks,
/// continued report-backs, overdue commitments and the next WBR (docs/JOURNAL.md, "The fold").
@Suite struct RecordSeriesTests {
  typealias F = RecordFixture

  /// Folds `(week, session, change)` steps in order, each session with its own stamper.
  static func record(_ steps: [(Day, String, RecordChange)]) -> MeetingRecord {
    var stampers: [String: EventStamper] = [:]
    var r = MeetingRecord()
    for (week, session, change) in steps {
      var s = stampers[session] ?? F.stamper(week: week, session: session)
      s.week = week
      r = r.applying(s.event(change))
      stampers[session] = s
    }
    return r
  }

  static func header(_ kind: SessionHeader.Kind, owners: OwnersSnapshot = OwnersSnapshot()) -> RecordChange {
    .sessionOpened(
      SessionHeader(kind: kind, deck: DeckReference(file: "deck.json", sha256: "ab"), owners: owners))
  }

  @Test func sessionsMakeMeetingsWithTheirLeadDeckAndOwners() throws {
    let seen = OwnersSnapshot(people: [Owner(id: "ana", name: "Ana")], assignments: ["m": "ana"])
    let r = Self.record([
      (F.w1, "a", .seriesStarted(SeriesIdentity(id: "s1", title: "Retail WBR"))),
      (F.w1, "a", Self.header(.meeting, owners: seen)),
      (F.w1, "a", .reviewed(metric: "m")),
      (F.w2, "b", .seriesRenamed(title: "Retail & Co WBR")),
      (F.w2, "b", Self.header(.meeting)),
      (F.w2, "b", .reviewed(metric: "m")),
    ])
    #expect(r.series == SeriesIdentity(id: "s1", title: "Retail & Co WBR"))
    #expect(r.meetings.map(\.week) == [F.w1, F.w2])
    let first = try #require(r.meeting(F.w1))
    #expect(first.lead == "lead")
    #expect(first.sessions.map(\.id) == ["a"])
    #expect(first.deck == DeckReference(file: "deck.json", sha256: "ab"))
    #expect(first.owners == seen)
    #expect(!first.amended)
    // Session lines are not changes: `u` and "N changes recorded" skip them.
    #expect(r.lastUndoable(in: F.w2)?.change == .reviewed(metric: "m"))
    #expect(r.problems.isEmpty)
  }

  @Test func aSecondSeriesStartIsAProblemAndIgnored() {
    let r = Self.record([
      (F.w1, "a", .seriesStarted(SeriesIdentity(id: "s1", title: "Retail WBR"))),
      (F.w2, "b", .seriesStarted(SeriesIdentity(id: "s2", title: "Other WBR"))),
    ])
    #expect(r.series?.id == "s1")
    #expect(r.problems.map(\.eventID) == ["b-1"])
  }

  @Test func thePastAsItStoodLeavesLaterWeeksOutAndKeepsItsAmendments() throws {
    let r = Self.record([
      (F.w1, "a", .commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: nil)),
      (F.w1, "a", .reviewed(metric: "m")),
      (F.w2, "b", .commitmentDone(id: "c1", note: "Feed fixed")),
      (F.w2, "b", .reviewed(metric: "n")),
      // Week 1 amended after week 2 began.
      (F.w1, "c", Self.header(.amendment)),
      (F.w1, "c", .outcome(metric: "m", outcome: .explained("Late note"), signals: [], commitment: nil)),
      // A change to week 1 in week 2's time without --amend: a reopened week.
      (F.w1, "d", .reviewed(metric: "z")),
      (F.w2, "b", .reviewed(metric: "o")),
    ])
    let w1 = r.asItStood(at: F.w1)
    #expect(w1.commitment(id: "c1")?.status == .open)
    #expect(w1.week(F.w1).outcomes["m"]?.kind == .explained("Late note"))
    #expect(w1.week(F.w1).reviewed == ["m", "z"])
    #expect(w1.week(F.w2).reviewed.isEmpty)
    #expect(r.amendments(of: F.w1).map(\.id) == ["c-2", "d-1"])
    #expect(r.meeting(F.w1)?.amended == true)
    #expect(r.isPast(F.w1) && !r.isPast(F.w2))
    // The full record (the latest week) has everything.
    #expect(r.commitment(id: "c1")?.status == .done)
    #expect(r.commitment(id: "c1")?.doneNote == "Feed fixed")
    #expect(r.asItStood(at: F.w2) == r)
    // An amending session on the view (the screen's record of a past week): its changes are
    // amendments there too, as they will be in the record.
    var a = F.stamper(week: F.w1, session: "e")
    var amended = w1.applying(a.event(Self.header(.amendment)))
    amended = amended.applying(a.event(.reviewed(metric: "q")))
    #expect(amended.amendments(of: F.w1).map(\.id) == ["c-2", "d-1", "e-2"])
    #expect(amended.problems.map(\.eventID) == ["d-1"])
    // Only the change without an amendment session is a problem, named by its event.
    let problems = r.problems
    #expect(problems.map(\.eventID) == ["d-1"])
    #expect(problems.first?.message.contains("after the meeting of \(F.w2) began") == true)
  }

  /// `wbr log`'s one fold going on (`eachAsItStood`) gives every meeting the view
  /// `asItStood(at:)` gives: with an owner's prep for a later week written before the cut (the
  /// fold starts over), amendments, a reopened week and undos on both sides of a cut.
  @Test func eachAsItStoodIsAsItStoodForEveryMeeting() throws {
    let r = Self.record([
      (F.w1, "a", Self.header(.meeting)),
      (F.w1, "a", .commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: nil)),
      (F.w1, "a", .reviewed(metric: "m")),
      // An owner prepares week 2 while week 1's meeting is still going.
      (F.w2, "p", Self.header(.prep)),
      (F.w2, "p", .outcome(metric: "n", outcome: .explained("Promo"), signals: [], commitment: nil)),
      (F.w1, "a", .reviewed(metric: "n")),
      (F.w1, "a", .undo(target: "a-3")),
      (F.w2, "b", Self.header(.meeting)),
      (F.w2, "b", .commitmentDone(id: "c1", note: "Feed fixed")),
      (F.w2, "b", .reviewed(metric: "o")),
      // Week 1 amended after week 2 began, one change of it undone.
      (F.w1, "c", Self.header(.amendment)),
      (F.w1, "c", .outcome(metric: "m", outcome: .explained("Late note"), signals: [], commitment: nil)),
      (F.w1, "c", .reviewed(metric: "q")),
      (F.w1, "c", .undo(target: "c-3")),
      // A change to week 1 in week 2's time without an amending session: a reopened week.
      (F.w1, "d", .reviewed(metric: "z")),
      (F.w3, "e", Self.header(.meeting)),
      (
        F.w3, "e", .commitmentAdded(F.draft("c2", "Call the carrier", due: F.w3.adding(days: 7)), metric: nil)
      ),
      (F.w2, "b", .reviewed(metric: "late")),
    ])
    let weeks = r.meetings.map(\.week)
    #expect(weeks == [F.w1, F.w2, F.w3])
    var seen: [Day] = []
    r.eachAsItStood(weeks) { week, view in
      seen.append(week)
      let one = r.asItStood(at: week)
      #expect(view == one, "\(week): the same events")
      #expect(view.lateEvents == one.lateEvents, "\(week)")
      #expect(view.problems == one.problems, "\(week)")
      #expect(view.commitments == one.commitments, "\(week)")
      #expect(view.meetings == one.meetings, "\(week)")
      for w in weeks {
        #expect(view.week(w) == one.week(w), "\(week): week \(w)")
        #expect(view.amendments(of: w) == one.amendments(of: w), "\(week): amendments of \(w)")
      }
    }
    #expect(seen == weeks)
    #expect(SeriesLog.rows(r) == weeks.map { SeriesLog.row(r.meeting($0)!, r.asItStood(at: $0)) })
    // Week 1 as it stood: its amendment kept, the undone reviews (m, q) gone, week 2's prep
    // left out.
    let w1 = r.asItStood(at: F.w1)
    #expect(w1.week(F.w1).reviewed == ["n", "z"])
    #expect(w1.week(F.w1).outcomes["m"]?.kind == .explained("Late note"))
    #expect(w1.week(F.w2).outcomes.isEmpty)
  }

  @Test func closingTwiceIsReportedInJournalOrder() {
    let r = Self.record([
      (F.w1, "a", .commitmentAdded(F.draft("c1", "Fix", due: F.w2), metric: nil)),
      (F.w2, "b", .commitmentDone(id: "c1")),
      (F.w2, "b", .commitmentDropped(id: "c1", reason: "moot")),
      (F.w2, "b", .commitmentCarried(id: "nope", due: F.w3)),
    ])
    #expect(r.commitment(id: "c1")?.status == .done)
    #expect(r.problems.map(\.eventID) == ["b-2", "b-3"])
    #expect(r.problems.first?.message == "commitment c1 is already done; ignored")
  }

  @Test func investigatingAgainContinuesTheOpenReportBack() throws {
    let ana = "ana"
    let r = Self.record([
      (
        F.w1, "a",
        .outcome(
          metric: "m", outcome: .investigating(nil), signals: [],
          commitment: F.draft("c1", "Report back on M", owner: ana, due: F.w2))
      ),
      (
        F.w2, "b",
        .outcomeContinued(metric: "m", note: "Checking the DC", signals: [], commitmentID: "c1", due: F.w3)
      ),
    ])
    let c = try #require(r.commitment(id: "c1"))
    #expect(r.commitments.count == 1)
    #expect(c.due == F.w3)
    #expect(c.carryCount == 1)
    #expect(r.reviewOutcome(of: c, in: F.w2) == .carried)
    let outcome = try #require(r.week(F.w2).outcomes["m"])
    #expect(outcome.kind == .investigating("Checking the DC"))
    #expect(outcome.commitmentID == "c1")
    #expect(r.openReportBack(metrics: ["m"], owner: ana, before: F.w3)?.id == "c1")
    #expect(r.openReportBack(metrics: ["m"], owner: "bo", before: F.w3) == nil)
    #expect(r.openReportBack(metrics: ["m"], owner: ana, before: F.w1) == nil)

    // Replacing the outcome in the same meeting takes the carry back with it.
    var s = F.stamper(week: F.w2, session: "b2")
    let replaced = r.applying(
      s.event(.outcome(metric: "m", outcome: .explained("Found it"), signals: [], commitment: nil)))
    #expect(replaced.commitment(id: "c1")?.due == F.w2)
    #expect(replaced.commitment(id: "c1")?.carryCount == 0)
    // Undoing the continue does too.
    let undone = r.applying(s.event(.undo(target: "b-1")))
    #expect(undone.commitment(id: "c1")?.due == F.w2)
    #expect(undone.week(F.w2).outcomes["m"] == nil)
  }

  @Test func continuingAClosedCommitmentKeepsTheOutcomeAndReportsIt() {
    let r = Self.record([
      (F.w1, "a", .commitmentAdded(F.draft("c1", "X", due: F.w2), metric: "m")),
      (F.w1, "a", .commitmentDone(id: "c1")),
      (F.w2, "b", .outcomeContinued(metric: "m", note: nil, signals: [], commitmentID: "c1", due: F.w3)),
    ])
    #expect(r.week(F.w2).outcomes["m"]?.commitmentID == nil)
    #expect(r.commitment(id: "c1")?.due == F.w2)
    #expect(r.problems.map(\.eventID) == ["b-1"])
  }

  @Test func aWeekWithoutAMeetingIsNotHeldAgainstACommitment() throws {
    let w4 = F.w3.adding(days: 7)
    // Due at week 2, which had no meeting; the next meeting is week 3.
    let r = Self.record([
      (F.w1, "a", .commitmentAdded(F.draft("c1", "Fix", due: F.w2), metric: nil)),
      (F.w3, "c", .reviewed(metric: "m")),
    ])
    let c = try #require(r.commitment(id: "c1"))
    #expect(!r.isOverdue(c, at: F.w3))
    #expect(r.isOverdue(c, at: w4))
    #expect(c.carryCount == 0)
    #expect(r.nextMeeting(after: F.w1) == F.w3)
    #expect(r.nextMeeting(after: F.w3) == w4)
    #expect(r.previousMeeting(before: F.w3) == F.w1)
  }

  @Test func memoryIsNewestFirstAndTheRunCountsMeetingsNotWeeks() throws {
    let w5 = F.w1.adding(days: 28)
    let r = Self.record([
      (
        F.w1, "a",
        .outcome(metric: "old_m", outcome: .explained("Feed late"), signals: ["xmr.limit"], commitment: nil)
      ),
      (F.w1, "a", .commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: "old_m")),
      (F.w2, "b", .reviewed(metric: "other")),
      // Week 3 skipped; weeks 4 and 5 discuss it under its new id.
      (
        F.w3.adding(days: 7), "d",
        .outcome(metric: "m", outcome: .routine("Noise"), signals: [], commitment: nil)
      ),
      (w5, "e", .reviewed(metric: "m")),
    ])
    let memory = r.memory(of: ["m", "old_m"], before: w5.adding(days: 7))
    #expect(memory.entries.map(\.week) == [w5, F.w3.adding(days: 7), F.w1])
    #expect(memory.entries.last?.metricID == "old_m")
    #expect(memory.entries.last?.outcome?.kind == .explained("Feed late"))
    #expect(memory.entries.last?.commitments.map(\.id) == ["c1"])
    #expect(memory.entries.first?.reviewed == true)
    // Week 5 only marked it reviewed: the run of discussions stops there.
    #expect(memory.run == 0)
    #expect(r.discussionRun(of: ["m"], before: w5) == 1)
    // Week 2 met without discussing it, so the run before week 4 is broken there.
    #expect(r.discussionRun(of: ["m", "old_m"], before: F.w3.adding(days: 7)) == 0)
    #expect(r.discussionRun(of: ["m", "old_m"], before: F.w2) == 1)
  }

  @Test func seriesCheckAdoptsRefusesAndRenames() {
    var deck = Deck(
      title: "Retail WBR", weekEnding: F.w1, metrics: [Metric(id: "m", name: "M", kind: .input, weekly: [])])
    let empty = MeetingRecord()
    #expect(SeriesCheck.check(record: empty, deck: deck) == .adopt)
    let legacy = Self.record([(F.w1, "a", .reviewed(metric: "other"))])
    #expect(SeriesCheck.check(record: legacy, deck: deck) == .unrelated(metrics: 1))
    deck.metrics[0].renamedFrom = ["other"]
    #expect(SeriesCheck.check(record: legacy, deck: deck) == .adopt)
    let named = Self.record([(F.w1, "a", .seriesStarted(SeriesIdentity(id: "s1", title: "Retail WBR")))])
    #expect(SeriesCheck.check(record: named, deck: deck) == .same)
    deck.title = "Base WBR"
    let check = SeriesCheck.check(record: named, deck: deck)
    #expect(check == .otherTitle(SeriesIdentity(id: "s1", title: "Retail WBR")))
    #expect(!check.allows(renamed: false) && check.allows(renamed: true))
    let message = check.refusal(recordPath: "r.jsonl", deckPath: "d.json", deckTitle: "Base WBR") ?? ""
    #expect(message.contains("\"Base WBR\"") && message.contains("\"Retail WBR\""))
    let header = SessionHeader(kind: .meeting, deck: nil, owners: OwnersSnapshot())
    #expect(
      SessionOpening.changes(check: check, deckTitle: "Base WBR", newSeriesID: "x", header: header)
        == [.seriesRenamed(title: "Base WBR"), .sessionOpened(header)])
    #expect(
      SessionOpening.changes(check: .adopt, deckTitle: "Base WBR", newSeriesID: "x", header: header)
        == [.seriesStarted(SeriesIdentity(id: "x", title: "Base WBR")), .sessionOpened(header)])
  }

  @Test func ownersSnapshotIsTheEffectiveOwnerOfEachMetric() {
    let deck = Deck(
      title: "T", weekEnding: F.w1,
      metrics: [
        Metric(id: "a", name: "A", kind: .input, owner: "ana", weekly: []),
        Metric(id: "b", name: "B", kind: .input, owner: "ana", weekly: []),
        Metric(id: "c", name: "C", kind: .input, weekly: []),
      ])
    let owners = OwnersFile(owners: [Owner(id: "bo", name: "Bo")], assignments: ["b": "bo"])
    let seen = OwnersSnapshot(deck: deck, owners: owners)
    #expect(seen.assignments == ["a": "ana", "b": "bo"])
    #expect(seen.people == [Owner(id: "bo", name: "Bo")])
  }
}

/// The notes of a past week: as it stood, with owners as the meeting saw them.
@Suite struct NotesAsItStoodTests {
  typealias N = NotesFixture

  @Test func notesNamePeopleAsTheMeetingSawThem() throws {
    let seen = OwnersSnapshot(
      people: [Owner(id: "ana", name: "Ana (as seen)"), Owner(id: "zed", name: "Zed")],
      assignments: ["in_stock": "zed"])
    var r = MeetingRecord()
    var s = RecordFixture.stamper(week: N.w3, session: "a", by: "maria")
    for change in [
      RecordSeriesTests.header(.meeting, owners: seen),
      .commitmentAdded(.init(id: "c1", text: "Fix", owner: "ana", due: N.w3.adding(days: 7)), metric: nil),
      .outcome(metric: "in_stock", outcome: .explained("x"), signals: [], commitment: nil),
    ] {
      r = r.applying(s.event(change))
    }
    let d = N.deck
    // The owners file passed later says otherwise; the meeting's view wins.
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), owners: N.owners, record: r, week: N.w3, login: "x"
    ).build()
    #expect(notes.newCommitments.first?.owner.name == "Ana (as seen)")
    #expect(notes.anomalies.first { $0.metricID == "in_stock" }?.owner?.name == "Zed")
    // Bo is not in the snapshot: the owners file fills in.
    let orders = notes.anomalies.first { $0.metricID == "orders" }
    #expect(orders == nil || orders?.owner?.name == "Bo Chen")
  }

  @Test func doneAndInvestigatingNotesAreInTheNotes() throws {
    var r = N.record
    var s = RecordFixture.stamper(week: N.w3, session: "z", by: "maria")
    r = r.applying(s.event(.commitmentDone(id: "cA", note: "Feed is back")))
    r = r.applying(
      s.event(
        .outcome(metric: "in_stock", outcome: .investigating("Checking the DC"), signals: [], commitment: nil)
      ))
    let d = N.deck
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), owners: N.owners, record: r, week: N.w3, login: "x"
    ).build()
    #expect(notes.lastWeek.first { $0.commitment.id == "cA" }?.reviewText == "done: Feed is back")
    let summary = try #require(notes.anomalies.first { $0.metricID == "in_stock" }).outcomeSummary
    #expect(summary.label == "Investigating" && summary.text == "Checking the DC")
  }
}
