import Testing
import WBRModel

/// Whose change replaced whose when owners' prep sessions write beside the meeting
/// (docs/JOURNAL.md, "Several writers"): a proposal replaces only a pending proposal; the
/// meeting's change replaces the change in effect, pending or accepted proposals included,
/// never one already replaced; `u` in a prep session is its session's, not its login's.
@Suite struct PrepConflictTests {
  static let week = Day(year: 2026, month: 11, day: 21) ?? Day(ordinal: 0)

  static func event(_ id: String, _ change: RecordChange, by: String = "owner") -> RecordEvent {
    RecordEvent(id: id, at: "2026-11-20T09:12:00Z", by: by, week: week, change: change)
  }
  static func opened(_ session: String, owner: String) -> RecordEvent {
    event(
      session + "-0",
      .sessionOpened(SessionHeader(kind: .prep, deck: nil, owners: OwnersSnapshot(), owner: owner)))
  }
  static func explain(_ id: String, _ text: String, by: String = "owner") -> RecordEvent {
    event(id, .outcome(metric: "a", outcome: .explained(text), signals: [], commitment: nil), by: by)
  }

  let lead = explain("m-1", "Price change", by: "maria")
  let zoeOpen = opened("z", owner: "zoe")
  let wangOpen = opened("w", owner: "wang")

  @Test func aProposalReplacesOnlyAPendingProposal() {
    let zoe = Self.explain("z-1", "Promo")
    let record = MeetingRecord(events: [lead, zoeOpen, wangOpen])
    #expect(RecordConflict.of(zoe, in: record) == nil)  // the lead's outcome stands
    let wang = Self.explain("w-1", "Ranking")
    let withZoe = record.applying(zoe)
    #expect(RecordConflict.of(wang, in: withZoe)?.replaced == zoe)
  }

  @Test func theMeetingsChangeReplacesAPendingOrAcceptedProposalNotAReplacedOne() {
    let zoe = Self.explain("z-1", "Promo")
    let pending = MeetingRecord(events: [zoeOpen, zoe])
    #expect(RecordConflict.of(lead, in: pending)?.replaced == zoe)
    let accepted = pending.applying(Self.event("m-2", .prepAccepted(target: "z-1"), by: "maria"))
    #expect(RecordConflict.of(Self.explain("m-3", "Both"), in: accepted)?.replaced == zoe)
    // Replaced by a later proposal: the later one is what the lead's change replaces.
    let wang = Self.explain("w-1", "Ranking")
    let replaced = MeetingRecord(events: [zoeOpen, wangOpen, zoe, wang])
    #expect(RecordConflict.of(lead, in: replaced)?.replaced == wang)
    // Withdrawn (a prep outcome.clear): nothing in effect to replace.
    let withdrawn = pending.applying(Self.event("z-2", .outcomeCleared(metric: "a")))
    #expect(RecordConflict.of(lead, in: withdrawn) == nil)
  }

  @Test func undoInAPrepSessionIsItsSessionsNotItsLogins() {
    let zoe = Self.explain("z-1", "Promo")
    let wang = Self.event(
      "w-1", .outcome(metric: "b", outcome: .explained("Ranking"), signals: [], commitment: nil))
    let record = MeetingRecord(events: [zoeOpen, wangOpen, zoe, wang])
    #expect(record.lastUndoable(in: Self.week, session: "z", prepared: true) == zoe)
    #expect(record.lastUndoable(in: Self.week, session: "w", prepared: true) == wang)
    let accepted = record.applying(Self.event("m-1", .prepAccepted(target: "z-1"), by: "maria"))
    #expect(accepted.lastUndoable(in: Self.week, session: "z", prepared: true) == nil)
    #expect(accepted.lastUndoable(in: Self.week, session: "m", prepared: false)?.id == "m-1")
  }
}
