import ArgumentParser
import Foundation
import Testing
import WBRModel
import WBRStore

@testable import WBRTerm

/// `wbr publish` finds the meeting record as `wbr notes` does, but puts it on the page only
/// once the deck's week has a meeting: a pre-read is the deck alone.
@Suite struct PublishRecordTests {
  /// A series folder `root/series` with the sample deck in its week folder (2026-11-21) and,
  /// when given, a record beside the week folders. `HOME` is `root`, so the search stops there.
  final class Series {
    let root: String
    let deckPath: String
    let journalPath: String
    let deck: Deck

    init(journal lines: [String]?) throws {
      root =
        FileManager.default.temporaryDirectory.appendingPathComponent("wbr-pub-\(UUID().uuidString)").path
      let week = root + "/series/2026-11-21"
      try FileManager.default.createDirectory(atPath: week, withIntermediateDirectories: true)
      let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/retail-deck.json").path
      deckPath = week + "/deck.json"
      try FileManager.default.copyItem(atPath: sample, toPath: deckPath)
      journalPath = root + "/series/wbr-journal.jsonl"
      if let lines {
        try (lines.joined(separator: "\n") + "\n").write(
          toFile: journalPath, atomically: true, encoding: .utf8)
      }
      deck = try DeckLoader.load(deckPath: deckPath).deck
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func choose(journal: String? = nil, noJournal: Bool = false, environment: [String: String] = [:]) throws
      -> PublishRecord.Choice
    {
      try PublishRecord.choose(
        journal: journal, noJournal: noJournal, deckPath: deckPath, deck: deck,
        environment: environment.merging(["HOME": root]) { a, _ in a },
        read: {
          MeetingRecord(events: try JournalFile.openReadOnly(path: $0, reason: "test").contents.events)
        })
    }
  }

  static func reviewed(_ id: String, week: String) -> String {
    #"{"v":1,"type":"metric.reviewed","id":"\#(id)","at":"2026-11-16T15:00:00Z","by":"maria","week":"\#(week)","metric":"in_stock"}"#
  }
  static let lastWeek = [reviewed("a-1", week: "2026-11-14")]
  static let thisWeek = lastWeek + [reviewed("b-1", week: "2026-11-21")]

  @Test func aRecordFoundIsShownOnceTheWeeksMeetingHasBegun() throws {
    let s = try Series(journal: Self.thisWeek)
    let chosen = try s.choose()
    #expect(chosen.record?.meeting(s.deck.weekEnding) != nil)
    #expect(chosen.note?.contains("with the meeting record \(s.journalPath) (found") == true)
    #expect(try s.choose(noJournal: true).record == nil)
  }

  @Test func beforeTheMeetingThePageIsTheDeckAlone() throws {
    let s = try Series(journal: Self.lastWeek)
    let chosen = try s.choose()
    #expect(chosen.record == nil)
    #expect(chosen.note?.contains("has no meeting of 2026-11-21 yet") == true)
    // Given explicitly, the record is on the page as before, meeting or not.
    #expect(try s.choose(journal: s.journalPath).record?.meetingWeeks.map(\.description) == ["2026-11-14"])
  }

  @Test func noRecordFoundIsNoRecordAndNoNote() throws {
    let s = try Series(journal: nil)
    let chosen = try s.choose()
    #expect(chosen.record == nil && chosen.note == nil)
  }

  @Test func theEnvironmentNamesTheRecordAsForNotes() throws {
    let s = try Series(journal: nil)
    let elsewhere = s.root + "/elsewhere.jsonl"
    try (Self.thisWeek.joined(separator: "\n") + "\n").write(
      toFile: elsewhere, atomically: true, encoding: .utf8)
    let chosen = try s.choose(environment: ["WBR_JOURNAL": elsewhere])
    #expect(chosen.record != nil)
    #expect(chosen.note?.contains("(from $WBR_JOURNAL;") == true)
  }

  @Test func journalAndNoJournalTogetherAreAUsageError() {
    #expect(throws: (any Error).self) {
      try PublishCommand.parse(["d.json", "--journal", "j", "--no-journal"])
    }
    #expect(throws: Never.self) { try PublishCommand.parse(["d.json", "--no-journal"]) }
  }
}
