/// Every problem of one run, in the one form `build`, `check`, `report` and `notes` print
/// (docs/PROBLEMS.md): sorted by file, line and column, warnings the user `--allow`ed set
/// aside, counted with what past a listing cap was only counted, then a verdict.
///
/// Text is one line per problem, `file:line:col: severity: [code] message`, with everything
/// from the files made visible (`SafeText`), so a newline in a CSV cell or a YAML value can
/// never forge a second line. JSON is one record per line (JSON Lines), the verdict last.
public struct ProblemReport: Sendable, Equatable {
  /// The problems listed, in order (allowed warnings left out).
  public private(set) var problems: [Diagnostic]
  /// Errors found, counting those past a listing cap.
  public private(set) var errors = 0
  /// Warnings found and not allowed, counting those past a listing cap.
  public private(set) var warnings = 0
  /// Warnings left out because their code was allowed.
  public private(set) var allowed = 0

  /// Sorts and counts `diagnostics`; `files` gives the order of the files (the command's
  /// inputs), others follow in order of first appearance.
  public init(_ diagnostics: [Diagnostic], allow: Set<ProblemCode> = [], files: [String] = []) {
    var kept: [Diagnostic] = []
    for d in diagnostics {
      if d.severity == .warning && allow.contains(d.code) {
        allowed += 1
        continue
      }
      kept.append(d)
      if d.severity == .error { errors += d.weight } else { warnings += d.weight }
    }
    var rank: [String: Int] = [:]
    for f in files + kept.map(\.file) where rank[f] == nil { rank[f] = rank.count }
    problems = kept.enumerated().sorted { a, b in
      let x = a.element
      let y = b.element
      let kx = (rank[x.file] ?? 0, x.line, x.column, x.code == .omitted ? 1 : 0, a.offset)
      let ky = (rank[y.file] ?? 0, y.line, y.column, y.code == .omitted ? 1 : 0, b.offset)
      return kx < ky
    }.map(\.element)
  }

  /// Leaves the warnings out of the listing (`--quiet`); the counts stay.
  public mutating func dropWarnings() { problems.removeAll { $0.severity == .warning } }

  /// `3 errors, 1 warning (2 allowed)`; "no problems" when there are none.
  public var counts: String {
    var parts: [String] = []
    if errors > 0 { parts.append(Self.count(errors, "error")) }
    if warnings > 0 || errors == 0 {
      parts.append(warnings == 0 ? "no warnings" : Self.count(warnings, "warning"))
    }
    var s = parts.joined(separator: ", ")
    if allowed > 0 { s += " (\(allowed) allowed)" }
    return s
  }

  /// `1 metric`, `2 metrics`.
  public static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// One line per problem, then the verdict; every line ends with a newline.
  public func text(verdict: ProblemVerdict) -> String {
    var out = ""
    for d in problems { out += SafeText.clean(d.description) + "\n" }
    return out + SafeText.clean(verdict.text) + "\n"
  }

  /// One JSON record per problem, then the verdict's record, one per line.
  public func jsonLines(verdict: ProblemVerdict) -> String {
    // The deck's style for its escapes (`\u0008`, `\u000c`), as these lines have always been
    // written; every record is one `spaced` object.
    var w = JSONWriter(style: .deck, capacity: 256 * (problems.count + 1))
    for d in problems { Self.record(d, &w) }
    w.beginObject(.spaced)
    w.field("type", "verdict")
    w.field("command", verdict.command)
    w.field("verdict", verdict.outcome.rawValue)
    w.field("errors", errors)
    w.field("warnings", warnings)
    w.field("allowed", allowed)
    w.field("exit_status", Int(verdict.status))
    w.field("message", verdict.text)
    w.endObject()
    w.newline()
    return w.text
  }

  /// `{"type": "problem", "file": ..., "line": 12 or null, "column": ..., "severity": ...,
  /// "code": ..., "path": ... or null, "message": ...}` (and `"count"` on `problems.omitted`).
  static func record(_ d: Diagnostic, _ w: inout JSONWriter) {
    w.beginObject(.spaced)
    w.field("type", "problem")
    w.field("file", d.file)
    w.field("line", d.line > 0 ? d.line : nil)
    w.field("column", d.column > 0 ? d.column : nil)
    w.field("severity", d.severity.rawValue)
    w.field("code", d.code.rawValue)
    w.field("path", d.path.isEmpty ? nil : d.path)
    w.field("message", d.message)
    if d.code == .omitted { w.field("count", d.omitted) }
    w.endObject()
    w.newline()
  }
}

/// How a run ended, as its last line says: what happened and the exit status.
public struct ProblemVerdict: Sendable, Equatable {
  public enum Outcome: String, Sendable, Equatable {
    /// Done (warnings or not).
    case ok
    /// Refused: an input has errors (65).
    case refused
    /// An input cannot be read (66).
    case unreadable
    /// Done, but warnings refused the result under `--warn-error` (3).
    case warnings
    /// The output could not be written (73, 74).
    case unwritten
    /// Interrupted (Ctrl-C) while a query ran; it was cancelled on the server (130).
    case interrupted
  }

  /// `build`, `check`, `report` or `notes`.
  public var command: String
  public var outcome: Outcome
  public var status: Int32
  /// The verdict line, e.g. `deck.json: 42 metrics, no warnings: can be reviewed`.
  public var text: String

  public init(command: String, outcome: Outcome, status: Int32, text: String) {
    self.command = command
    self.outcome = outcome
    self.status = status
    self.text = text
  }

  /// The exit status `--warn-error` gives when warnings remain (not allowed).
  public static let warningsStatus: Int32 = 3
}
