import ArgumentParser

/// `wbr report`: the deck as the meeting sees it, without a screen.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print the deck as the meeting sees it, without a screen.")

  @Argument(help: "The deck file (JSON).") var deck: String?
  @Option(help: "Build the deck in memory from this WBR App config (YAML), with --data.") var config: String?
  @Option(help: "The daily data (CSV) for --config.") var data: String?
  @Option(help: "The owners file (JSON).") var owners: String?
  @Flag(help: "Machine-readable JSON output.") var json = false
  @Flag(help: "ASCII glyphs only.") var ascii = false

  func validate() throws { try DeckSource.validate(deck: deck, config: config, data: data) }

  func run() throws {
    print("not implemented yet")
  }
}
