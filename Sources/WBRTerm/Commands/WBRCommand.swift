import ArgumentParser

/// The `wbr` command line: the meeting screen and the headless commands around it.
@main
struct WBRCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "wbr",
    abstract: "Run a weekly business review from a terminal.",
    version: version,
    subcommands: [
      MeetCommand.self, CheckCommand.self, ReportCommand.self, BuildCommand.self, NotesCommand.self,
      PublishCommand.self,
    ],
    defaultSubcommand: nil
  )
}
