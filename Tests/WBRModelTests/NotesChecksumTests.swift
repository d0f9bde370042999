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
}
