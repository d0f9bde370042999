import Foundation
import WBRApp
import WBRModel
import WBRStore

/// A fresh meeting journal in a scratch folder, with the app's `RecordSaver` on it, so the
/// record's keys (Space, `u`) are timed with their real writes: append, fsync, fold.
struct MeetingJournal {
  let folder: String
  let journal: JournalFile
  let week: Day
  let saver: RecordSaver

  init(deck: Deck, owners: OwnersFile, deckPath: String) throws {
    folder = NSTemporaryDirectory() + "wbr-bench-journal-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/wbr-journal.jsonl"
    try? FileManager.default.removeItem(atPath: path)
    let file: JournalFile
    do throws(JournalError) {
      file = try JournalFile.open(path: path)
    } catch {
      throw FrameTerminal.Failure(description: error.description)
    }
    journal = file
    week = deck.weekEnding
    saver = RecordSaver(
      journal: file, stamper: EventStamper.live(by: "bench", week: deck.weekEnding),
      notes: RecordSaver.NotesSource(deckFile: deckPath, lead: nil, login: "bench"))
  }

  /// The record as the meeting screen starts with it.
  var meeting: MeetingRecordState {
    MeetingRecordState(
      week: week, record: MeetingRecord(events: journal.contents.events), access: .writable,
      journalPath: journal.path)
  }

  func remove() {
    journal.close()
    try? FileManager.default.removeItem(atPath: folder)
  }
}
