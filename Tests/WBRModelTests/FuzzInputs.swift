import WBRModel

/// What each libFuzzer target does with one input (Fuzz/<target>/main.swift calls these), so
/// that the regression tests replay a saved finding through exactly the same code. Each
/// returns the problems `OutputChecks` found; empty means the input was handled.
enum FuzzInputs {
  /// Deck bytes → `DeckReader`; a deck that loads goes through analysis, reports and notes.
  static func deck(_ bytes: [UInt8]) -> [String] {
    let result = DeckReader.read(bytes: bytes, file: "deck.json")
    var problems = OutputChecks.located(result.diagnostics, refused: result.value == nil, what: "deck")
    // Metrics read one at a time during the parse must come out as from the whole tape.
    if let tape = try? JSONTape.parse(bytes) {
      let whole = DeckReader.read(tape, file: "deck.json")
      if whole.value != result.value || whole.diagnostics != result.diagnostics {
        problems.append("deck: reading one metric at a time differs from reading the whole tape")
      }
    }
    if let deck = result.value { problems += OutputChecks.deckPipeline(deck) }
    return problems
  }

  /// Owners bytes → `OwnersReader`, then loaded with a small fixed deck as `DeckLoader` does
  /// for `wbr check`, `report` and `meet`.
  static func owners(_ bytes: [UInt8]) -> [String] {
    let result = OwnersReader.read(bytes: bytes, file: "owners.json")
    var problems = OutputChecks.located(result.diagnostics, refused: result.value == nil, what: "owners")
    do throws(InputError) {
      let loaded = try DeckLoader.load(
        deckBytes: Array(fixedDeck.utf8), deckName: "deck.json", ownersBytes: bytes, ownersName: "owners.json"
      )
      problems += OutputChecks.located(loaded.warnings, refused: false, what: "owners with deck")
      problems += OutputChecks.deckPipeline(loaded.deck, owners: loaded.owners)
    } catch {
      problems += OutputChecks.located(error.diagnostics, refused: true, what: "owners with deck")
    }
    return problems
  }

  /// Journal bytes → `JournalDecoder`, the record folded from its events, and the notes of
  /// its latest week.
  static func journal(_ bytes: [UInt8]) -> [String] {
    let contents = JournalDecoder.decode(bytes: bytes, file: "wbr-journal.jsonl")
    var problems = OutputChecks.located(contents.warnings, refused: false, what: "journal")
    if contents.warnings.contains(where: { $0.line < 1 }) {
      problems.append("journal: a warning without a line")
    }
    let record = MeetingRecord(events: contents.events)
    guard let week = record.meetingWeeks.last else { return problems }
    let notes = NotesBuilder(deck: nil, analysis: nil, record: record, week: week, login: "fuzz").build()
    return problems + OutputChecks.notesProblems(notes)
  }

  /// Two metrics with enough history for XmR, for owners files to be checked against.
  static let fixedDeck: String = {
    let days = ["10-03", "10-10", "10-17", "10-24", "10-31", "11-07", "11-14", "11-21"]
    func weeks(_ base: Int) -> String {
      let points = days.enumerated().map { k, d in
        "{\"week_ending\": \"2026-\(d)\", \"value\": \(base + k * 3 % 7)}"
      }
      return "[" + points.joined(separator: ", ") + "]"
    }
    return """
      {"format": "wbr-deck", "version": 1, "title": "Fuzz", "week_ending": "2026-11-21",
       "metrics": [
        {"id": "revenue", "name": "Revenue", "kind": "output", "owner": "ana", "weekly": \(weeks(100))},
        {"id": "orders", "name": "Orders", "kind": "input", "weekly": \(weeks(7))}]}
      """
  }()
}
