import Foundation
import WBRModel
import WBRStore

/// What `wbr notes` does (Sources/WBRTerm/Commands/NotesCommand.swift), step by step through
/// the same public entry points: the journal read as a file, the fold, the deck and owners
/// loaded from their files, the deck's SHA-256, the analysis, the notes and each format.
///
/// The journal reader, deck loading and checksums are the only file access here; when they
/// move to a module of their own, that module's import is the one line to add.
enum CompatRun {
  /// The journal as `wbr notes` reads it: read-only, no lock.
  static func read(journal: String) throws -> (contents: JournalContents, record: MeetingRecord) {
    let file = try JournalFile.openReadOnly(
      path: CompatCase.path("Journals/" + journal), reason: "wbr notes only reads",
      maxBytes: LoadOptions().maxFileBytes)
    return (file.contents, MeetingRecord(events: file.contents.events))
  }

  /// The case's notes in each of its formats.
  static func notes(_ c: CompatCase) throws -> [(format: NotesFormat, text: String)] {
    let record = try read(journal: c.journal).record
    let deckPath = c.deck.map(CompatCase.path)
    let loaded = try deckPath.map { path in
      try DeckLoader.load(deckPath: path, ownersPath: c.owners.map(CompatCase.path), options: LoadOptions())
    }
    guard let week = c.week.flatMap(Day.init(iso:)) ?? loaded?.deck.weekEnding ?? record.meetingWeeks.last
    else { throw NoWeek(name: c.name) }
    let checksum = loaded.flatMap { l -> DeckChecksum? in
      guard let deckPath, l.deck.weekEnding == week else { return nil }
      return DeckChecksum.take(path: deckPath, loaded: l.deckStamp, maxBytes: LoadOptions().maxFileBytes)
    }
    return c.formats.map { format in
      let ascii = c.ascii && (format == .md || format == .txt)
      let notes = NotesBuilder(
        deck: loaded?.deck, analysis: loaded.map { DeckAnalyzer.analyze($0.deck, ascii: ascii) },
        owners: loaded?.owners ?? OwnersFile(), record: record, week: week, lead: c.lead,
        login: "no-login-in-the-gate", deckFile: deckPath, deckChecksum: checksum
      ).build()
      return (format, format.render(notes, ascii: ascii))
    }
  }

  struct NoWeek: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name): no meeting week (no --week, no deck, an empty journal)" }
  }
}
