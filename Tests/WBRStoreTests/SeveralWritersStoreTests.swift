import Foundation
import Testing
import WBRModel
import WBRStore

/// Several writers through the store's API (what `wbr prep` builds on): two sessions opened
/// on a new record both write it, the series is started once, each keeper folds in the
/// other's lines in file order, and each undoes only its own change.
@Suite struct SeveralWritersStoreTests {
  typealias F = StoreFixture

  @Test func twoSessionsOnANewRecordStartTheSeriesOnceAndSeeEachOther() throws {
    let root = try SeriesOpenTests.series(["w1"])
    let deck = SeriesOpenTests.deck(week: F.w1)
    let opener = SeriesOpenTests.opener(deck, path: root + "/w1/deck.json")
    let lead = try opener.open(stamper: F.stamper(week: F.w1, session: "lead", by: "maria"))
    let owner = try opener.open(stamper: F.stamper(week: F.w1, session: "ana", by: "ana"))
    #expect(lead.readOnlyReason == nil && owner.readOnlyReason == nil)
    try owner.keeper.save(.reviewed(metric: "sales"))
    try lead.keeper.save(.outcome(metric: "sales", outcome: .routine(nil), signals: [], commitment: nil))
    let starts = lead.keeper.record.events.filter {
      if case .seriesStarted = $0.change { return true }
      return false
    }
    #expect(starts.count == 1)
    #expect(lead.keeper.record.sessions.map(\.id) == ["ana", "lead"])
    #expect(owner.keeper.refresh().map(\.sessionID) == ["lead", "lead"])  // its meeting.open and change
    #expect(owner.keeper.record.events == lead.keeper.record.events)
    // Each undoes its own change only.
    #expect(try owner.keeper.undo()?.change == .reviewed(metric: "sales"))
    #expect(try owner.keeper.undo() == nil)
    #expect(lead.keeper.refresh().count == 1)
    #expect(lead.keeper.thisWeek.outcomes["sales"]?.kind == .routine(nil))
    let fresh = MeetingRecord(
      events: try JournalFile.openReadOnly(path: root + "/w1/wbr-journal.jsonl", reason: "t").contents.events)
    #expect(fresh.events == lead.keeper.record.events)
  }

  @Test func aConflictNamesTheChangeAnotherSessionReplaced() {
    let week = F.w1
    func event(_ id: String, _ change: RecordChange) -> RecordEvent {
      RecordEvent(id: id, at: "2026-11-09T15:00:00Z", by: String(id.prefix(1)), week: week, change: change)
    }
    let mine = event("m-1", .outcome(metric: "a", outcome: .routine(nil), signals: [], commitment: nil))
    let theirs = event("z-1", .outcomeCleared(metric: "a"))
    let record = MeetingRecord(events: [mine])
    #expect(RecordConflict.of(theirs, in: record)?.replaced == mine)
    #expect(RecordConflict.of(theirs, in: record)?.what == "outcome")
    // Not a conflict: the same session, another metric, another thing about the metric.
    #expect(RecordConflict.of(event("m-2", .outcomeCleared(metric: "a")), in: record) == nil)
    #expect(RecordConflict.of(event("z-2", .outcomeCleared(metric: "b")), in: record) == nil)
    #expect(RecordConflict.of(event("z-3", .reviewed(metric: "a")), in: record) == nil)
    // An undone change is not in effect: nothing to replace.
    let undone = MeetingRecord(events: [mine, event("m-2", .undo(target: "m-1"))])
    #expect(RecordConflict.of(theirs, in: undone) == nil)
    #expect(undone.lastUndoable(in: week, session: "m") == nil)
    #expect(record.lastUndoable(in: week, session: "z") == nil)
    #expect(record.lastUndoable(in: week, session: "m") == mine)
  }
}
