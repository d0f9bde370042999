import ArgumentParser
import Foundation
import WBRBuild
import WBRModel
import WBRStore

/// `wbr build`: a WBR App config and its daily CSV, as they are, to a version-1 deck.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build a deck from a WBR App config (YAML) and its daily data (CSV, or its data_sources).",
    discussion: """
      Reads the WBR App's own files unchanged. Problems (each with a stable code, e.g. \
      csv.short-row, build.partial-week) go to standard error, sorted, one a line or one JSON \
      record each (--format json), then a verdict line. What the data lacked or repeated \
      (partial weeks, duplicate rows, rows after week_ending) is also recorded in the deck. \
      Without --data, the config's data_sources are read as the WBR App reads them (PostgreSQL \
      and Redshift queries, CSV files; docs/SOURCES.md). \
      \(ExitStatuses.common) (or a database cannot be reached); 73 the deck cannot be written (an \
      existing file is kept unless --force); 74 an I/O error; 130 interrupted while a query ran. \
      See docs/BUILD.md ("Running it in a pipeline") and docs/PROBLEMS.md.
      """)

  @Option(help: "The WBR App config (YAML).") var config: String
  @Option(help: "The daily data (CSV); - reads standard input; without it, the config's data_sources.")
  var data: String?
  @Option(help: "An owners file (JSON) to check the metrics' owners against.") var owners: String?
  @Option(
    name: [.short, .customLong("output")], help: "Where to write the deck (default, or -: standard output).")
  var output: String?
  @Flag(help: "Replace an existing output file.") var force = false
  @Flag(help: "Read, check and build, but write nothing (the verdict says what would be written).")
  var dryRun = false
  @Flag(help: "Do not list warnings (they are still counted, and --warn-error still fails on them).")
  var quiet = false
  @OptionGroup var flags: BuildFlags
  @Option(help: "Print problems as text lines or JSON records (the same as --problem-format).")
  var format: ProblemFormat?
  @OptionGroup var problems: ProblemOptions
  @OptionGroup var limits: LimitOptions

  func validate() throws { try DeckSource.validateData(data) }

  func run() throws {
    var printer = ProblemPrinter(
      command: "build", options: problems, format: format, files: [config, data, owners])
    printer.quiet = quiet
    var deck: Deck?
    var warnings: [Diagnostic] = []
    do {
      let options = limits.loadOptions
      (deck, warnings) = try DailyData.build(
        config: config, data: data, limits: options, flags: flags, showProgress: !quiet && format != .json)
      if let owners, let deck {
        warnings += try OwnerCheck.check(deck: deck, ownersPath: owners, maxBytes: options.maxFileBytes)
      }
    } catch {
      let report = printer.report(error.diagnostics + (deck == nil ? [] : warnings))
      try printer.finish(report, printer.refusal(error, report))
      return
    }
    guard let deck else { return }
    let report = printer.report(warnings)
    let built = "\(ProblemReport.count(deck.metrics.count, "metric")), week ending \(deck.weekEnding)"
    if printer.refusesWarnings(report) {
      try printer.finish(report, printer.warningsVerdict(config, report, "\(built): not written"))
      return
    }
    let destination = output.flatMap { $0 == "-" ? nil : $0 }
    func verdict(_ what: String) -> ProblemVerdict {
      ProblemVerdict(
        command: "build", outcome: .ok, status: 0, text: "\(config): \(built), \(report.counts): \(what)")
    }
    if dryRun {
      try printer.finish(report, verdict("not written (--dry-run)"))
      return
    }
    if let destination {
      // Written to the file a megabyte at a time as the writer goes, not held whole
      // (docs/PERFORMANCE.md "Speed II").
      do throws(ExportError) {
        try AtomicFile.write(to: destination, force: force) { (put) throws(ExportError) in
          try DeckWriter.stream(deck, to: put)
        }
      } catch {
        let code: ProblemCode = error.exitStatus == 73 ? .outputCannotCreate : .outputIO
        let why = NotesCommand.reason(error.description, destination)
        let failed = ProblemReport(
          warnings + [Diagnostic(code, file: destination, message: "cannot write the deck: \(why)")],
          allow: printer.allowed, files: printer.files)
        try printer.finish(
          failed,
          ProblemVerdict(
            command: "build", outcome: .unwritten, status: error.exitStatus,
            text: "\(destination): not written"))
        return
      }
      try printer.finish(report, verdict("written to \(destination)"))
      return
    }
    let streamed: Console.Outcome
    do throws(ConsoleError) {
      try DeckWriter.stream(deck) { (bytes) throws(ConsoleError) in try Console.write(buffer: bytes) }
      streamed = .written
    } catch .brokenPipe {
      streamed = .closed
    } catch .failed(let code) {
      streamed = .failed(String(cString: strerror(code)))
    }
    switch streamed {
    case .written: try printer.finish(report, verdict("written to standard output"))
    case .closed: throw ConsoleError.brokenPipe
    case .failed(let why):
      let failed = ProblemReport(
        warnings + [Diagnostic(.outputIO, file: "standard output", message: "cannot write the deck: \(why)")],
        allow: printer.allowed, files: printer.files)
      try printer.finish(
        failed,
        ProblemVerdict(
          command: "build", outcome: .unwritten, status: 74, text: "standard output: not written"))
    }
  }
}

/// Warns about metric owners the owners file does not know. The owners file is read by the
/// same reader as `wbr check`, so a broken one gets the same located errors (exit 65).
enum OwnerCheck {
  static func check(deck: Deck, ownersPath: String, maxBytes: Int) throws(InputError) -> [Diagnostic] {
    let read = OwnersReader.read(bytes: try FileBytes.read(ownersPath, maxBytes: maxBytes), file: ownersPath)
    guard let owners = read.value else { throw InputError(kind: .refused, diagnostics: read.diagnostics) }
    let ids = Set(owners.owners.map(\.id))
    return read.warnings
      + deck.metrics.compactMap { m in
        guard let o = owners.ownerID(for: m), !ids.contains(o) else { return nil }
        return Diagnostic(
          .ownersUnknownOwner, file: ownersPath,
          message: "metric '\(m.id)' is owned by '\(o)', who is not in the owners file")
      }
  }
}
