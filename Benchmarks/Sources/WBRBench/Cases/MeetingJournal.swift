import Foundation
import WBRApp
import WBRModel
import WBRStore

/// A fresh meeting journal in a scratch folder, with the app's `RecordSaver` on it, so the
/// record's keys (Space, `u`) are timed with their real writes: append, fsync, fold.
struct MeetingJournal {
  let folder: String
  let keeper: RecordKeeper
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
    keeper = RecordKeeper(journal: file, stamper: EventStamper.live(by: "bench", week: deck.weekEnding))
    saver = RecordSaver(
      keeper: keeper,
      notes: RecordSaver.NotesSource(
        deck: deck, owners: owners, deckFile: deckPath, lead: nil, login: "bench"))
  }

  /// The record as the meeting screen starts with it.
  var record: RecordState {
    RecordState(
      week: keeper.week, record: keeper.record, access: .writable,
      journalPath: keeper.journal.path)
  }

  /// The loop's effect runner, as `wbr meet` has it (without the bell).
  func runEffect(_ effect: Effect) -> [Action] {
    if case .record(let work) = effect { return saver.run(work) }
    return []
  }

  func remove() {
    keeper.journal.close()
    try? FileManager.default.removeItem(atPath: folder)
  }
}
