import Testing
import WBRModel

@testable import WBRApp

/// The hook between the meeting record and the drill-down: which record lines a metric shows.
@Suite struct DrillDownRecordTests {
  let w1 = DrillDownFixture.week
  var w2: Day { w1.adding(days: 7) }

  func record(_ steps: [(Day, RecordChange)]) -> MeetingRecord {
    var record = MeetingRecord()
    for (i, (week, change)) in steps.enumerated() {
      let event = RecordEvent(id: "e\(i)", at: "2025-11-24T15:00:00Z", by: "lead", week: week, change: change)
      record = record.applying(event)
    }
    return record
  }

  /// This meeting's lines (the memory of earlier ones is `memory`).
  func lines(_ record: MeetingRecord, week: Day, metric: String = "orders", ascii: Bool = false) -> [String] {
    DrillDownRecordLine.lines(for: metric, in: record, week: week, ascii: ascii) {
      $0 == "ana" ? "Ana Ruiz" : $0
    }
    .filter(\.isThisMeeting).map(\.text)
  }

  /// The memory of earlier meetings.
  func memory(_ record: MeetingRecord, week: Day, metric: String = "orders", earlier: [String] = [])
    -> [String]
  {
    DrillDownRecordLine.lines(for: metric, in: record, week: week, earlierIDs: earlier) {
      $0 == "ana" ? "Ana Ruiz" : $0
    }
    .filter { !$0.isThisMeeting }.map(\.text)
  }

  @Test func earlierMeetingsAreRememberedNewestFirstUnderEarlierIds() {
    let w3 = w2.adding(days: 7)
    let r = record([
      (
        w1,
        .outcome(
          metric: "old_orders", outcome: .explained("Feed late"), signals: ["xmr.limit"], commitment: nil)
      ),
      (
        w1,
        .commitmentAdded(
          CommitmentDraft(id: "c1", text: "Fix the feed", owner: "ana", due: w2), metric: "old_orders")
      ),
      (w2, .commitmentDone(id: "c1", note: "Feed is back")),
      (
        w2,
        .outcome(metric: "orders", outcome: .investigating("Checking the DC"), signals: [], commitment: nil)
      ),
    ])
    #expect(
      memory(r, week: w3, earlier: ["old_orders"]) == [
        "Earlier meetings (discussed in the last 2 meetings in a row)",
        "\(w2): Investigating: Checking the DC",
        "\(w1) (as old_orders): Explained: Feed late",
        "  Commitment: Fix the feed \u{2014} Ana Ruiz; agreed \(w1), done \(w2): Feed is back",
      ])
    #expect(
      memory(r, week: w3) == [
        "Earlier meetings (discussed last meeting too)", "\(w2): Investigating: Checking the DC",
      ])
    #expect(memory(r, week: w1).isEmpty)
  }

  @Test func outcomeAndCommitmentsOfTheMeeting() {
    let r = record([
      (
        w1,
        .outcome(
          metric: "orders", outcome: .explained("Promotion pulled orders forward"), signals: [],
          commitment: nil)
      ),
      (
        w1,
        .commitmentAdded(
          CommitmentDraft(id: "c1", text: "Check the promo uplift", owner: "ana", due: w2), metric: "orders")
      ),
      (
        w1,
        .commitmentAdded(
          CommitmentDraft(id: "c2", text: "Other metric's task", owner: "ana", due: w2), metric: "revenue")
      ),
    ])
    #expect(
      lines(r, week: w1) == [
        "Explained: Promotion pulled orders forward",
        "Commitment (open): Check the promo uplift \u{2014} Ana Ruiz, due \(w2)",
      ])
    #expect(
      lines(r, week: w1, ascii: true)[1] == "Commitment (open): Check the promo uplift - Ana Ruiz, due \(w2)")
  }

  @Test func nextWeekShowsOpenAndJustClosedCommitmentsButNotLastWeeksOutcome() {
    let r = record([
      (w1, .outcome(metric: "orders", outcome: .investigating(nil), signals: [], commitment: nil)),
      (
        w1,
        .commitmentAdded(
          CommitmentDraft(id: "c1", text: "Find the cause", owner: "bob", due: w2), metric: "orders")
      ),
      (w2, .commitmentCarried(id: "c1", due: w2.adding(days: 7))),
    ])
    #expect(lines(r, week: w1).first == "Investigating: the owner reports back next week")
    let next = lines(r, week: w2)
    #expect(next.count == 1)
    #expect(next[0].hasPrefix("Commitment (open): Find the cause \u{2014} bob, due"))
    #expect(next[0].hasSuffix("carried 1\u{00D7}"))
    let done = record([
      (
        w1,
        .commitmentAdded(
          CommitmentDraft(id: "c1", text: "Find the cause", owner: nil, due: w2), metric: "orders")
      ),
      (w2, .commitmentDone(id: "c1")),
    ])
    #expect(lines(done, week: w2) == ["Commitment (done): Find the cause, due \(w2)"])
    #expect(lines(done, week: w2.adding(days: 7)).isEmpty)
  }

  @Test func routineOverruleKeepsItsNote() {
    let r = record([
      (w1, .outcome(metric: "orders", outcome: .routine("Known holiday"), signals: [], commitment: nil))
    ])
    let line = DrillDownRecordLine.lines(for: "orders", in: r, week: w1) { $0 }
    #expect(line.map(\.text) == ["Overruled as routine variation: Known holiday"])
    #expect(line.first?.style == .muted)
  }
}
