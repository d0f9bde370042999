import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// An owner's prep session (`wbr prep`) as the owner meets it: the footer says "Prepared"
/// (a proposal, not the record) and offers no key the session refuses.
@Suite struct PrepSessionKeysTests {
  static let week = RecordEvents.week
  static let zoe = PrepSession(owner: "zoe", author: "zoe.login")

  /// Zoë's prep session (or the lead's meeting, `prep` nil) over the earlier meetings'
  /// record plus `events`, opened as `wbr prep` opens it.
  func state(_ events: [RecordEvent] = [], prep: PrepSession? = zoe, width: Int = 100, height: Int = 24)
    -> AppState
  {
    let record = MeetingRecordState(
      week: Self.week, record: MeetingRecord(events: RecordEvents.earlier + events),
      journalPath: "/meetings/wbr-journal.jsonl")
    let base = Fixtures.state(width: width, height: height)
    guard let prep else {
      var s = RecordOpening.open(base, record: record)
      if s.screen == .commitments { s = Fixtures.apply([.back], to: s) }
      return select("revenue", in: s)
    }
    // Both open on the commitments under review first (the earlier meetings' c1-c3).
    let s = RecordOpening.openPrep(base, record: record, prep: prep)
    return s.screen == .commitments ? Fixtures.apply([.back], to: s) : s
  }

  /// `s` with the deck's selection on metric `id`.
  func select(_ id: String, in s: AppState) -> AppState {
    guard let index = Fixtures.deck.metrics.firstIndex(where: { $0.id == id }),
      let position = s.deckList.rows.firstIndex(of: index)
    else { return s }
    return Fixtures.apply([.move(position - s.deckList.selected)], to: s)
  }

  func screen(_ s: AppState) -> String { RootView.render(s, size: s.size).snapshot }

  /// The note of the save `actions` lead to from `s`, and the footer's message once saved.
  func saved(_ s: AppState, _ actions: [Action], by: String) -> (note: String, message: String?)? {
    let typed = Fixtures.apply(actions, to: s)
    let (_, effects) = AppUpdate.update(typed, .submit)
    guard case .save(let change, let note)? = effects.first else { return nil }
    let event = RecordEvent(id: "s-1", at: "2024-07-01T09:12:00Z", by: by, week: Self.week, change: change)
    return (note, AppUpdate.update(typed, .answer(.saved(event, note: note))).0.message?.text)
  }

  @Test func aPrepSessionSaysPreparedWhereTheMeetingSaysSaved() throws {
    let explain: [Action] =
      [.record(.outcome), .record(.choose(.explained))] + "Promo".map { .edit(.insert(String($0))) }
    let prep = try #require(saved(state(), explain, by: "zoe.login"))
    #expect(prep.note == "Saved: Revenue explained")
    #expect(prep.message == "Prepared: Revenue explained")
    let meeting = try #require(saved(state(prep: nil), explain, by: "maria"))
    #expect(meeting.message == "Saved: Revenue explained")
  }

  @Test func anAnswerToACommitmentReadsAsPreparedToo() throws {
    var s = Fixtures.apply([.showCommitments], to: state())
    for _ in 0..<3 where CommitmentRows.selected(s)?.id != "c2" { s = Fixtures.apply([.move(1)], to: s) }
    #expect(CommitmentRows.selected(s)?.id == "c2")
    let done = try #require(saved(s, [.record(.done)], by: "zoe.login"))
    #expect(done.note == "Done: Report back on Revenue")
    #expect(done.message == "Prepared, done: Report back on Revenue")
    #expect(
      PrepUpdate.savedNote(
        "Carried to 2024-07-07: Fix the feed", .commitmentCarried(id: "c1", due: Self.week.adding(days: 7)), s
      )
        == "Prepared, carried to 2024-07-07: Fix the feed")
  }

  @Test func thePrepFooterLeavesOutWhatTheSessionRefusesAndSaysHowToLeave() {
    let table = KeyBindings.standard
    func labels(_ context: BindingContext, prep: Bool) -> [String] {
      table.footer(for: context, prep: prep).map {
        $0.footerKeysLabel(ascii: false) + " " + ($0.footer ?? "")
      }
    }
    #expect(
      labels(.deck, prep: true) == [
        "n next anomaly", "e outcome", "a commit", "c commits", "u undo", "x notes", "? help", "q quit",
      ])
    #expect(!labels(.drillDown, prep: true).contains("Space mark"))
    #expect(labels(.drillDown, prep: true).contains("q quit"))
    #expect(!labels(.commitments, prep: true).contains("e edit"))
    #expect(labels(.commitments, prep: false).contains("e edit"))
    // The meeting's footer is as it was.
    #expect(labels(.deck, prep: false).contains("Space mark"))
    #expect(!labels(.deck, prep: false).contains("q quit"))
  }

  @Test func prepHelpAndPaletteOfferOnlyWhatTheSessionAccepts() throws {
    func help(_ s: AppState) -> [String] {
      HelpLayout.lines(Fixtures.apply([.show(.help)], to: s)).map(\.help)
    }
    func palette(_ s: AppState, _ query: String = "") throws -> [PaletteCommand] {
      let open = Fixtures.apply([.show(.palette)] + typing(query), to: s)
      guard case .palette(let p)? = open.overlay else { throw PaletteNotOpen() }
      return PaletteLayout.matches(open, p)
    }
    let refused: [RecordAction] = [.toggleReviewed, .reviewRest, .accept, .edit]
    let texts = [
      "mark reviewed, next row (again: unmark)", "accept the owner's prepared entry",
      "mark every metric in the list without signal or outcome reviewed",
    ]
    let deck = state()
    let lead = state(prep: nil)
    for text in texts {
      #expect(help(lead).contains(text))
      #expect(!help(deck).contains(text))
    }
    #expect(help(deck).contains("outcome: explained, investigating or routine"))
    let leadsCommitments = Fixtures.apply([.showCommitments], to: lead)
    let commitments = Fixtures.apply([.showCommitments], to: deck)
    #expect(help(leadsCommitments).contains("edit text, owner or due week"))
    #expect(!help(commitments).contains("edit text, owner or due week"))
    #expect(help(commitments).contains("carry to the next WBR"))
    // The palette offers what help lists: none of the refused keys, on any screen.
    for s in [deck, commitments, Fixtures.apply([.open], to: deck)] {
      let offered = try palette(s).map(\.action)
      #expect(!offered.contains { refused.map(Action.record).contains($0) })
      #expect(!offered.isEmpty)
    }
    #expect(try palette(lead, "mark reviewed").first?.action == .record(.toggleReviewed))
    #expect(try !palette(deck, "mark reviewed").contains { $0.action == .record(.toggleReviewed) })
    #expect(try palette(leadsCommitments).contains { $0.action == .record(.edit) })
    // Every binding help leaves out in prep is one its footer leaves out by the same rule.
    let table = KeyBindings.standard
    for context in [BindingContext.deck, .drillDown, .commitments] {
      let kept = table.help(for: context, prep: true).map(\.action)
      let dropped = table.help(for: context).filter { !kept.contains($0.action) }
      #expect(dropped.allSatisfy { $0.isRefusedInPrep })
      #expect(table.footer(for: context, prep: true).allSatisfy { !$0.isRefusedInPrep })
    }
    // Keys that do something else in prep say so in its help and palette.
    #expect(help(deck).contains("clear the filter: back to your metrics"))
    #expect(!help(deck).contains("clear the filter and owner"))
    #expect(help(lead).contains("clear the filter and owner"))
    #expect(help(deck).contains("take back your latest prepared entry"))
    #expect(help(lead).contains("undo the last change of this meeting"))
    #expect(try palette(deck, "take back").first?.action == .record(.undo))
    assertGolden(
      screen(Fixtures.apply([.show(.help)], to: state(width: 160, height: 48))), named: "prep-help-160x48")
  }

  struct PaletteNotOpen: Error {}

  @Test func thePrepFooterFitsEightyColumns() {
    assertGolden(screen(state(width: 80, height: 12)), named: "prep-footer-80x12")
  }

  /// The metric ids of the deck's rows, in order.
  func ids(_ s: AppState) -> [String] { s.deckList.rows.map { Fixtures.deck.metrics[$0].id } }

  func typing(_ text: String) -> [Action] { text.map { .edit(.insert(String($0))) } }

  @Test func escOnAFilterComesBackToTheOwnersMetricsNotTheWholeDeck() {
    let base = state()
    #expect(ids(base) == ["revenue", "defects"])
    // Typed, kept with Enter, then Esc on the deck: Zoë's metrics again, anomalies first.
    var s = Fixtures.apply([.startFilter] + typing("defect") + [.submit], to: base)
    #expect(ids(s) == ["defects"])
    s = AppUpdate.update(s, .clearFilter).0
    #expect(ids(s) == ["revenue", "defects"])
    #expect(s.deckList.owner == "zoe")
    #expect(s.deckList.filter.isEmpty)
    #expect(s.deckList.selectedMetric == Fixtures.deck.metrics.firstIndex { $0.id == "defects" })
    // Already there: nothing to clear.
    #expect(AppUpdate.update(s, .clearFilter).1 == [.bell])
    // Esc while typing drops the text, back to the same view.
    s = Fixtures.apply([.startFilter] + typing("zzz") + [.cancel], to: base)
    #expect(s.filterInput == nil)
    #expect(ids(s) == ["revenue", "defects"])
    // Another owner's metrics, chosen with o: Esc comes back to Zoë's.
    s = Fixtures.apply([.show(.ownerPicker)] + typing("Kenji") + [.submit], to: base)
    #expect(s.deckList.owner == "kenji")
    s = AppUpdate.update(s, .clearFilter).0
    #expect(s.deckList.owner == "zoe")
    #expect(ids(s) == ["revenue", "defects"])
  }

  @Test func theLeadsEscStillShowsTheWholeDeck() {
    var s = Fixtures.apply([.startFilter] + typing("revenue") + [.submit], to: state(prep: nil))
    #expect(ids(s) == ["revenue"])
    s = AppUpdate.update(s, .clearFilter).0
    #expect(s.deckList.owner == nil)
    #expect(s.deckList.rows.count == Fixtures.deck.metrics.count)
    s = Fixtures.apply(
      [.show(.ownerPicker)] + typing("Zo") + [.submit, .startFilter, .edit(.insert("x")), .cancel], to: s)
    #expect(s.deckList.owner == "zoe")  // Esc while typing keeps the lead's owner
    s = AppUpdate.update(s, .clearFilter).0
    #expect(s.deckList.owner == nil)
    #expect(s.deckList.rows.count == Fixtures.deck.metrics.count)
  }

  static func prep(_ id: String, _ change: RecordChange) -> RecordEvent {
    RecordEvent(id: id, at: "2024-07-01T09:12:00Z", by: "zoe.login", week: week, change: change)
  }

  /// Zoë's earlier prep session: Revenue explained, Defects investigating with a note.
  static let prepared: [RecordEvent] = [
    prep(
      "p-1", .sessionOpened(SessionHeader(kind: .prep, deck: nil, owners: OwnersSnapshot(), owner: "zoe"))),
    prep(
      "p-2",
      .outcome(
        metric: "revenue", outcome: .explained("Promo week pulled orders forward"), signals: [],
        commitment: nil)),
    prep(
      "p-3",
      .outcome(metric: "defects", outcome: .investigating("Supplier lot 7"), signals: [], commitment: nil)),
  ]

  /// The text dialog's text after `actions`, or nil when no text dialog is open.
  func dialogText(_ s: AppState, _ actions: [Action]) -> String? {
    guard case .record(.text(let d))? = Fixtures.apply(actions, to: s).overlay else { return nil }
    return d.editor.text
  }

  @Test func eInAPrepSessionStartsFromTheOwnersPreparedText() throws {
    let s = state(Self.prepared, height: 20)
    let explain: [Action] = [.record(.outcome), .record(.choose(.explained))]
    #expect(dialogText(s, explain) == "Promo week pulled orders forward")
    let editing = Fixtures.apply(explain, to: s)
    assertGolden(screen(editing), named: "prep-edit-explanation-100x20")
    // The owner edits it: the new proposal is the edited text.
    let (_, effects) = AppUpdate.update(Fixtures.apply(typing(", as planned"), to: editing), .submit)
    guard case .save(.outcome(_, let kind, _, _), _)? = effects.first else {
      Issue.record("expected an outcome saved, got \(effects)")
      return
    }
    #expect(kind == .explained("Promo week pulled orders forward, as planned"))
    // The menu opens on the prepared kind, and offers to withdraw it (clear).
    let defects = select("defects", in: s)
    guard case .record(.outcomeMenu(let menu))? = Fixtures.apply([.record(.outcome)], to: defects).overlay
    else {
      Issue.record("no outcome menu")
      return
    }
    #expect(menu.options[menu.selected] == .investigating)
    #expect(menu.options.contains(.clear))
    #expect(dialogText(defects, [.record(.outcome), .record(.choose(.investigating))]) == "Supplier lot 7")
  }

  @Test func eCInAPrepSessionSaysTheProposalIsWithdrawn() throws {
    let s = select("revenue", in: state(Self.prepared))
    let (_, effects) = AppUpdate.update(
      Fixtures.apply([.record(.outcome)], to: s), .record(.choose(.clear)))
    guard case .save(let change, let note)? = effects.first else {
      Issue.record("e c saved nothing: \(effects)")
      return
    }
    #expect(change == .outcomeCleared(metric: "revenue"))
    let event = Self.prep("p-4", change)
    let after = AppUpdate.update(s, .answer(.saved(event, note: note))).0
    #expect(after.message?.text == "Withdrawn: the prepared outcome of Revenue")
    #expect(after.meeting.record.preparedOutcome(of: "revenue", in: Self.week) == nil)
    // The lead's clear says what it did to the record, as before.
    #expect(note == "Saved: the outcome of Revenue is cleared")
    #expect(PrepUpdate.savedNote(note, change, state(prep: nil)) == note)
    // With nothing of Zoë's pending on Revenue there is nothing to withdraw: no clear offered,
    // even over the lead's outcome (a prep clear only withdraws a proposal).
    let leads = RecordEvent(
      id: "m-1", at: "2024-07-01T09:00:00Z", by: "maria", week: Self.week,
      change: .outcome(metric: "revenue", outcome: .routine(nil), signals: [], commitment: nil))
    for events in [[], [leads]] {
      guard
        case .record(.outcomeMenu(let menu))? =
          Fixtures.apply([.record(.outcome)], to: select("revenue", in: state(events))).overlay
      else {
        Issue.record("no outcome menu")
        return
      }
      #expect(!menu.options.contains(.clear))
    }
  }

  @Test func theLeadsEStartsEmptyOnAProposal() {
    // What the lead saves replaces the proposal as the lead's own: the owner's words are
    // accepted with A, not retyped under the lead's name.
    let s = state(Self.prepared, prep: nil)
    #expect(dialogText(s, [.record(.outcome), .record(.choose(.explained))]) == "")
    guard case .record(.outcomeMenu(let menu))? = Fixtures.apply([.record(.outcome)], to: s).overlay else {
      Issue.record("no outcome menu")
      return
    }
    #expect(!menu.options.contains(.clear))
  }

  /// The commitments screen of `s` on commitment `id`.
  func onCommitment(_ id: String, _ s: AppState) -> AppState {
    var s = Fixtures.apply([.showCommitments], to: s)
    for _ in 0..<4 where CommitmentRows.selected(s)?.id != id { s = Fixtures.apply([.move(1)], to: s) }
    return s
  }

  @Test func anOwnersCarrySaysWhyItSlipsAndTheLeadsCarriesAtOnce() throws {
    let next = Self.week.adding(days: 7)
    let s = onCommitment("c1", state())
    #expect(CommitmentRows.selected(s)?.id == "c1")
    let asking = Fixtures.apply([.record(.carry)], to: s)
    guard case .record(.text(let d))? = asking.overlay else {
      Issue.record("r in a prep session opened no dialog")
      return
    }
    #expect(d.title == "Carry to \(next): Fix the delivery feed")
    let typed = Fixtures.apply(typing("The feed vendor is late"), to: asking)
    assertGolden(screen(typed), named: "prep-carry-reason-100x24")
    #expect(
      AppUpdate.update(typed, .submit).1 == [
        .save(
          .commitmentCarried(id: "c1", due: next, reason: "The feed vendor is late"),
          note: "Carried to \(next): Fix the delivery feed")
      ])
    // Without a reason it carries as before.
    #expect(
      AppUpdate.update(asking, .submit).1 == [
        .save(.commitmentCarried(id: "c1", due: next), note: "Carried to \(next): Fix the delivery feed")
      ])
    // Once prepared, the lead's commitments screen shows why, and Zoë's r starts from it.
    let carried = Self.prep(
      "p-9", .commitmentCarried(id: "c1", due: next, reason: "The feed vendor is late"))
    let lead = onCommitment("c1", state(Self.prepared + [carried], prep: nil, width: 160))
    #expect(screen(lead).contains("prepared: carry to \(next): The feed vendor is late"))
    let drill = DrillDownPreparedLines.lines(
      for: "delivery", in: lead.meeting.record, week: Self.week, ascii: false, ownerName: { $0 })
    #expect(
      drill.contains { $0.text.hasPrefix("Prepared answer, carry to \(next): The feed vendor is late (") })
    #expect(
      dialogText(onCommitment("c1", state(Self.prepared + [carried])), [.record(.carry)])
        == "The feed vendor is late")
    // The lead's r saves at once, with no reason.
    #expect(
      AppUpdate.update(lead, .record(.carry)).1 == [
        .save(.commitmentCarried(id: "c1", due: next), note: "Carried to \(next): Fix the delivery feed")
      ])
  }
}
