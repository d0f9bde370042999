import ArgumentParser
import Foundation
import WBRModel
import WBRStore

/// The record for the commands that only read it (`log`, `commitments`): found like git from
/// the current folder (or `--journal`, `$WBR_JOURNAL`), read without a lock, its damaged
/// lines and history problems listed on standard error with their line numbers.
enum RecordReading {
  static func open(journal: String?, command: String, maxBytes: Int) throws -> (
    path: String, record: MeetingRecord
  ) {
    let location = RecordDiscovery.locate(
      option: journal, environment: ProcessInfo.processInfo.environment, deckPath: nil)
    if location.isNew {
      CheckCommand.printError(
        "\(command): no meeting record (wbr-journal.jsonl) in \(RecordDiscovery.absoluteFolder(of: nil)) or above;"
          + " give --journal")
      throw ExitCode(66)
    }
    let file: JournalFile
    do throws(JournalError) {
      file = try JournalFile.openReadOnly(
        path: location.path, reason: "\(command) only reads", maxBytes: maxBytes)
    } catch {
      CheckCommand.printError(error.description)
      throw ExitCode(error.exitStatus)
    }
    for warning in file.contents.warnings { CheckCommand.printError(warning.description) }
    let record = MeetingRecord(events: file.contents.events)
    for d in RecordProblems.diagnostics(record, file.contents, path: location.path) {
      CheckCommand.printError(d.description)
    }
    return (location.path, record)
  }

  /// The listing to standard output: quiet when the reader went away (`| head`, as every
  /// command: `ConsoleError.brokenPipe`), 74 when it cannot be written.
  static func output(_ text: String) throws {
    switch Console.put(Array(text.utf8)) {
    case .written: return
    case .closed: throw ConsoleError.brokenPipe
    case .failed(let why):
      CheckCommand.printError("standard output: cannot write: \(why)")
      throw ExitCode(74)
    }
  }
}
