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

  @Argument(help: "The deck file (JSON).") var deck: String?
  @Option(help: "Build the deck in memory from this WBR App config (YAML), with --data.") var config: String?
  @Option(help: "The daily data (CSV) for --config.") var data: String?
  @Option(help: "The owners file (JSON).") var owners: String?
  @Flag(help: "Draw with ASCII characters only.") var ascii = false
  @Flag(name: .customLong("no-color"), help: "No colour: bold, dim and reverse video only.")
  var noColor = false
  @OptionGroup var limits: LimitOptions

  func validate() throws { try DeckSource.validate(deck: deck, config: config, data: data) }

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
      warnings: loaded.warnings, deckPath: deck ?? config ?? "")
    var state = AppState(content: content, size: terminal.size, glyphs: terminal.glyphs)
    if !loaded.warnings.isEmpty {
      let n = loaded.warnings.count
      state.message = StatusMessage(
        kind: .info, text: "\(n) warning\(n == 1 ? "" : "s") in the files: `wbr check` lists them")
    }
    let loop = MeetingLoop(state: state, backend: terminal) { effect in
      if case .bell = effect { terminal.bell() }
      return []
    }
    let status = loop.run()
    terminal.stop()
    if status != 0 { throw ExitCode(status) }
  }

  /// The deck and owners to meet on; a refused or unreadable file stops here, before the
  /// screen opens, with the same messages and exit status as `wbr check`.
  private func loadDeck() throws -> LoadedDeck {
    do throws(InputError) {
      return try DeckSource.load(
        deck: deck, config: config, data: data, ownersPath: owners, options: limits.loadOptions)
    } catch {
      for diagnostic in error.diagnostics { printError(diagnostic.description) }
      printError(CheckCommand.refusal(error, deck: deck ?? config ?? ""))
      throw ExitCode(error.exitStatus)
    }
  }

  /// One line to standard error, with any control characters from the files made visible.
  private func printError(_ message: String) {
    FileHandle.standardError.write(Data((SafeText.clean(message) + "\n").utf8))
  }
}
