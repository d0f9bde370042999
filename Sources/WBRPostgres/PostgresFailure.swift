import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import WBRBuild

/// postgres-nio's errors in the server's words, as the failure kinds a build reports: a
/// refused password is `auth`, an unknown database or a TLS refusal `connect`, an SQL error
/// `query` (with the position the server points at), a connection that ends mid-query `lost`,
/// a `statement_timeout` `timeout`. PSQLError's own description is generic on purpose, so the
/// server's fields are read instead; none of them ever holds the password.
enum PostgresFailure {
  enum Phase { case connect, query }

  static func failure(_ error: any Error, phase: Phase, query: Int?, settings: ConnectionSettings)
    -> SourceFailure
  {
    if isConnectTimeout(error) || isConnectTimeout((error as? PSQLError)?.underlying) {
      return SourceFailure(
        .connect, "no answer from the server within \(settings.connectTimeoutSeconds) s (connect_timeout)",
        query: query)
    }
    guard let e = error as? PSQLError else {
      return SourceFailure(phase == .connect ? .connect : .lost, describe(error), query: query)
    }
    if let tls = tlsProblem(e.underlying, settings: settings) {
      return SourceFailure(.connect, tls, query: query)
    }
    switch e.code {
    case .server:
      let info = e.serverInfo
      let state = info?[.sqlState] ?? ""
      var message = info?[.message] ?? "an error"
      if let detail = info?[.detail] { message += "; \(detail)" }
      if let hint = info?[.hint] { message += " (hint: \(hint))" }
      message += " [SQLSTATE \(state)]"
      switch state {
      case "28P01", "28000":
        return SourceFailure(.auth, "the server refused the login: \(message)", query: query)
      case "57014":
        return SourceFailure(
          .timeout,
          "the query ran past statement_timeout (\(settings.statementTimeoutMilliseconds) ms): \(message)",
          query: query)
      case _ where state.hasPrefix("57P") || state.hasPrefix("08"):
        return SourceFailure(phase == .connect ? .connect : .lost, message, query: query)
      case _ where phase == .connect:
        return SourceFailure(.connect, message, query: query)
      default:
        return SourceFailure(.query, message, query: query, position: info?[.position].flatMap { Int($0) })
      }
    case .authMechanismRequiresPassword:
      return SourceFailure(
        .auth,
        "the server asks for a password and none was found: write password: ${VARIABLE} in the connections "
          + "file, or set PGPASSWORD, or add a ~/.pgpass line for \(settings.host):\(settings.port)",
        query: query)
    case .unsupportedAuthMechanism, .saslError:
      return SourceFailure(
        .auth, "the server's login method is not supported (\(describe(e.underlying)))", query: query)
    case .sslUnsupported:
      return SourceFailure(
        .connect,
        "the server does not offer TLS, and sslmode is \(settings.sslMode.rawValue) (set sslmode: prefer or disable "
          + "to connect without it)", query: query)
    case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
      return SourceFailure(.connect, "TLS failed: \(describe(e.underlying))", query: query)
    case .queryCancelled:
      return SourceFailure(.cancelled, "the query was cancelled", query: query)
    case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
      let why = e.underlying.map { ": \(describe($0))" } ?? ""
      return SourceFailure(
        phase == .connect ? .connect : .lost, "the server closed the connection\(why)", query: query)
    case .connectionError:
      return SourceFailure(phase == .connect ? .connect : .lost, describe(e.underlying), query: query)
    default:
      return SourceFailure(phase == .connect ? .connect : .lost, "\(e.code)", query: query)
    }
  }

  /// A TLS failure in plain words (which check failed, and what to change), or nil.
  static func tlsProblem(_ error: (any Error)?, settings: ConnectionSettings) -> String? {
    let mode = "sslmode \(settings.sslMode.rawValue)"
    if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
      return "TLS: the server's certificate is not for '\(settings.host)' (\(mode) checks the host name; "
        + "connect with the name the certificate gives, or use verify-ca)"
    }
    guard let ssl = error as? NIOSSLError else { return nil }
    let text = String(describing: ssl)
    if text.contains("CERTIFICATE_VERIFY_FAILED") {
      let roots = settings.sslRootCert.map { "sslrootcert \($0)" } ?? "the system's certificate authorities"
      return "TLS: the server's certificate is not signed by an authority of \(roots) (\(mode))"
    }
    return "TLS failed (\(mode)): " + (text.split(separator: "[").first.map(String.init) ?? text)
  }

  static func isConnectTimeout(_ error: (any Error)?) -> Bool {
    if let c = error as? ChannelError, case .connectTimeout = c { return true }
    return false
  }

  /// A lower-level error in plain words (a refused TCP connection, a TLS certificate problem).
  static func describe(_ error: (any Error)?) -> String {
    guard let error else { return "no reason given" }
    if let c = error as? NIOConnectionError {
      if let first = c.connectionErrors.first { return describe(first.error) }
      if let dns = c.dnsAError ?? c.dnsAAAAError { return "cannot find the host \(c.host): \(describe(dns))" }
      return "cannot reach \(c.host):\(c.port)"
    }
    if let io = error as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
    if let ssl = error as? NIOSSLError { return "\(ssl)" }
    if let e = error as? PSQLError { return describe(e.underlying) }
    return String(describing: error)
  }
}
