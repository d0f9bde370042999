import ArgumentParser
import Foundation
import WBRModel

/// `wbr meet`: the full-screen meeting.
struct MeetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meet", abstract: "Open the meeting screen on a deck.",
    discussion: """
      Keys: ? lists them all. q quits (status 0). Needs a terminal on standard input and \
      output; for a plain-text view use `wbr report`. NO_COLOR (non-empty) turns colour off.
      """)

  @Argument(help: "The deck file (JSON).") var deck: String
  @Option(help: "The owners file (JSON).") var owners: String?
  @Flag(help: "Draw with ASCII characters only.") var ascii = false
  @Flag(name: .customLong("no-color"), help: "No colour: bold, dim and reverse video only.")
  var noColor = false

  func run() throws {
    let loaded = try loadDeck()
    if let problem = InteractiveCheck.problem() {
      printError(problem)
      throw ExitCode(InteractiveCheck.exitStatus)
    }
    let options = TerminalOptions.resolve(
      asciiFlag: ascii, noColorFlag: noColor, environment: ProcessInfo.processInfo.environment)
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(options: options)
    } catch {
      printError("wbr meet: \(error)")
      throw ExitCode(1)
    }
    let content = MeetingContent(
      deck: loaded.deck, owners: loaded.owners,
      analysis: DeckAnalyzer.analyze(loaded.deck, ascii: terminal.glyphs.isASCII),
      warnings: loaded.warnings, deckPath: deck)
    let state = AppState(content: content, size: terminal.size, glyphs: terminal.glyphs)
    let loop = MeetingLoop(state: state, backend: terminal) { effect in
      if case .bell = effect { terminal.bell() }
      return []
    }
    let status = loop.run()
    terminal.stop()
    if status != 0 { throw ExitCode(status) }
  }

  /// The deck and owners to meet on. Until the deck reader is wired in, a readable file
  /// opens an empty placeholder deck named after it.
  private func loadDeck() throws -> (deck: Deck, owners: OwnersFile, warnings: [Diagnostic]) {
    for path in [deck] + (owners.map { [$0] } ?? []) where !FileManager.default.isReadableFile(atPath: path) {
      printError("\(path): error: cannot read the file")
      throw ExitCode(66)
    }
    let title = URL(fileURLWithPath: deck).deletingPathExtension().lastPathComponent
    return (Deck(title: title, weekEnding: Day(ordinal: 0), metrics: []), OwnersFile(), [])
  }

  private func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
