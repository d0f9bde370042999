import Foundation
import WBRModel
import WBRStore

/// Turns a connections-file entry into `ConnectionSettings`, the way libpq would: the file's
/// values first (with `${VAR}` taken from the environment), then the standard `PG*` variables,
/// then the defaults; the password from the file, `PGPASSWORD`, or `~/.pgpass`. A plain
/// password in a file anyone may read is warned about; no message ever holds a password.
public struct ConnectionResolver {
  public var environment: [String: String]
  /// The login name, libpq's default user.
  public var osUser: String
  /// The password file: `PGPASSFILE`, else `~/.pgpass`. Read only when a password is
  /// needed, and only when private to its owner (libpq ignores one that others may read, and
  /// so do we, with a warning).
  public var pgpassPath: String?

  public init(environment: [String: String], osUser: String) {
    self.environment = environment
    self.osUser = osUser
    self.pgpassPath = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
  }

  /// The password file's text, nil when there is none or others may read it (warned).
  func pgpassText(log: inout BuildLog) -> String? {
    guard let path = pgpassPath else { return nil }
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    if info.st_mode & (S_IRWXG | S_IRWXO) != 0 {
      log.add(
        .sourcePlainPassword, path,
        "the password file can be read by others, so it is not used (as libpq does): chmod 600 \(path)")
      return nil
    }
    guard let bytes = try? FileBytes.read(path, maxBytes: 1 << 20) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  static let known: Set<String> = [
    "host", "port", "username", "user", "password", "database", "dbname", "sslmode", "sslrootcert",
    "statement_timeout", "connect_timeout",
  ]

  /// The settings of `entry`, or nil after logging why not. `usedBy` names where the config
  /// uses the connection (for a Snowflake or Athena connection's message).
  public func settings(
    _ entry: ConnectionsFile.Entry, file: ConnectionsFile, usedBy: (file: String, line: Int),
    log: inout BuildLog
  ) -> ConnectionSettings? {
    let flavor: ConnectionSettings.Flavor
    switch entry.type {
    case "postgres", "postgresql": flavor = .postgres
    case "redshift": flavor = .redshift
    case "snowflake", "athena":
      log.add(
        .sourceUnsupported, usedBy.file, line: usedBy.line,
        "connection '\(entry.name)' is \(entry.type == "athena" ? "Athena" : "Snowflake"): wbr reads PostgreSQL and "
          + "Redshift itself; for \(entry.type == "athena" ? "Athena" : "Snowflake"), run the query with its CLI and "
          + "pipe the CSV in with --data - (docs/SOURCES.md)")
      return nil
    default:
      log.add(
        .configInvalid, file.path, line: entry.typeLine,
        "connection '\(entry.name)': expected type postgres, redshift, snowflake or athena, found '\(entry.type)'"
      )
      return nil
    }
    if let service = entry.value("service") {
      log.add(
        .sourceUnsupported, file.path, line: service.line,
        "connection '\(entry.name)': service: \(service.text) (a cloud secret manager) is not read by wbr; give the "
          + "settings in the file with password: ${VARIABLE}, or use PGPASSWORD or ~/.pgpass")
      return nil
    }
    for (key, _, line) in entry.values where !Self.known.contains(key) && key != "secret_name" {
      log.add(
        .configUnknownKey, file.path, line: line,
        "connection '\(entry.name)': unknown setting '\(key)' is ignored")
    }
    var failed = false
    func value(_ keys: String...) -> (text: String, line: Int)? {
      for key in keys {
        guard let v = entry.value(key) else { continue }
        switch Self.expand(v.text, environment: environment) {
        case .success(let text): return (text, v.line)
        case .failure(let missing):
          log.add(
            .sourceUnsetVariable, file.path, line: v.line,
            "connection '\(entry.name)': \(key) names the environment variable \(missing), which is not set")
          failed = true
          return nil
        }
      }
      return nil
    }
    func number(_ key: String, env: String?, default d: Int, range: ClosedRange<Int>, unit: (String) -> Int?)
      -> Int
    {
      let given = value(key)
      guard let text = given?.text ?? env.flatMap({ environment[$0] }) else { return d }
      guard let n = unit(text.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
        log.add(
          .configInvalid, file.path, line: given?.line ?? entry.line,
          "connection '\(entry.name)': expected \(key) to be a number in \(range.lowerBound)…\(range.upperBound), "
            + "found '\(text)'" + (given == nil ? " (from \(env ?? key))" : ""))
        failed = true
        return d
      }
      return n
    }
    let host = value("host")?.text ?? environment["PGHOST"] ?? "localhost"
    let port = number("port", env: "PGPORT", default: flavor == .redshift ? 5439 : 5432, range: 1...65535) {
      Int($0)
    }
    let user = value("username", "user")?.text ?? environment["PGUSER"] ?? osUser
    let database = value("database", "dbname")?.text ?? environment["PGDATABASE"] ?? user
    let modeGiven = value("sslmode")
    let modeText = modeGiven?.text ?? environment["PGSSLMODE"] ?? (flavor == .redshift ? "require" : "prefer")
    var mode = ConnectionSettings.SSLMode.prefer
    if let m = ConnectionSettings.SSLMode(rawValue: modeText.lowercased()) {
      mode = m
    } else {
      log.add(
        .configInvalid, file.path, line: modeGiven?.line ?? entry.line,
        "connection '\(entry.name)': expected sslmode disable, allow, prefer, require, verify-ca or verify-full, "
          + "found '\(modeText)'" + (modeGiven == nil ? " (from PGSSLMODE)" : ""))
      failed = true
    }
    let timeout = number("statement_timeout", env: nil, default: 600_000, range: 1...86_400_000) {
      Self.milliseconds($0)
    }
    let connect = number("connect_timeout", env: "PGCONNECT_TIMEOUT", default: 10, range: 1...3600) {
      Int($0)
    }
    let rootCert = value("sslrootcert")?.text ?? environment["PGSSLROOTCERT"]
    let written = entry.value("password")
    var password = value("password")?.text ?? environment["PGPASSWORD"]
    if password == nil, let text = pgpassText(log: &log) {
      password = PGPass.password(in: text, host: host, port: port, database: database, user: user)
    }
    if let written, !written.text.contains("${"), file.worldReadable {
      log.add(
        .sourcePlainPassword, file.path, line: written.line,
        "connection '\(entry.name)': a password is written in this file, which anyone on this machine can read; "
          + "write password: ${VARIABLE} and set the variable, or use PGPASSWORD or ~/.pgpass (or chmod o-r the file)"
      )
    }
    if failed { return nil }
    return ConnectionSettings(
      name: entry.name, flavor: flavor, host: host, port: port, user: user, password: password,
      database: database, sslMode: mode, sslRootCert: rootCert, statementTimeoutMilliseconds: timeout,
      connectTimeoutSeconds: connect)
  }

  /// `${NAME}` replaced by the variable's value; `.failure` names the first one not set.
  static func expand(_ text: String, environment: [String: String]) -> Result<String, UnsetVariable> {
    guard text.contains("${") else { return .success(text) }
    var out = ""
    var rest = Substring(text)
    while let open = rest.range(of: "${") {
      out += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
        out += rest[open.lowerBound...]
        return .success(out)
      }
      let name = String(rest[open.upperBound..<close])
      guard let v = environment[name] else { return .failure(UnsetVariable(name: name)) }
      out += v
      rest = rest[rest.index(after: close)...]
    }
    return .success(out + rest)
  }

  struct UnsetVariable: Error, CustomStringConvertible {
    var name: String
    var description: String { name }
  }

  /// PostgreSQL's units for `statement_timeout`: a bare number is milliseconds; `ms`, `s`,
  /// `min`, `h` and `d` suffixes.
  static func milliseconds(_ text: String) -> Int? {
    let units: [(String, Int)] = [
      ("ms", 1), ("min", 60_000), ("s", 1000), ("h", 3_600_000), ("d", 86_400_000),
    ]
    let t = text.lowercased().replacingOccurrences(of: " ", with: "")
    for (suffix, factor) in units where t.hasSuffix(suffix) {
      guard let n = Int(t.dropLast(suffix.count)) else { return nil }
      return n.multipliedReportingOverflow(by: factor).overflow ? nil : n * factor
    }
    return Int(t)
  }
}
