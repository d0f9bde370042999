import Testing
import WBRModel

/// Why a commitment slips (`commitment.carry`'s optional `reason`, added with owners' prep):
/// a note only, so a line with it folds to the state a line without it does, and a line
/// without it is written byte for byte as before.
@Suite struct CarryReasonTests {
  typealias F = RecordFixture

  @Test func theReasonIsReadAndWrittenOnlyWhenGiven() {
    let line =
      #"{"v":1,"type":"commitment.carry","id":"z-3","at":"2026-11-16T09:00:00Z","by":"zoe","week":"2026-11-14","#
      + #""commitment_id":"c1","due":"2026-11-21","reason":"The supplier is late"}"#
    let read = JournalDecoder.decode(line + "\n", file: "j")
    #expect(read.warnings.isEmpty)
    #expect(
      read.events.first?.change == .commitmentCarried(id: "c1", due: F.w3, reason: "The supplier is late"))
    #expect(read.events.first.map(JournalEncoder.line) == line)
    var s = F.stamper(week: F.w1)
    #expect(!JournalEncoder.line(s.event(.commitmentCarried(id: "c1", due: F.w2))).contains("reason"))
  }

  @Test func aCarryWithAReasonFoldsAsOneWithoutAndKeepsTheReasonInItsStep() throws {
    let steps: [(Day, RecordChange)] = [
      (F.w1, .commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: nil))
    ]
    let plain = F.record(steps + [(F.w2, .commitmentCarried(id: "c1", due: F.w3))])
    let reasoned = F.record(
      steps + [(F.w2, .commitmentCarried(id: "c1", due: F.w3, reason: "Supplier late"))])
    let a = try #require(plain.commitment(id: "c1"))
    let b = try #require(reasoned.commitment(id: "c1"))
    #expect(b.due == a.due)
    #expect(b.status == a.status)
    #expect(b.carryCount == 1)
    #expect(b.carryReason(in: F.w2) == "Supplier late")
    #expect(a.carryReason(in: F.w2) == nil)
    #expect(b.carryReason(in: F.w1) == nil)
    // A later carry without a reason is the week's latest: none.
    var later = F.stamper(week: F.w2, session: "s2")
    let again = reasoned.applying(later.event(.commitmentCarried(id: "c1", due: F.w3)))
    #expect(try #require(again.commitment(id: "c1")).carryReason(in: F.w2) == nil)
  }
}
