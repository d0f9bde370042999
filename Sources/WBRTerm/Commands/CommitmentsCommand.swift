import ArgumentParser
import Foundation
import WBRModel

extension CommitmentList.Format: ExpressibleByArgument {}

/// `wbr commitments`: commitments across the weeks of the series, an owner's to-do list.
struct CommitmentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commitments", abstract: "List commitments across the meetings of the series.",
    discussion: """
      Every commitment as it stands after the latest meeting: when it was agreed, its due \
      week, how many times it was carried, and whether it is open, overdue (a meeting on or \
      after its due week passed without closing it), done or dropped. Owners are named as the \
      meetings saw them. The record is --journal, else $WBR_JOURNAL, else the nearest \
      wbr-journal.jsonl in the current folder or above. Exit status: 0 listed, 64 bad usage, \
      66 no record or it cannot be read.
      """)

  @Option(help: "The meeting record.") var journal: String?
  @Option(help: "Only this owner's (an owner id or name).") var owner: String?
  @Flag(help: "Only open ones.") var open = false
  @Flag(help: "Only overdue ones.") var overdue = false
  @Option(help: "The output format.") var format: CommitmentList.Format = .txt
  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if open && overdue {
      throw ValidationError("--open and --overdue go one at a time (overdue ones are open)")
    }
  }

  func run() throws {
    let (_, record) = try RecordReading.open(
      journal: journal, command: "wbr commitments", maxBytes: limits.loadOptions.maxFileBytes)
    let list = CommitmentList(record: record, owner: owner, filter: overdue ? .overdue : open ? .open : .all)
    try RecordReading.output(list.render(format))
  }
}
