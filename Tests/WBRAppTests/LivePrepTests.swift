import Foundation
import Testing
import WBRModel
import WBRStore

@testable import WBRApp

/// Owners' prep sessions and the lead's meeting writing one record at once (issue #19): an
/// owner's explanation reaches the lead's screen at the poll as a proposal (not the record,
/// not replacing the lead's own outcome), the header's gaps count follows, `A` accepts it and
/// `e` replaces it with the footer saying so, and each prep session's `u` reverts only its
/// own proposals even when every owner writes as the same login.
@Suite struct LivePrepTests {
  static let week = Fixtures.weekEnding

  /// The opening of a prep session for `owner`, as `wbr prep` writes it.
  static func prepOpening(_ owner: String) -> () -> [RecordChange] {
    { [.sessionOpened(SessionHeader(kind: .prep, deck: nil, owners: OwnersSnapshot(), owner: owner))] }
  }

  static func stamper(_ by: String, _ session: String) -> EventStamper {
    EventStamper(by: by, week: week, session: session, clock: { Date(timeIntervalSince1970: 1_719_800_100) })
  }

  /// An owner's prep session writing the harness's record without a screen.
  static func keeper(_ h: RecordHarness, owner: String, by: String, session: String) throws -> RecordKeeper {
    RecordKeeper(
      journal: try JournalFile.open(path: h.journalPath), stamper: stamper(by, session),
      opening: prepOpening(owner))
  }

  /// An owner's prep session on screen (`wbr prep`), through the key table and the loop.
  final class PrepScreen {
    let loop: MeetingLoop
    let journal: JournalFile

    init(_ h: RecordHarness, owner: String, by: String, session: String) throws {
      journal = try JournalFile.open(path: h.journalPath)
      let saver = RecordSaver(
        journal: journal, stamper: LivePrepTests.stamper(by, session),
        opening: LivePrepTests.prepOpening(owner),
        notes: RecordSaver.NotesSource(deckFile: nil, lead: nil, login: by))
      let record = MeetingRecordState(
        week: LivePrepTests.week, record: MeetingRecord(events: journal.contents.events), access: .writable,
        journalPath: h.journalPath, session: session)
      let state = RecordOpening.openPrep(
        Fixtures.state(width: 80, height: 24), record: record, prep: PrepSession(owner: owner, author: by))
      loop = MeetingLoop(
        state: state, backend: ScriptedBackend(size: Size(width: 80, height: 24), steps: []), files: saver)
    }

    var state: AppState { loop.state }

    func press(_ keys: Key...) {
      for key in keys {
        guard let action = KeyBindings.standard.action(for: key, in: loop.state) else { continue }
        loop.dispatch(action)
      }
    }

    func type(_ text: String) { for c in text { press(.char(c)) } }

    func select(_ id: String) {
      guard let index = Fixtures.deck.metrics.firstIndex(where: { $0.id == id }),
        let position = loop.state.deckList.rows.firstIndex(of: index)
      else { return }
      loop.dispatch(.move(position - loop.state.deckList.selected))
    }

    /// `e e`, the text, Enter: the selected metric explained.
    func explain(_ id: String, _ text: String) {
      select(id)
      press(.char("e"), .char("e"))
      type(text)
      press(.enter)
    }
  }

  static let explained = RecordChange.outcome(
    metric: "revenue", outcome: .explained("Promo ran long"), signals: [], commitment: nil)

  @Test func anOwnersExplanationReachesTheLeadAsAProposalAndTheGapsFall() throws {
    let h = try RecordHarness()
    let zoe = try Self.keeper(h, owner: "zoe", by: "zoe.login", session: "z")
    #expect(PrepUpdate.gapCount(h.state) == nil)  // no prep session yet: no gaps shown
    try zoe.save(Self.explained)
    #expect(h.loop.pollRecord() == nil)
    #expect(h.frames.count == 1)  // drawn without a key press
    #expect(h.state.meeting.thisWeek.outcomes["revenue"] == nil)  // a proposal, not the record
    #expect(h.state.meeting.record.preparedOutcome(of: "revenue", in: Self.week)?.event.by == "zoe.login")
    #expect(h.state.message?.text == "Zoë Øster prepared an explanation for Revenue (A accepts)")
    // Revenue is answered; Delivery speed (no owner) is the one anomaly left.
    #expect(PrepUpdate.gapCount(h.state) == 1)
    #expect(h.frames.last?.snapshot.contains("gaps 1") == true)
    h.select("revenue")
    h.press(.char("A"))
    let outcome = h.state.meeting.thisWeek.outcomes["revenue"]
    #expect(outcome?.kind == .explained("Promo ran long"))
    #expect(outcome?.by == "zoe.login")
    #expect(try h.recordOnDisk.week(Self.week).outcomes["revenue"]?.by == "zoe.login")
  }

  /// A frame drawn for another writer's lines goes to the loop's `onState` like a key's: the
  /// lead's side file is written from it, so a follower sees what the lead's screen shows.
  @Test func aFrameDrawnForAnotherWritersLinesIsHandedOnLikeAKeys() throws {
    let h = try RecordHarness()
    var handed: [AppState] = []
    h.loop.onState = { handed.append($0) }
    #expect(h.loop.pollRecord() == nil)
    #expect(handed.isEmpty)  // nothing grew, no frame
    let zoe = try Self.keeper(h, owner: "zoe", by: "zoe.login", session: "z")
    try zoe.save(Self.explained)
    h.loop.pollRecord()
    #expect(handed.count == 1)
    #expect(handed.last?.message?.text == "Zoë Øster prepared an explanation for Revenue (A accepts)")
  }

  @Test func aProposalLeavesTheLeadsOutcomeAndTheLeadsEReplacesIt() throws {
    let h = try RecordHarness()
    let zoe = try Self.keeper(h, owner: "zoe", by: "zoe.login", session: "z")
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("Price change")
    h.press(.enter)
    try zoe.save(Self.explained)
    h.loop.pollRecord()
    // The lead's outcome stands: a proposal replaces nothing until it is accepted.
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Price change"))
    #expect(h.state.message?.text == "Zoë Øster prepared an explanation for Revenue (A accepts)")
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("; and the promo")
    h.press(.enter)
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Price change; and the promo"))
    #expect(h.state.message?.text.hasSuffix("; your outcome replaced Zoë Øster's prepared outcome") == true)
    #expect(h.state.meeting.record.preparedOutcome(of: "revenue", in: Self.week) == nil)
  }

  @Test func aPrepScreenFoldsTheLeadsAndOtherOwnersLinesAtThePoll() throws {
    let h = try RecordHarness()
    let zoe = try PrepScreen(h, owner: "zoe", by: "owner", session: "z")
    let kenji = try Self.keeper(h, owner: "kenji", by: "owner", session: "k")
    zoe.explain("revenue", "Promo ran long")
    #expect(zoe.state.meeting.record.preparedOutcome(of: "revenue", in: Self.week) != nil)
    #expect(PrepUpdate.gapCount(zoe.state) == 0)  // her own gaps only
    // Kenji's proposal and the lead's acceptance of Zoë's reach her screen at the poll.
    try kenji.save(
      .outcome(metric: "orders", outcome: .explained("Fewer promos"), signals: [], commitment: nil))
    h.loop.pollRecord()
    h.select("revenue")
    h.press(.char("A"))
    #expect(zoe.loop.pollRecord() == nil)
    #expect(zoe.state.meeting.thisWeek.outcomes["revenue"]?.by == "owner")  // accepted
    #expect(zoe.state.meeting.record.preparedOutcome(of: "orders", in: Self.week)?.owner == "kenji")
  }

  @Test func undoInAPrepSessionRevertsOnlyItsOwnProposalsThoughTheLoginIsShared() throws {
    let h = try RecordHarness()
    let zoe = try PrepScreen(h, owner: "zoe", by: "owner", session: "z")
    let kenji = try Self.keeper(h, owner: "kenji", by: "owner", session: "k")
    zoe.explain("revenue", "Promo ran long")
    try kenji.save(
      .outcome(metric: "orders", outcome: .explained("Fewer promos"), signals: [], commitment: nil))
    zoe.loop.pollRecord()
    zoe.press(.char("u"))  // hers, though Kenji's (same login) is later in the file
    let record = zoe.state.meeting.record
    #expect(record.preparedOutcome(of: "revenue", in: Self.week) == nil)
    #expect(record.preparedOutcome(of: "orders", in: Self.week) != nil)
    zoe.press(.char("u"))
    #expect(zoe.state.message?.text == "Nothing of yours to undo in this meeting")
    // The lead's `u` reaches neither proposal; Kenji's is his to take back.
    h.loop.pollRecord()
    h.press(.char("u"))
    #expect(h.state.message?.text == "Nothing of yours to undo in this meeting")
    #expect(
      try kenji.undo()?.change
        == .outcome(
          metric: "orders", outcome: .explained("Fewer promos"), signals: [], commitment: nil))
  }

  @Test func anOwnerBackInALaterSessionWithdrawsTheirProposalAndTheFooterSaysSo() throws {
    let h = try RecordHarness()
    let first = try PrepScreen(h, owner: "zoe", by: "owner", session: "z1")
    first.explain("revenue", "Promo ran long")
    // Zoë comes back (a new run, a new session): e c withdraws her own explanation.
    let zoe = try PrepScreen(h, owner: "zoe", by: "owner", session: "z2")
    zoe.select("revenue")
    zoe.press(.char("e"), .char("c"))
    #expect(zoe.state.message?.text == "Withdrawn: the prepared outcome of Revenue")
    #expect(zoe.state.meeting.record.preparedOutcome(of: "revenue", in: Self.week) == nil)
    #expect(try h.recordOnDisk.preparedOutcome(of: "revenue", in: Self.week) == nil)
    // Another owner's proposal replaced by a later one is still named (same login or not).
    first.explain("revenue", "Promo ran long")
    let kenji = try PrepScreen(h, owner: "kenji", by: "owner", session: "k")
    kenji.press(.char("o"))  // Zoë's metrics, to reach Revenue
    kenji.type("Zo")
    kenji.press(.enter)
    kenji.explain("revenue", "A price test")
    #expect(
      kenji.state.message?.text
        == "Prepared: Revenue explained; your outcome replaced Zoë Øster's prepared outcome")
  }

  @Test func anAcceptedProposalIsNoLongerItsOwnersToUndo() throws {
    let h = try RecordHarness()
    let zoe = try PrepScreen(h, owner: "zoe", by: "owner", session: "z")
    zoe.explain("revenue", "Promo ran long")
    h.loop.pollRecord()
    h.select("revenue")
    h.press(.char("A"))
    zoe.loop.pollRecord()
    zoe.press(.char("u"))
    #expect(zoe.state.message?.text == "Nothing of yours to undo in this meeting")
    #expect(zoe.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Promo ran long"))
    // The lead's `u` takes the acceptance back: a proposal again.
    h.press(.char("u"))
    #expect(h.state.meeting.thisWeek.outcomes["revenue"] == nil)
    #expect(h.state.meeting.record.preparedOutcome(of: "revenue", in: Self.week) != nil)
  }
}
