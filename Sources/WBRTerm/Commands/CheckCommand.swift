import ArgumentParser
import Foundation
import WBRModel
import WBRStore

/// `wbr check`: validates a deck (and owners file) and lists errors and warnings.
///
/// Diagnostics go to standard error, one per line as `file:line:col: error|warning: path:
/// message` (the form editors and CI logs link to); the one-line verdict goes to standard
/// output when the deck can be reviewed, to standard error when it is refused. Exit status 0
/// when the deck can be reviewed (warnings or not), 65 when refused, 66 when a file cannot
/// be read.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Validate a deck and its owners file.",
    discussion: """
      Lists every error and warning with its file, line, column and JSON path, then a \
      one-line verdict. Exit status: 0 the deck can be reviewed, 65 it is refused (invalid \
      content), 66 a file cannot be read.
      """)

  @Argument(help: "The deck file (JSON).") var deck: String
  @Option(help: "The owners file (JSON).") var owners: String?
  @OptionGroup var limits: LimitOptions

  func run() throws {
    let loaded: LoadedDeck
    do throws(InputError) {
      loaded = try DeckLoader.load(deckPath: deck, ownersPath: owners, options: limits.loadOptions)
    } catch {
      for diagnostic in error.diagnostics { Self.printError(diagnostic.description) }
      Self.printError(Self.refusal(error, deck: deck))
      throw ExitCode(error.exitStatus)
    }
    for warning in loaded.warnings { Self.printError(warning.description) }
    try Console.write(SafeText.clean(Self.summary(loaded)) + "\n")
  }

  /// `retail-deck.json: 42 metrics in 5 sections, 12 owners, 3 warnings: can be reviewed`.
  static func summary(_ loaded: LoadedDeck) -> String {
    var parts = [count(loaded.deck.metrics.count, "metric")]
    if !loaded.deck.sections.isEmpty { parts[0] += " in " + count(loaded.deck.sections.count, "section") }
    if loaded.ownersPath != nil { parts.append(count(loaded.owners.owners.count, "owner")) }
    let dropped = loaded.deck.metrics.reduce(0) { $0 + $1.droppedPoints }
    if dropped > 0 { parts.append(count(dropped, "point") + " left out") }
    parts.append(loaded.warnings.isEmpty ? "no warnings" : count(loaded.warnings.count, "warning"))
    return "\(loaded.deckPath): " + parts.joined(separator: ", ") + ": can be reviewed"
  }

  /// `retail-deck.json: refused: 2 errors, 1 warning` or `…: cannot be read`.
  static func refusal(_ error: InputError, deck: String) -> String {
    if error.kind == .missing { return "\(deck): cannot be read" }
    let errors = error.diagnostics.filter { $0.severity == .error }.count
    let warnings = error.diagnostics.count - errors
    var s = "\(deck): refused: " + count(errors, "error")
    if warnings > 0 { s += ", " + count(warnings, "warning") }
    return s
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// One line to standard error, with any control characters from the files made visible.
  static func printError(_ line: String) { Console.error(line) }
}
