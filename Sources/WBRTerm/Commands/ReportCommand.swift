import ArgumentParser

/// `wbr report`: the deck as the meeting sees it, without a screen.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print the deck as the meeting sees it, without a screen.")

  @Argument(help: "The deck file (JSON).") var deck: String
  @Option(help: "The owners file (JSON).") var owners: String?
  @Flag(help: "Machine-readable JSON output.") var json = false
  @Flag(help: "ASCII glyphs only.") var ascii = false

  func run() throws {
    print("not implemented yet")
  }
}
