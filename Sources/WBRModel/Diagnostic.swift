/// A located problem in an input file: where (file, line:column, JSON path), what (expected vs
/// found) and its stable code (`ProblemCode`, docs/PROBLEMS.md). Errors refuse the file;
/// warnings are listed and the review goes on.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable { case error, warning }

  public var code: ProblemCode
  public var severity: Severity
  public var file: String
  /// 1-based; 0 when unknown.
  public var line: Int
  /// 1-based, in characters (Unicode scalars); 0 when unknown.
  public var column: Int
  /// JSON path such as `metrics[12].weekly[3].value`; empty for the whole file.
  public var path: String
  public var message: String
  /// For a `problems.omitted` line: how many problems of its severity it stands for (past a
  /// listing cap); 0 for every other diagnostic.
  public var omitted: Int = 0

  /// A problem; its severity is its code's.
  public init(
    _ code: ProblemCode, file: String, line: Int = 0, column: Int = 0, path: String = "", message: String
  ) {
    self.code = code
    self.severity = code.severity
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// The line that stands for `count` problems of `severity` that were not listed.
  public static func omitted(_ count: Int, _ severity: Severity, file: String) -> Diagnostic {
    var d = Diagnostic(
      .omitted, file: file,
      message: "\(count) more \(severity.rawValue)\(count == 1 ? "" : "s") not listed")
    d.severity = severity
    d.omitted = count
    return d
  }

  /// How many problems this line counts for: 1, or the number a `problems.omitted` line stands for.
  public var weight: Int { code == .omitted ? omitted : 1 }

  /// `file:line:column: error: [code] path: message`, the form compilers and editors understand.
  public var description: String {
    var s = file
    if line > 0 { s += ":\(line)" + (column > 0 ? ":\(column)" : "") }
    s += ": \(severity.rawValue): [\(code.rawValue)] "
    if !path.isEmpty { s += "\(path): " }
    return s + message
  }
}

/// Thrown when a file is refused; carries every error found (at least one).
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// Invalid content: exit status 65 (EX_DATAERR).
    case refused
    /// The file cannot be opened: exit status 66 (EX_NOINPUT).
    case missing
  }
  public var kind: Kind
  public var diagnostics: [Diagnostic]
  public init(kind: Kind, diagnostics: [Diagnostic]) {
    self.kind = kind
    self.diagnostics = diagnostics
  }
  /// A file refused for one error (an error `code`), at `line` (0: the whole file).
  public static func refused(_ code: ProblemCode, _ file: String, line: Int = 0, _ message: String)
    -> InputError
  {
    InputError(kind: .refused, diagnostics: [Diagnostic(code, file: file, line: line, message: message)])
  }

  public var exitStatus: Int32 { kind == .missing ? 66 : 65 }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
