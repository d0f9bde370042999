import ArgumentParser
import Foundation
import WBRModel
import WBRStore

/// `wbr check`: validates a deck (and owners file) and lists errors and warnings.
///
/// Every problem goes to standard error, sorted, one per line as `file:line:col: severity:
/// [code] path: message` (the form editors and CI logs link to) or one JSON record each, then
/// the one-line verdict, also on standard error, whatever it says. With `--config` and
/// `--data` the deck is built in memory first, as `wbr build` would write it.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Validate a deck and its owners file.",
    discussion: """
      Lists every error and warning with its file, line, column, code and JSON path, then a \
      one-line verdict, all on standard error. A deck built with wbr build also carries its \
      data's quality (partial weeks, duplicate rows, newer data), listed with the build's codes. \
      \(ExitStatuses.common). See docs/PROBLEMS.md.
      """)

  @Argument(help: "The deck file (JSON).") var deck: String?
  @Option(help: "Build the deck in memory from this WBR App config (YAML), with --data or its data_sources.")
  var config: String?
  @Option(
    help: "The daily data (CSV) for --config (- reads standard input; without it, the config's data_sources)."
  ) var data: String?
  @Option(help: "The owners file (JSON; default: the settings file's [meeting] owners).") var owners: String?
  @OptionGroup var settingsFile: SettingsOption
  @OptionGroup var flags: BuildFlags
  @Option(help: "Print problems as text lines or JSON records (the same as --problem-format).")
  var format: ProblemFormat?
  @OptionGroup var problems: ProblemOptions
  @OptionGroup var limits: LimitOptions

  func validate() throws { try DeckSource.validate(deck: deck, config: config, data: data, flags: flags) }

  func run() throws {
    let owners = settingsFile.loadReporting(command: "check").owners(flag: owners)
    let name = deck ?? config ?? ""
    let printer = ProblemPrinter(
      command: "check", options: problems, format: format, files: [deck, config, data, owners])
    let loaded = try DeckSource.load(
      deck: deck, config: config, data: data, ownersPath: owners, options: limits.loadOptions, flags: flags,
      printer: printer)
    let report = printer.report(loaded.warnings)
    let summary = Self.summary(loaded, report)
    if printer.refusesWarnings(report) {
      try printer.finish(report, printer.warningsVerdict(name, report, "refused"))
      return
    }
    try printer.finish(
      report,
      ProblemVerdict(command: "check", outcome: .ok, status: 0, text: "\(name): \(summary): can be reviewed"))
  }

  /// `42 metrics in 5 sections, 12 owners, 3 warnings`.
  static func summary(_ loaded: LoadedDeck, _ report: ProblemReport) -> String {
    var parts = [count(loaded.deck.metrics.count, "metric")]
    if !loaded.deck.sections.isEmpty { parts[0] += " in " + count(loaded.deck.sections.count, "section") }
    if loaded.ownersPath != nil { parts.append(count(loaded.owners.owners.count, "owner")) }
    let dropped = loaded.deck.metrics.reduce(0) { $0 + $1.droppedPoints }
    if dropped > 0 { parts.append(count(dropped, "point") + " left out") }
    parts.append(report.counts)
    return parts.joined(separator: ", ")
  }

  static func count(_ n: Int, _ noun: String) -> String { ProblemReport.count(n, noun) }

  /// One line to standard error, with any control characters from the files made visible.
  static func printError(_ line: String) {
    Console.error(line)
  }

  /// `retail-deck.json: refused: 2 errors, 1 warning` or `…: cannot be read`, naming the file
  /// at fault (the meeting's message before it opens).
  static func refusal(_ error: InputError, deck: String) -> String {
    let report = ProblemReport(error.diagnostics)
    let file = report.problems.first { $0.severity == .error }?.file ?? deck
    if error.kind == .missing { return "\(file): cannot be read" }
    return "\(file): refused: \(report.counts)"
  }
}
