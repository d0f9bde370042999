import Testing
import WBRModel

@Suite struct RecordUndoTests {
  typealias F = RecordFixture

  /// Applies changes with one stamper, resolving `u` as the meeting screen would.
  func run(_ week: Day, _ steps: [RecordChange?], on start: MeetingRecord = MeetingRecord()) -> MeetingRecord
  {
    var s = F.stamper(week: week, session: "w\(week.ordinal)")
    var r = start
    for step in steps {
      if let step {
        r = r.applying(s.event(step))
      } else if let target = r.lastUndoable(in: week) {
        r = r.applying(s.event(.undo(target: target.id)))
      }
    }
    return r
  }

  @Test func undoRevertsTheLastChangeAndRestoresWhatItReplaced() {
    let r = run(
      F.w1,
      [
        .outcome(metric: "m", outcome: .explained("first"), signals: [], commitment: nil),
        .outcome(metric: "m", outcome: .routine(nil), signals: [], commitment: nil),
        nil,
      ])
    #expect(r.week(F.w1).outcomes["m"]?.kind == .explained("first"))
    #expect(r.undone.count == 1)
    #expect(r.events.count == 3)  // the undo is an event too: the journal only grows
  }

  @Test func repeatedUndoWalksFurtherBackAndUndoIsNotUndoable() {
    let r = run(F.w1, [.reviewed(metric: "a"), .reviewed(metric: "b"), .reviewed(metric: "c"), nil, nil])
    #expect(r.week(F.w1).reviewed == ["a"])
    let all = run(F.w1, [.reviewed(metric: "a"), nil, nil])
    #expect(all.week(F.w1).reviewed.isEmpty)
    #expect(all.lastUndoable(in: F.w1) == nil)
  }

  @Test func undoOfAnUndoEventIsIgnored() {
    var s = F.stamper(week: F.w1)
    let mark = s.event(.reviewed(metric: "a"))
    let undo = s.event(.undo(target: mark.id))
    let undoUndo = s.event(.undo(target: undo.id))
    let r = MeetingRecord(events: [mark, undo, undoUndo])
    #expect(r.week(F.w1).reviewed.isEmpty)
    #expect(r.undone == [mark.id])
  }

  @Test func undoOfInvestigatingTakesItsCommitmentBack() {
    let r = run(
      F.w1,
      [
        .outcome(
          metric: "m", outcome: .investigating(nil), signals: [],
          commitment: F.draft("c1", "Report back on M", due: F.w2)),
        nil,
      ])
    #expect(r.commitments.isEmpty)
    #expect(r.week(F.w1).outcomes.isEmpty)
  }

  @Test func undoStaysWithinTheMeetingWeek() {
    let last = run(F.w1, [.commitmentAdded(F.draft("a", "A", due: F.w2), metric: nil)])
    let r = run(F.w2, [.commitmentCarried(id: "a", due: F.w3), nil, nil], on: last)
    #expect(r.commitment(id: "a")?.due == F.w2)  // the carry is undone
    #expect(r.commitment(id: "a") != nil)  // last week's creation is out of reach
    #expect(r.lastUndoable(in: F.w2) == nil)
  }

  @Test func undoOfUnknownOrRepeatedTargetIsIgnored() {
    var s = F.stamper(week: F.w1)
    let mark = s.event(.reviewed(metric: "a"))
    let r = MeetingRecord(events: [
      mark, s.event(.undo(target: "missing")), s.event(.undo(target: mark.id)),
      s.event(.undo(target: mark.id)),
    ])
    #expect(r.undone == [mark.id])
  }

  @Test func incrementalAndFullFoldAgree() {
    let r = run(
      F.w1,
      [
        .reviewed(metric: "a"), .commitmentAdded(F.draft("a", "A", due: F.w2), metric: nil), nil,
        .outcome(metric: "m", outcome: .explained("x"), signals: [], commitment: nil),
      ])
    let full = MeetingRecord(events: r.events)
    #expect(full.weeks == r.weeks)
    #expect(full.commitments == r.commitments)
  }
}
