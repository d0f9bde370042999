import ArgumentParser
import Foundation
import WBRModel

/// `wbr report`: the deck as the meeting sees it, without a screen.
///
/// Text (inputs first, section by section, each metric with owner, value, WoW, YoY, vs target,
/// sparklines and signals, then the anomaly walk) or, with `--json`, the stable machine form
/// of docs/REPORT-JSON.md, on standard output. The files' problems and a verdict go to
/// standard error, as `wbr check` prints them, so that standard output stays the report.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print the deck as the meeting sees it, without a screen.",
    discussion: """
      The report goes to standard output; the files' problems (with their codes) and a verdict \
      line to standard error. With --warn-error, warnings print no report. \
      \(ExitStatuses.common); 74 the report cannot be written. See docs/PROBLEMS.md.
      """)

  @Argument(help: "The deck file (JSON).") var deck: String?
  @Option(help: "Build the deck in memory from this WBR App config (YAML), with --data or its data_sources.")
  var config: String?
  @Option(
    help: "The daily data (CSV) for --config (- reads standard input; without it, the config's data_sources)."
  ) var data: String?
  @Option(help: "The owners file (JSON; default: the settings file's [meeting] owners).") var owners: String?
  @OptionGroup var settingsFile: SettingsOption
  @Flag(help: "Machine-readable JSON output (format wbr-report, version 1).") var json = false
  @Flag(help: "ASCII glyphs only (sparklines, signs, separators).") var ascii = false
  @OptionGroup var flags: BuildFlags
  @OptionGroup var problems: ProblemOptions
  @OptionGroup var limits: LimitOptions

  func validate() throws { try DeckSource.validate(deck: deck, config: config, data: data, flags: flags) }

  func run() throws {
    let owners = settingsFile.loadReporting(command: "report").owners(flag: owners)
    let name = deck ?? config ?? ""
    let printer = ProblemPrinter(command: "report", options: problems, files: [deck, config, data, owners])
    let loaded = try DeckSource.load(
      deck: deck, config: config, data: data, ownersPath: owners, options: limits.loadOptions, flags: flags,
      printer: printer)
    let problemReport = printer.report(loaded.warnings)
    if printer.refusesWarnings(problemReport) {
      try printer.finish(problemReport, printer.warningsVerdict(name, problemReport, "no report"))
      return
    }
    let report = DeckReport(deck: loaded.deck, owners: loaded.owners, ascii: ascii && !json)
    let bytes = json ? ReportJSON.bytes(report) : Array(ReportText.render(report, ascii: ascii).utf8)
    switch Console.put(bytes) {
    case .written:
      let n = report.analysis.anomalies.count
      let anomalies = "\(n) \(n == 1 ? "anomaly" : "anomalies")"
      try printer.finish(
        problemReport,
        ProblemVerdict(
          command: "report", outcome: .ok, status: 0,
          text: "\(name): \(anomalies), \(problemReport.counts): reported"))
    case .closed: throw ConsoleError.brokenPipe
    case .failed(let why):
      try printer.finish(
        ProblemReport(
          loaded.warnings + [
            Diagnostic(.outputIO, file: "standard output", message: "cannot write the report: \(why)")
          ],
          allow: printer.allowed, files: printer.files),
        ProblemVerdict(
          command: "report", outcome: .unwritten, status: 74, text: "standard output: not written"))
    }
  }
}
