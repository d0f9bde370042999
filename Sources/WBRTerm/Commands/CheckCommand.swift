import ArgumentParser

/// `wbr check`: validates a deck (and owners file) and lists errors and warnings.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Validate a deck and its owners file.")

  @Argument(help: "The deck file (JSON).") var deck: String
  @Option(help: "The owners file (JSON).") var owners: String?

  func run() throws {
    print("not implemented yet")
  }
}
