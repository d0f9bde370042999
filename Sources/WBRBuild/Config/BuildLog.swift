import WBRModel

/// Errors and warnings gathered while building, each pointing at a file and line.
///
/// Reading goes on after an error where it can, so that one run lists every problem in the
/// config instead of one per run; `throwIfErrors` then refuses the input (exit 65).
public struct BuildLog: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  public mutating func error(_ file: String, line: Int = 0, _ message: String) {
    diagnostics.append(Diagnostic(severity: .error, file: file, line: line, message: message))
  }

  public mutating func warn(_ file: String, line: Int = 0, _ message: String) {
    diagnostics.append(Diagnostic(severity: .warning, file: file, line: line, message: message))
  }

  public func throwIfErrors() throws(InputError) {
    let errors = diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty { throw InputError(kind: .refused, diagnostics: errors) }
  }
}
