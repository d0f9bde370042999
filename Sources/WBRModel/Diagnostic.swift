/// A located problem in an input file: where (file, line:column, JSON path) and what
/// (expected vs found). Errors refuse the file; warnings are listed and the review goes on.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable { case error, warning }

  public var severity: Severity
  public var file: String
  /// 1-based; 0 when unknown.
  public var line: Int
  /// 1-based, in characters (Unicode scalars); 0 when unknown.
  public var column: Int
  /// JSON path such as `metrics[12].weekly[3].value`; empty for the whole file.
  public var path: String
  public var message: String

  public init(
    severity: Severity, file: String, line: Int = 0, column: Int = 0, path: String = "",
    message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// `file:line:column: error: path: message`, the form compilers and editors understand.
  public var description: String {
    var s = file
    if line > 0 { s += ":\(line)" + (column > 0 ? ":\(column)" : "") }
    s += ": \(severity.rawValue): "
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
  /// A file refused for one error, at `line` (0: the whole file).
  public static func refused(_ file: String, line: Int = 0, _ message: String) -> InputError {
    InputError(
      kind: .refused, diagnostics: [Diagnostic(severity: .error, file: file, line: line, message: message)])
  }

  public var exitStatus: Int32 { kind == .missing ? 66 : 65 }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
