/// Collects the diagnostics of one file while it is read, up to a cap, so that a badly
/// broken file yields a readable list rather than thousands of lines.
struct DiagnosticLog {
  let file: String
  let maxErrors: Int
  let maxWarnings: Int
  private(set) var errors: [Diagnostic] = []
  private(set) var warnings: [Diagnostic] = []
  private(set) var omittedErrors = 0
  private(set) var omittedWarnings = 0

  init(file: String, maxErrors: Int = 50, maxWarnings: Int = 1000) {
    self.file = file
    self.maxErrors = maxErrors
    self.maxWarnings = maxWarnings
  }

  var hasErrors: Bool { !errors.isEmpty }
  var isEmpty: Bool { errors.isEmpty && warnings.isEmpty && omittedErrors == 0 && omittedWarnings == 0 }
  var isFull: Bool { errors.count >= maxErrors }

  /// Logs a problem as an error or a warning, as its code says.
  mutating func log(_ code: ProblemCode, _ message: String, line: Int, column: Int, path: JSONPath) {
    let d = Diagnostic(code, file: file, line: line, column: column, path: path.description, message: message)
    if code.severity == .error {
      guard errors.count < maxErrors else {
        omittedErrors += 1
        return
      }
      errors.append(d)
    } else {
      guard warnings.count < maxWarnings else {
        omittedWarnings += 1
        return
      }
      warnings.append(d)
    }
  }

  /// Logs what `other` logged, errors then warnings, under this log's caps, as if each had
  /// been logged here (what `other` only counted is counted here too).
  mutating func append(_ other: DiagnosticLog) {
    for d in other.errors { Self.add(d, &errors, &omittedErrors, cap: maxErrors) }
    omittedErrors += other.omittedErrors
    for d in other.warnings { Self.add(d, &warnings, &omittedWarnings, cap: maxWarnings) }
    omittedWarnings += other.omittedWarnings
  }

  private static func add(_ d: Diagnostic, _ list: inout [Diagnostic], _ omitted: inout Int, cap: Int) {
    if list.count < cap { list.append(d) } else { omitted += 1 }
  }

  /// Errors then warnings, each in file order, plus one line per cap that was hit.
  var all: [Diagnostic] {
    var out = Self.inFileOrder(errors)
    if omittedErrors > 0 { out.append(.omitted(omittedErrors, .error, file: file)) }
    out += Self.inFileOrder(warnings)
    if omittedWarnings > 0 { out.append(.omitted(omittedWarnings, .warning, file: file)) }
    return out
  }

  /// Stable sort by line and column; whole-file diagnostics (line 0) first.
  static func inFileOrder(_ list: [Diagnostic]) -> [Diagnostic] {
    list.enumerated().sorted {
      ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
    }.map(\.element)
  }
}
