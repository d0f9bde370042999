import Logging
import NIOConcurrencyHelpers
import NIOCore
import PostgresNIO
import WBRBuild

/// One connection's queries, every wait bounded:
///
/// - connecting (TCP, TLS, login): `connect_timeout`, plus a few seconds for the login;
/// - each query: the server's `statement_timeout` (set on the session), plus a grace period
///   after which wbr closes the connection itself (a server that stopped answering, a network
///   that dropped without a word);
/// - Ctrl-C: a cancel over a second connection (`pg_cancel_backend`, what psql's cancel
///   request does), then the connection is closed if the query has not ended a few seconds on.
struct PostgresSession {
  let settings: ConnectionSettings
  let maxBytes: Int
  let progress: (@Sendable (QueryProgress) -> Void)?
  let interrupt: QueryInterrupt?

  /// Seconds a server may stay silent past `statement_timeout` before wbr gives up on it.
  static let grace: Int64 = 15
  /// Seconds a cancel may take before the connection is closed instead.
  static let cancelBound: Int64 = 5

  static let logger = Logger(label: "wbr.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

  func run(_ queries: [QueryRequest]) async -> Result<[QueryResult], SourceFailure> {
    let config: PostgresConnection.Configuration
    do {
      config = try PostgresConfiguration.make(settings)
    } catch {
      return .failure(error)
    }
    let connection: PostgresConnection
    let limit = Int64(settings.connectTimeoutSeconds) + 5
    do {
      connection = try await Self.within(seconds: limit) {
        try await PostgresConnection.connect(configuration: config, id: 1, logger: Self.logger)
      }
    } catch is DeadlinePassed {
      return .failure(
        SourceFailure(.connect, "no answer from the server within \(limit) s (connect_timeout and the login)")
      )
    } catch {
      return .failure(PostgresFailure.failure(error, phase: .connect, query: nil, settings: settings))
    }
    let outcome = await run(queries, on: connection)
    _ = try? await Self.within(seconds: Self.cancelBound) { try await connection.close() }
    return outcome
  }

  private func run(_ queries: [QueryRequest], on connection: PostgresConnection) async
    -> Result<[QueryResult], SourceFailure>
  {
    let closedBy = NIOLockedValueBox<SourceFailure.Kind?>(nil)
    // The session's setup is bounded like the login: a server that stops answering after it is
    // closed on.
    let setupBound = Int64(settings.connectTimeoutSeconds) + 5
    let setupWatch = Task {
      try await Task.sleep(for: .seconds(setupBound))
      closedBy.withLockedValue { $0 = $0 ?? .timeout }
      try? await connection.close()
    }
    defer { setupWatch.cancel() }
    do {
      try await connection.query(
        PostgresQuery(unsafeSQL: "SET statement_timeout = \(settings.statementTimeoutMilliseconds)"),
        logger: Self.logger)
    } catch {
      if closedBy.withLockedValue({ $0 }) == .timeout {
        return .failure(
          SourceFailure(.connect, "no answer from the server within \(setupBound) s after the login"))
      }
      return .failure(PostgresFailure.failure(error, phase: .connect, query: nil, settings: settings))
    }
    // The backend's process id, for a cancel over a second connection; without it (a proxy
    // that hides it) Ctrl-C closes the connection instead.
    var backend: Int32?
    if let rows = try? await connection.query("SELECT pg_backend_pid()", logger: Self.logger) {
      do {
        for try await p in rows.decode(Int32.self) { backend = p }
      } catch {}
    }
    let pid = backend
    setupWatch.cancel()
    let settings = self.settings
    interrupt?.onFire {
      closedBy.withLockedValue { $0 = $0 ?? .cancelled }
      Task {
        if let pid { await Self.cancel(pid, settings: settings) }
        try? await Task.sleep(for: .seconds(Self.cancelBound))
        try? await connection.close()
      }
    }
    if interrupt?.isFired == true { return .failure(SourceFailure(.cancelled, "interrupted")) }
    var results: [QueryResult] = []
    for (i, q) in queries.enumerated() {
      let bound = Int64(settings.statementTimeoutMilliseconds / 1000) + Self.grace
      let watchdog = Task {
        try await Task.sleep(for: .seconds(bound))
        closedBy.withLockedValue { $0 = $0 ?? .timeout }
        try? await connection.close()
      }
      defer { watchdog.cancel() }
      do {
        results.append(try await fetch(q, on: connection))
      } catch let failure as SourceFailure {
        return .failure(SourceFailure(failure.kind, failure.message, query: i))
      } catch {
        switch closedBy.withLockedValue({ $0 }) {
        case .cancelled?: return .failure(SourceFailure(.cancelled, "interrupted", query: i))
        case .timeout?:
          return .failure(
            SourceFailure(
              .timeout,
              "the server did not answer within \(bound) s (statement_timeout and \(Self.grace) s more)",
              query: i))
        default:
          var failure = PostgresFailure.failure(error, phase: .query, query: i, settings: settings)
          if interrupt?.isFired == true, failure.kind == .timeout || failure.kind == .lost {
            failure = SourceFailure(.cancelled, "interrupted", query: i)
          }
          return .failure(failure)
        }
      }
    }
    return .success(results)
  }

  /// Runs one query, its rows turned into text as they arrive.
  private func fetch(_ q: QueryRequest, on connection: PostgresConnection) async throws -> QueryResult {
    let rows = try await connection.query(PostgresQuery(unsafeSQL: q.sql), logger: Self.logger)
    var result = QueryResult(columns: rows.columns.map(\.name))
    let clock = ContinuousClock()
    let start = clock.now
    var reported = start
    for try await row in rows {
      for cell in row {
        try result.appendCell { (out) throws(SourceFailure) in try PostgresText.write(cell, into: &out) }
      }
      if result.byteCount > maxBytes {
        throw SourceFailure(
          .tooLarge,
          "the result is past \(maxBytes >> 20) MiB (the --max-file-size limit) after \(result.rowCount) rows: "
            + "is it daily aggregates?")
      }
      if let progress, clock.now - reported > .milliseconds(250) {
        reported = clock.now
        progress(
          QueryProgress(
            label: q.label, rows: result.rowCount, seconds: seconds(clock.now - start), done: false))
      }
    }
    progress?(
      QueryProgress(label: q.label, rows: result.rowCount, seconds: seconds(clock.now - start), done: true))
    return result
  }

  private func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  /// `pg_cancel_backend` over a second connection, bounded.
  static func cancel(_ pid: Int32, settings: ConnectionSettings) async {
    guard let config = try? PostgresConfiguration.make(settings) else { return }
    _ = try? await within(seconds: Int64(settings.connectTimeoutSeconds) + cancelBound) {
      let second = try await PostgresConnection.connect(configuration: config, id: 2, logger: logger)
      _ = try? await second.query(
        PostgresQuery(unsafeSQL: "SELECT pg_cancel_backend(\(pid))"), logger: logger)
      try? await second.close()
      return true
    }
  }

  struct DeadlinePassed: Error {}

  /// `operation`, or `DeadlinePassed` after `seconds` (the operation is then cancelled, which
  /// postgres-nio's connect answers by closing its channel).
  static func within<T: Sendable>(seconds: Int64, _ operation: @escaping @Sendable () async throws -> T)
    async throws -> T
  {
    try await withThrowingTaskGroup(of: T?.self) { group in
      group.addTask { try await operation() }
      group.addTask {
        try await Task.sleep(for: .seconds(seconds))
        return nil
      }
      defer { group.cancelAll() }
      guard case let value?? = try await group.next() else { throw DeadlinePassed() }
      return value
    }
  }
}
