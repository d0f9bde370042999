import ArgumentParser
import Foundation
import WBRModel

/// `wbr report`: the deck as the meeting sees it, without a screen.
///
/// Text (inputs first, section by section, each metric with owner, value, WoW, YoY, vs target,
/// sparklines and signals, then the anomaly walk) or, with `--json`, the stable machine form
/// of docs/REPORT-JSON.md. A file that cannot be loaded gives the same messages and exit
/// status as `wbr check` (65 refused, 66 cannot be read); warnings are only counted, on
/// standard error, so that standard output stays the report.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print the deck as the meeting sees it, without a screen.",
    discussion: """
      Exit status: 0 printed, 65 a file is refused (invalid content), 66 a file cannot be \
      read. Run `wbr check` to list the warnings.
      """)

  @Argument(help: "The deck file (JSON).") var deck: String?
  @Option(help: "Build the deck in memory from this WBR App config (YAML), with --data.") var config: String?
  @Option(help: "The daily data (CSV) for --config.") var data: String?
  @Option(help: "The owners file (JSON).") var owners: String?
  @Flag(help: "Machine-readable JSON output (format wbr-report, version 1).") var json = false
  @Flag(help: "ASCII glyphs only (sparklines, signs, separators).") var ascii = false
  @OptionGroup var limits: LimitOptions

  func validate() throws { try DeckSource.validate(deck: deck, config: config, data: data) }

  func run() throws {
    let name = deck ?? config ?? ""
    let loaded: LoadedDeck
    do throws(InputError) {
      loaded = try DeckSource.load(
        deck: deck, config: config, data: data, ownersPath: owners, options: limits.loadOptions)
    } catch {
      for diagnostic in error.diagnostics { CheckCommand.printError(diagnostic.description) }
      CheckCommand.printError(CheckCommand.refusal(error, deck: name))
      throw ExitCode(error.exitStatus)
    }
    if !loaded.warnings.isEmpty {
      CheckCommand.printError(
        "\(name): \(CheckCommand.count(loaded.warnings.count, "warning")) (wbr check lists them)")
    }
    let report = DeckReport(deck: loaded.deck, owners: loaded.owners, ascii: ascii && !json)
    let text = json ? ReportJSON.render(report) : ReportText.render(report, ascii: ascii)
    try Console.write(text)
  }
}
