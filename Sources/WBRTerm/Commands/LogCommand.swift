import ArgumentParser
import Foundation
import WBRModel

/// `wbr log`: the meetings of the series, one line each.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "List the meetings of the series in the record.",
    discussion: """
      One line per meeting, oldest first, each as it stood at its end: the week, the lead, \
      the day it was held, outcomes (explained, investigating, routine), commitments agreed, \
      done, carried and dropped in it, and those still open and overdue at its end. The \
      record is --journal, else $WBR_JOURNAL, else the nearest wbr-journal.jsonl in the \
      current folder or above. Exit status: 0 listed, 66 no record or it cannot be read.
      """)

  @Option(help: "The meeting record.") var journal: String?
  @OptionGroup var limits: LimitOptions

  func run() throws {
    let (path, record) = try RecordReading.open(
      journal: journal, command: "wbr log", maxBytes: limits.loadOptions.maxFileBytes)
    try RecordReading.output(SeriesLog.text(SeriesLog.rows(record), series: record.series, recordPath: path))
  }
}
