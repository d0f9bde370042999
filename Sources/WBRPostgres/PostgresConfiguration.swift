import NIOSSL
import PostgresNIO
import WBRBuild

/// postgres-nio's connection configuration from resolved settings, TLS as libpq's `sslmode`
/// asks: `disable` never, `allow` and `prefer` when the server offers it (unverified),
/// `require` always (unverified, as libpq does without a root certificate), `verify-ca` always
/// and checked against the authorities (`sslrootcert`, else the system's), `verify-full` that
/// and the host name too.
enum PostgresConfiguration {
  static func make(_ s: ConnectionSettings) throws(SourceFailure) -> PostgresConnection.Configuration {
    var config: PostgresConnection.Configuration
    if let socket = s.socketPath {
      config = .init(unixSocketPath: socket, username: s.user, password: s.password, database: s.database)
    } else {
      config = .init(
        host: s.host, port: s.port, username: s.user, password: s.password, database: s.database,
        tls: try tls(s))
    }
    config.options.connectTimeout = .seconds(Int64(s.connectTimeoutSeconds))
    // Named in pg_stat_activity; Redshift gets only the standard startup parameters.
    if s.flavor == .postgres { config.options.additionalStartupParameters = [("application_name", "wbr")] }
    return config
  }

  static func tls(_ s: ConnectionSettings) throws(SourceFailure) -> PostgresConnection.Configuration.TLS {
    var tls = TLSConfiguration.makeClientConfiguration()
    switch s.sslMode {
    case .disable: return .disable
    case .allow, .prefer, .require: tls.certificateVerification = .none
    case .verifyCA: tls.certificateVerification = .noHostnameVerification
    case .verifyFull: tls.certificateVerification = .fullVerification
    }
    if let root = s.sslRootCert, s.sslMode == .verifyCA || s.sslMode == .verifyFull {
      tls.trustRoots = .file(root)
    }
    let context: NIOSSLContext
    do {
      context = try NIOSSLContext(configuration: tls)
    } catch {
      throw SourceFailure(.connect, "cannot set up TLS (sslmode \(s.sslMode.rawValue)): \(error)")
    }
    switch s.sslMode {
    case .allow, .prefer: return .prefer(context)
    default: return .require(context)
    }
  }
}
