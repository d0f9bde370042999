import ArgumentParser
import Foundation
import WBRModel
import WBRStore

/// Which meeting record `wbr publish` puts on the page (docs/DECISIONS.md, "Publish: the
/// record is found as `wbr notes` finds it"): `--journal` as given, always; else the record
/// `wbr notes` would find (`$WBR_JOURNAL`, the nearest `wbr-journal.jsonl` in the deck's folder
/// or above), but only once the deck's week has a meeting in it, so a page published as a
/// pre-read is the deck alone and says nothing was "Not discussed" before anyone met.
/// `--no-journal` leaves any record out.
enum PublishRecord {
  /// The record to show and a line for standard error saying what was done with a found one.
  struct Choice {
    var record: MeetingRecord?
    var note: String?
  }

  /// - Parameter read: opens a journal (a failure is the command's error, exit 66 or 74).
  static func choose(
    journal: String?, noJournal: Bool, deckPath: String, deck: Deck, environment: [String: String],
    read: (String) throws -> MeetingRecord
  ) throws -> Choice {
    if noJournal { return Choice() }
    if let journal { return Choice(record: try read(journal)) }
    let location = RecordDiscovery.locate(option: nil, environment: environment, deckPath: deckPath)
    if location.isNew { return Choice() }
    let how = location.source == .environment ? "from $WBR_JOURNAL" : "found"
    let record = try read(location.path)
    if let why = SeriesCheck.check(record: record, deck: deck).refusal(
      recordPath: location.path, deckPath: deckPath, deckTitle: deck.title)
    {
      return Choice(note: "wbr publish: the meeting record left out: " + why)
    }
    guard record.meeting(deck.weekEnding) != nil else {
      return Choice(
        note: "wbr publish: \(location.path) (\(how)) has no meeting of \(deck.weekEnding) yet;"
          + " the page is the deck alone (a pre-read)")
    }
    return Choice(
      record: record,
      note: "wbr publish: with the meeting record \(location.path) (\(how); --no-journal leaves it out)")
  }
}
