import ArgumentParser
import Foundation
import WBRStore

/// `wbr init`: makes a folder the series folder, with the record every week's deck below it
/// finds.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Make a folder the series folder, with the meeting record of every week below it.",
    discussion: """
      Moves the one week folder's record (FOLDER/*/wbr-journal.jsonl) up to \
      FOLDER/wbr-journal.jsonl, or --from's, atomically and never over an existing file; with \
      none, creates an empty record there. Every deck in FOLDER or a folder below it then finds \
      it. Exit status: 0 done (or already there), 64 several week records (choose one with \
      --from), 66 the record to move cannot be read, 73 the record cannot be created, 74 an \
      I/O error, 75 the record is open in a meeting.
      """)

  @Argument(help: "The series folder (default: the current folder).") var folder: String = "."
  @Option(help: "The record to move up (default: the one in a week folder below).") var from: String?

  func run() throws {
    guard FileManager.default.fileExists(atPath: folder) else {
      CheckCommand.printError("wbr init: \(folder): no such folder")
      throw ExitCode(66)
    }
    let outcome: SeriesRecordSetup.Outcome
    do throws(SeriesRecordSetup.Failure) {
      outcome = try SeriesRecordSetup.initialize(folder: folder, from: from)
    } catch {
      CheckCommand.printError("wbr init: \(error.description)")
      throw ExitCode(error.exitStatus)
    }
    switch outcome {
    case .created(let path): try RecordReading.output("wbr init: created an empty series record at \(path)\n")
    case .moved(let source, let target):
      try RecordReading.output("wbr init: moved \(source) to \(target): the series record\n")
    case .alreadyThere(let path): try RecordReading.output("wbr init: \(path) is already the series record\n")
    }
  }
}
