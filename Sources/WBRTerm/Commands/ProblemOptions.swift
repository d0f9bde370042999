import ArgumentParser
import WBRModel

/// How problems are printed: one sorted line each, or one JSON record each (docs/PROBLEMS.md).
enum ProblemFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `--warn-error`, `--allow CODE` and `--problem-format`: what a pipeline needs to gate on a
/// run's problems, shared by `build`, `check`, `report` and `notes`.
struct ProblemOptions: ParsableArguments {
  @Flag(help: "Fail on warnings (those not --allow'ed): exit status 3, and nothing is written.")
  var warnError = false

  @Option(
    help: ArgumentHelp(
      "Silence a known-harmless warning by its code (repeatable), e.g. csv.rows-after-week-ending.",
      valueName: "code"))
  var allow: [String] = []

  @Option(name: .customLong("problem-format"), help: "Print problems as text lines or JSON records.")
  var problemFormat: ProblemFormat = .text

  func validate() throws { _ = try allowed() }

  /// The `--allow` codes; an unknown code or an error's code is a usage error.
  func allowed() throws -> Set<ProblemCode> {
    var out = Set<ProblemCode>()
    for text in allow {
      guard let code = ProblemCode(rawValue: text) else {
        let near = ProblemCode.allowable.map(\.rawValue).filter {
          $0.hasPrefix(text.split(separator: ".").first.map(String.init) ?? text)
        }
        let hint =
          near.isEmpty
          ? " (docs/PROBLEMS.md lists them)" : " (known: \(near.prefix(6).joined(separator: ", ")))"
        throw ValidationError("--allow \(text): expected a warning's code, found an unknown one\(hint)")
      }
      guard code.severity == .warning, code != .omitted else {
        throw ValidationError("--allow \(text): errors cannot be allowed, only warnings")
      }
      out.insert(code)
    }
    return out
  }
}

/// The exit statuses every command lists in its help (docs/PROBLEMS.md).
enum ExitStatuses {
  static let common = """
    Exit status: 0 done (warnings or not); 3 warnings with --warn-error; 64 bad usage; \
    65 an input is refused (invalid content); 66 an input cannot be read
    """
}
