import Foundation
import Testing
import WBRModel
import WBRStore

@testable import WBRApp

/// Several writers on one record (docs/JOURNAL.md, "Several writers"): another writer's
/// changes reach the screen through the loop's poll without a key press, the later change to
/// the same thing wins and the footer says whose replaced whose, and `u` reverts only this
/// writer's own changes.
@Suite struct SeveralWritersTests {
  /// Zoë's prep session writing the same record as the harness's meeting.
  private static func zoe(_ h: RecordHarness) throws -> RecordKeeper {
    RecordKeeper(
      journal: try JournalFile.open(path: h.journalPath),
      stamper: EventStamper(
        by: "zoe", week: Fixtures.weekEnding, session: "z",
        clock: { Date(timeIntervalSince1970: 1_719_800_100) }))
  }

  @Test func anotherWritersChangeAppearsAtThePollWithoutAKey() throws {
    let h = try RecordHarness()
    let zoe = try Self.zoe(h)
    try zoe.save(
      .outcome(metric: "revenue", outcome: .explained("Promo ran long"), signals: [], commitment: nil))
    #expect(h.state.meeting.thisWeek.outcomes["revenue"] == nil)
    #expect(h.loop.pollRecord() == nil)
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Promo ran long"))
    #expect(h.frames.count == 1)  // drawn without a key press
    #expect(h.state.message == nil)  // nothing of this writer's was replaced
  }

  @Test func theLaterChangeWinsAndTheFooterSaysWhoseReplacedWhose() throws {
    let h = try RecordHarness()
    let zoe = try Self.zoe(h)
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("Price change")
    h.press(.enter)
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Price change"))
    try zoe.save(
      .outcome(metric: "revenue", outcome: .explained("Promo ran long"), signals: [], commitment: nil))
    h.loop.pollRecord()
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Promo ran long"))
    #expect(h.state.message?.text == "Zoë Øster's outcome for Revenue replaced yours")
    // And back: this writer's save after hers replaces hers, and says so (the dialog starts
    // from her text, now the one in effect).
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("; and a price change")
    h.press(.enter)
    let both = OutcomeKind.explained("Promo ran long; and a price change")
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == both)
    #expect(h.state.message?.text.hasSuffix("; your outcome replaced Zoë Øster's") == true)
    #expect(try h.recordOnDisk.week(Fixtures.weekEnding).outcomes["revenue"]?.kind == both)
  }

  @Test func aSaveFoldsInWhatOthersWroteBeforeItInFileOrder() throws {
    let h = try RecordHarness()
    let zoe = try Self.zoe(h)
    try zoe.save(.reviewed(metric: "nps"))
    h.select("orders")
    h.press(.char(" "))
    // Zoë's line came first in the file, and so in the record on screen.
    #expect(
      h.state.meeting.record.events.map(\.change) == [.reviewed(metric: "nps"), .reviewed(metric: "orders")])
    #expect(try h.recordOnDisk.events == h.state.meeting.record.events)
  }

  @Test func undoRevertsOnlyThisWritersOwnChange() throws {
    let h = try RecordHarness()
    let zoe = try Self.zoe(h)
    h.select("orders")
    h.press(.char(" "))
    try zoe.save(.reviewed(metric: "nps"))
    h.loop.pollRecord()
    h.press(.char("u"))
    let week = h.state.meeting.thisWeek
    #expect(!week.reviewed.contains("orders"))  // its own change, though Zoë's is later
    #expect(week.reviewed.contains("nps"))
    h.press(.char("u"))
    #expect(h.state.message?.text == "Nothing of yours to undo in this meeting")
    #expect(try h.recordOnDisk.week(Fixtures.weekEnding).reviewed == ["nps"])
    // Zoë's undo is hers alone too.
    #expect(try zoe.undo()?.change == .reviewed(metric: "nps"))
    #expect(try zoe.undo() == nil)
  }
}
