/// A PostgreSQL or Redshift connection with everything resolved: the connections file's
/// values (with `${VAR}` expanded), else the standard `PG*` variables, else the defaults; the
/// password from the file, `PGPASSWORD` or `~/.pgpass`. Printing it never shows the password.
public struct ConnectionSettings: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
  /// Redshift speaks PostgreSQL's protocol; what differs (port, TLS default, lower-case column
  /// names) is kept here.
  public enum Flavor: String, Sendable, Equatable {
    case postgres, redshift
  }

  /// libpq's `sslmode`.
  public enum SSLMode: String, Sendable, Equatable, CaseIterable {
    case disable, allow, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  /// The connection's `name` in the connections file.
  public var name: String
  public var flavor: Flavor
  /// A host name or address; a path (starting with `/`) is the folder of a Unix socket.
  public var host: String
  public var port: Int
  public var user: String
  public var password: String?
  public var database: String
  public var sslMode: SSLMode
  /// The certificate authorities to verify the server with (`verify-ca`, `verify-full`);
  /// nil: the system's.
  public var sslRootCert: String?
  /// The server's `statement_timeout`, in milliseconds.
  public var statementTimeoutMilliseconds: Int
  /// The bound on making the connection (TCP, TLS, authentication), in seconds.
  public var connectTimeoutSeconds: Int

  public init(
    name: String, flavor: Flavor, host: String, port: Int, user: String, password: String?, database: String,
    sslMode: SSLMode, sslRootCert: String? = nil, statementTimeoutMilliseconds: Int = 600_000,
    connectTimeoutSeconds: Int = 10
  ) {
    self.name = name
    self.flavor = flavor
    self.host = host
    self.port = port
    self.user = user
    self.password = password
    self.database = database
    self.sslMode = sslMode
    self.sslRootCert = sslRootCert
    self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
    self.connectTimeoutSeconds = connectTimeoutSeconds
  }

  /// The Unix socket file when `host` is a folder (libpq's rule).
  public var socketPath: String? { host.hasPrefix("/") ? host + "/.s.PGSQL.\(port)" : nil }

  /// `postgres at db.example.com:5432, database metrics, user analyst`: for messages.
  public var description: String {
    "\(flavor.rawValue) at \(host):\(port), database \(database), user \(user)"
  }

  /// `dump` and debuggers show this, not the stored password.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "name": name, "flavor": flavor, "host": host, "port": port, "user": user,
        "password": password == nil ? "none" : "(set)", "database": database, "sslMode": sslMode,
      ])
  }
}
