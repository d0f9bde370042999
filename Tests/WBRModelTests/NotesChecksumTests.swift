import Foundation
import Testing
import WBRModel

/// The notes say why there is no deck SHA-256 when none was taken (taking it from the file is
/// tested in WBRStoreTests, `DeckChecksumTests`).
@Suite struct NotesChecksumTests {
  @Test func theNotesSayWhyThereIsNoChecksum() throws {
    let d = NotesFixture.deck
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), record: NotesFixture.record, week: NotesFixture.w3,
      login: "someone", deckFile: "/data/deck.json", deckChecksum: .notTaken("it changed")
    ).build()
    #expect(notes.header.deckSHA256 == nil)
    #expect(NotesFormat.md.render(notes).contains("- Deck: deck.json (no SHA-256: it changed)\n"))
    #expect(NotesFormat.txt.render(notes).contains("Deck SHA-256: not taken: it changed\n"))
    let json = NotesFormat.json.render(notes)
    #expect(json.contains("\"sha256\": null,\n    \"sha256_missing\": \"it changed\","))
    let hashed = NotesFixture.notes()
    #expect(NotesFormat.json.render(hashed).contains("\"sha256_missing\": null"))
  }

  /// After a reload in the meeting the header names the deck it ended on: the reload's time
  /// and the checksum as reloaded, in every format; without a reload nothing of it shows.
  @Test func aReloadedDeckIsNamedAsReloaded() throws {
    let d = NotesFixture.deck
    let hex = String(repeating: "b", count: 64)
    func build(reloadedAt: String?, week: Day = NotesFixture.w3) -> MeetingNotes {
      NotesBuilder(
        deck: d, analysis: DeckAnalyzer.analyze(d), record: NotesFixture.record, week: week,
        login: "someone", deckFile: "/data/deck.json", deckChecksum: .sha256(hex), deckReloadedAt: reloadedAt
      ).build()
    }
    let notes = build(reloadedAt: "2026-11-23T10:42:59Z")
    #expect(notes.header.deckReloadedAt == "2026-11-23T10:42:59Z")
    #expect(notes.header.deckSHA256 == hex)
    #expect(
      NotesFormat.md.render(notes).contains(
        "- Deck: deck.json, reloaded at 2026-11-23 10:42 UTC; SHA-256 as reloaded `\(hex)`\n"))
    let text = NotesFormat.txt.render(notes)
    #expect(text.contains("  Deck:         deck.json (reloaded at 2026-11-23 10:42 UTC)\n"))
    #expect(text.contains("  Deck SHA-256: \(hex) (as reloaded)\n"))
    #expect(
      NotesFormat.json.render(notes).contains(
        "\"sha256_missing\": null,\n    \"reloaded_at\": \"2026-11-23T10:42:59Z\","))

    let plain = build(reloadedAt: nil)
    #expect(!NotesFormat.md.render(plain).contains("reloaded"))
    #expect(!NotesFormat.txt.render(plain).contains("reloaded"))
    #expect(!NotesFormat.json.render(plain).contains("reloaded_at"))
    // Notes of another week than the deck's carry no deck, so no reload either.
    #expect(build(reloadedAt: "2026-11-23T10:42:59Z", week: NotesFixture.w2).header.deckReloadedAt == nil)
  }

  @Test func aReloadedDeckThatChangedAgainSaysSo() throws {
    let d = NotesFixture.deck
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), record: NotesFixture.record, week: NotesFixture.w3,
      login: "someone", deckFile: "/data/deck.json", deckChecksum: .notTaken("it changed"),
      deckReloadedAt: "2026-11-23T10:42:00Z"
    ).build()
    #expect(
      NotesFormat.md.render(notes).contains(
        "- Deck: deck.json, reloaded at 2026-11-23 10:42 UTC; no SHA-256: it changed\n"))
  }
}
