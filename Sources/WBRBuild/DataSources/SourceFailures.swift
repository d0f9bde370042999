import Foundation
import WBRModel

/// A query's or a connection's failure as a located problem: a refused query at its line in
/// the config (exit 65: the config must change); a server that cannot be reached, refuses the
/// password, goes away or runs out of time at the line that uses the connection (exit 66: the
/// data cannot be read now).
enum SourceFailures {
  static func diagnose(
    _ failure: SourceFailure, source: DataSource?, connection: ConnectionSettings, usedAt: Int,
    configFile: String
  ) -> InputError {
    let line = source?.valueLine ?? usedAt
    let subject = source?.label ?? "connection '\(connection.name)' (\(connection))"
    let code: ProblemCode
    var kind = InputError.Kind.missing
    var message: String
    switch failure.kind {
    case .connect:
      code = .sourceConnect
      message = "connection '\(connection.name)' (\(connection)): cannot connect: \(failure.message)"
    case .auth:
      code = .sourceAuth
      message = "connection '\(connection.name)' (\(connection)): \(failure.message)"
    case .query:
      code = .sourceQuery
      kind = .refused
      message = "\(subject): the server refused the query: \(failure.message)"
      if let position = failure.position, case .query(_, let sql)? = source?.kind {
        message += " (at \(near(sql, position)))"
      }
    case .lost:
      code = .sourceLost
      message = "\(subject): the connection was lost while the query ran: \(failure.message)"
    case .timeout:
      code = .sourceTimeout
      message = "\(subject): \(failure.message)"
    case .cancelled:
      code = .sourceCancelled
      message = "\(subject): interrupted; the query was cancelled on the server"
    case .tooLarge:
      code = .fileTooLarge
      kind = .refused
      message = "\(subject): \(failure.message)"
    case .columnType:
      code = .sourceColumnType
      kind = .refused
      message = "\(subject): \(failure.message)"
    }
    return InputError(
      kind: kind, diagnostics: [Diagnostic(code, file: configFile, line: line, message: message)])
  }

  /// `'FROM wbr_sampel'`: the SQL from the server's 1-based character position, to the end of
  /// its line, at most 40 characters.
  static func near(_ sql: String, _ position: Int) -> String {
    let chars = Array(sql)
    guard position >= 1, position <= chars.count else { return "character \(position)" }
    var piece = ""
    for ch in chars[(position - 1)...] {
      if ch == "\n" || piece.count >= 40 { break }
      piece.append(ch)
    }
    return "character \(position): '\(piece.trimmingCharacters(in: .whitespaces))'"
  }
}
