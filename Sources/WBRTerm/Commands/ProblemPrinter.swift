import ArgumentParser
import WBRModel

/// Prints a run's problems, then its verdict, on standard error (text lines or JSON records,
/// docs/PROBLEMS.md), and turns the verdict into the exit status. One for each of `build`,
/// `check`, `report` and `notes`, so the four end the same way.
struct ProblemPrinter {
  /// `build`, `check`, `report`, `notes`.
  let command: String
  let allowed: Set<ProblemCode>
  let warnError: Bool
  let format: ProblemFormat
  /// The command's input files, in the order problems are sorted by.
  let files: [String]
  /// `--quiet`: warnings are counted but not listed.
  var quiet = false

  init(command: String, options: ProblemOptions, format: ProblemFormat? = nil, files: [String?]) {
    self.command = command
    self.allowed = (try? options.allowed()) ?? []
    self.warnError = options.warnError
    self.format = format ?? options.problemFormat
    self.files = files.compactMap { $0 }
  }

  /// The problems, sorted and counted, allowed warnings set aside.
  func report(_ diagnostics: [Diagnostic]) -> ProblemReport {
    ProblemReport(diagnostics, allow: allowed, files: files)
  }

  /// Whether `--warn-error` refuses a run with these problems.
  func refusesWarnings(_ report: ProblemReport) -> Bool { warnError && report.warnings > 0 }

  /// The verdict of a refused or unreadable input: names the file at fault (the first with an
  /// error), not always the deck.
  func refusal(_ error: InputError, _ report: ProblemReport) -> ProblemVerdict {
    let file = report.problems.first { $0.severity == .error }?.file ?? files.first ?? command
    if error.diagnostics.contains(where: { $0.code == .sourceCancelled }) {
      return ProblemVerdict(
        command: command, outcome: .interrupted, status: 130, text: "\(file): interrupted")
    }
    if error.kind == .missing {
      return ProblemVerdict(
        command: command, outcome: .unreadable, status: 66, text: "\(file): cannot be read")
    }
    return ProblemVerdict(
      command: command, outcome: .refused, status: 65, text: "\(file): refused: \(report.counts)")
  }

  /// The verdict when `--warn-error` refuses the run.
  func warningsVerdict(_ subject: String, _ report: ProblemReport, _ what: String) -> ProblemVerdict {
    ProblemVerdict(
      command: command, outcome: .warnings, status: ProblemVerdict.warningsStatus,
      text: "\(subject): \(report.counts): \(what) (--warn-error)")
  }

  /// Prints the problems and the verdict; returns the verdict's exit status.
  @discardableResult
  func print(_ report: ProblemReport, _ verdict: ProblemVerdict) -> Int32 {
    var shown = report
    if quiet { shown.dropWarnings() }
    switch format {
    case .text: Console.errorText(shown.text(verdict: verdict))
    case .json: Console.errorText(shown.jsonLines(verdict: verdict))
    }
    return verdict.status
  }

  /// Prints and ends the command with the verdict's status (0 returns normally).
  func finish(_ report: ProblemReport, _ verdict: ProblemVerdict) throws {
    let status = print(report, verdict)
    if status != 0 { throw ExitCode(status) }
  }
}
