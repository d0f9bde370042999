import Foundation
import Testing
import WBRModel
import WBRStore

@Suite struct JournalKeeperTests {
  typealias F = StoreFixture

  @Test func reopeningTheSameWeekResumesTheMeeting() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    do {
      let k = RecordKeeper(journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1))
      try k.save(.reviewed(metric: "a"))
      try k.setOutcome(metric: "m", .investigating(nil), metricName: "Orders", owner: "ana")
      try k.addCommitment(text: "Fix the feed", owner: "bo", metric: nil)
      try k.save(.reviewed(metric: "b"))
      #expect(try k.undo()?.change == .reviewed(metric: "b"))
    }
    let k = RecordKeeper(
      journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1, session: "s2"))
    #expect(k.thisWeek.reviewed == ["a"])
    #expect(k.record.resumeMetric(in: F.w1) == "m")  // "b" was undone; the commitment has none
    #expect(k.thisWeek.outcomes["m"]?.kind == .investigating(nil))
    #expect(k.record.commitments.map(\.text) == ["Report back on Orders", "Fix the feed"])
    #expect(k.record.commitments.allSatisfy { $0.due == F.w2 })
  }

  @Test func nextWeekSeesWhatIsStillOpen() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    do {
      let k = RecordKeeper(journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1))
      let id = try k.addCommitment(text: "Fix the feed", owner: "bo", metric: nil)
      try k.addCommitment(text: "Done soon", owner: "ana", metric: nil)
      try k.save(.commitmentDone(id: id))  // closed in its own meeting
    }
    let k = RecordKeeper(
      journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w2, session: "s2"))
    #expect(k.record.hasOpenEarlierCommitments(in: F.w2))
    let open = k.record.openEarlierCommitmentsByOwner(in: F.w2)
    #expect(open.map(\.owner) == ["ana"])
    let c = try #require(open.first?.items.first)
    try k.carry(c.id)
    #expect(k.record.commitment(id: c.id)?.due == F.w3)
    #expect(k.record.commitment(id: c.id)?.age(at: F.w2) == 1)
  }

  @Test func readOnlyKeeperRefusesAndLeavesTheRecordAlone() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    let writer = try JournalFile.open(path: path)
    let k = RecordKeeper(journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1))
    #expect(k.isReadOnly)
    #expect(throws: JournalError.self) { try k.save(.reviewed(metric: "a")) }
    #expect(k.record.events.isEmpty)
    writer.close()
  }

  @Test func undoWithNothingToUndoIsNil() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    let k = RecordKeeper(journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1))
    #expect(try k.undo() == nil)
    #expect(k.record.events.isEmpty)
  }
}
