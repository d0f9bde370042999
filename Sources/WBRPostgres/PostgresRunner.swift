import Dispatch
import NIOConcurrencyHelpers
import WBRBuild

/// `data_sources` queries on PostgreSQL and Redshift through postgres-nio: one connection per
/// connection name, its queries in order. The build is synchronous; the runner waits for its
/// asynchronous session on a semaphore (never from inside the concurrency pool, so nothing
/// deadlocks), and every wait inside is bounded (`PostgresSession`).
public struct PostgresRunner: QueryRunner {
  public var progress: (@Sendable (QueryProgress) -> Void)?
  public var interrupt: QueryInterrupt?

  public init(progress: (@Sendable (QueryProgress) -> Void)? = nil, interrupt: QueryInterrupt? = nil) {
    self.progress = progress
    self.interrupt = interrupt
  }

  public func run(_ queries: [QueryRequest], on settings: ConnectionSettings, maxBytes: Int)
    throws(SourceFailure)
    -> [QueryResult]
  {
    let session = PostgresSession(
      settings: settings, maxBytes: maxBytes, progress: progress, interrupt: interrupt)
    let box = NIOLockedValueBox<Result<[QueryResult], SourceFailure>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
      let outcome = await session.run(queries)
      box.withLockedValue { $0 = outcome }
      done.signal()
    }
    done.wait()
    switch box.withLockedValue({ $0 }) {
    case .success(let results)?: return results
    case .failure(let failure)?: throw failure
    case nil: throw SourceFailure(.lost, "the query session ended without an answer")
    }
  }
}
