import Foundation
import Testing
import WBRModel
import WBRStore

@testable import WBRApp

/// What the meeting's own export says about the deck and the time: after a reload, the deck
/// the meeting ended on; and the meeting's time on the record (`meeting.held`) at an export
/// and at its end, so that later exports agree with it.
@Suite struct MeetingEndNotesTests {
  static func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "wbr-end-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// A deck replaced on disk and reloaded: `x` names the new file's SHA-256 and the reload,
  /// never the first deck's digest.
  @Test func afterAReloadTheNotesNameTheReloadedDeck() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let deckPath = folder + "/deck.json"
    let first = DeckWriter.write(Fixtures.deck)
    try Data(first).write(to: URL(fileURLWithPath: deckPath))
    let h = try RecordHarness(deckFile: try DeckLoader.load(deckPath: deckPath))

    var renamed = Fixtures.deck
    renamed.metrics[0].name = "Renamed metric"
    let second = DeckWriter.write(renamed)
    #expect(second != first)
    try Data(second).write(to: URL(fileURLWithPath: deckPath + ".tmp"))
    #expect(rename(deckPath + ".tmp", deckPath) == 0)
    let loaded = try DeckLoader.load(deckPath: deckPath)
    var content = MeetingContent(deck: loaded.deck, owners: loaded.owners, deckPath: deckPath)
    content.reloaded = ContentReload(at: "2024-07-01T10:42:31Z", deckStamp: loaded.deckStamp)
    h.loop.dispatch(.habit(.reloaded(content, stamps: [FileStamp(path: deckPath)])))
    #expect(h.state.message?.text.hasPrefix("Reloaded from disk") == true)

    h.press(.char("x"), .enter)
    let notes = try String(contentsOfFile: h.folder + "/wbr-notes-2024-06-30.md", encoding: .utf8)
    #expect(
      notes.contains(
        "- Deck: deck.json, reloaded at 2024-07-01 10:42 UTC; SHA-256 as reloaded `\(SHA256.hex(of: second))`"
      ))
    #expect(!notes.contains(SHA256.hex(of: first)))
    #expect(notes.contains("Renamed metric"))  // an output: the notes list every one
  }

  /// A reload that fails keeps the deck on screen, and the notes keep naming it.
  @Test func aFailedReloadKeepsTheDeckNamed() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let deckPath = folder + "/deck.json"
    let bytes = DeckWriter.write(Fixtures.deck)
    try Data(bytes).write(to: URL(fileURLWithPath: deckPath))
    let h = try RecordHarness(deckFile: try DeckLoader.load(deckPath: deckPath))
    h.press(.char("x"), .enter)
    h.loop.dispatch(.habit(.reloadFailed("broken", stamps: [FileStamp(path: deckPath)])))
    h.press(.char("x"), .enter)
    let notes = try String(contentsOfFile: h.folder + "/wbr-notes-2024-06-30.md", encoding: .utf8)
    #expect(notes.contains("- Deck: deck.json, SHA-256 `\(SHA256.hex(of: bytes))`"))
    #expect(!notes.contains("reloaded"))
  }

  static func held(_ h: RecordHarness) -> Int {
    h.journalLines.filter { $0.contains(#""type":"meeting.held""#) }.count
  }

  /// A session that recorded nothing writes no time: looking at a meeting is not holding it.
  @Test func noTimeWithoutAChange() throws {
    let h = try RecordHarness(marksTime: true)
    h.press(.char("x"), .enter)
    #expect(h.state.message?.text.hasPrefix("Notes written to") == true)
    #expect(h.saver.endSession() == false)
    #expect(h.journalLines.isEmpty)
  }

  /// After a change, an export writes the time first (so the notes it writes and the record
  /// agree), and leaving right after it writes nothing more; a change after it, one more.
  @Test func anExportAndTheEndWriteTheTime() throws {
    let h = try RecordHarness(marksTime: true)
    h.select("revenue")
    h.press(.char(" "))
    #expect(h.journalLines.count == 1)  // the reviewed mark (the harness writes no opening)
    h.press(.char("x"), .enter)
    #expect(Self.held(h) == 1)
    #expect(h.journalLines.last?.contains(#""type":"meeting.held""#) == true)
    #expect(h.state.meeting.record.events.last?.change == .meetingHeld)
    #expect(h.saver.endSession() == false)
    #expect(Self.held(h) == 1)
    // What the record on disk makes is what the export folded.
    #expect(try h.recordOnDisk.events.map(\.id) == h.state.meeting.record.events.map(\.id))

    h.select("orders")
    h.press(.char(" "))
    #expect(h.saver.endSession() == true)
    #expect(Self.held(h) == 2)
    #expect(h.journalLines.last?.contains(#""type":"meeting.held""#) == true)
  }

  /// An amendment or prep session (no `marksTime`) never writes the meeting's time.
  @Test func otherSessionsWriteNoTime() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char(" "), .char("x"), .enter)
    #expect(h.saver.endSession() == false)
    #expect(Self.held(h) == 0)
  }
}
