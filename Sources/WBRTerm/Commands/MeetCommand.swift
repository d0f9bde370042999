import ArgumentParser

/// `wbr meet`: the full-screen meeting.
struct MeetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meet", abstract: "Open the meeting screen on a deck.")

  @Argument(help: "The deck file (JSON).") var deck: String
  @Option(help: "The owners file (JSON).") var owners: String?

  func run() throws {
    print("not implemented yet")
  }
}
