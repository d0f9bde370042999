import WBRModel

/// Errors and warnings gathered while building, each with its code and pointing at a file and
/// line.
///
/// Reading goes on after an error where it can, so that one run lists every problem in the
/// config instead of one per run; `throwIfErrors` then refuses the input (exit 65).
public struct BuildLog: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// Logs a problem: an error or a warning, as its code says.
  public mutating func add(
    _ code: ProblemCode, _ file: String, line: Int = 0, column: Int = 0, _ message: String
  ) {
    diagnostics.append(Diagnostic(code, file: file, line: line, column: column, message: message))
  }

  public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  public mutating func append(contentsOf other: BuildLog) { diagnostics += other.diagnostics }

  public func throwIfErrors() throws(InputError) {
    let errors = diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty { throw InputError(kind: .refused, diagnostics: errors) }
  }
}
