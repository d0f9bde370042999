import NIOConcurrencyHelpers

/// Ctrl-C while queries run: `wbr` fires it from its signal source, and the runner cancels the
/// running query on the server (over a second connection, as psql does) instead of leaving it
/// running there after wbr has gone.
public final class QueryInterrupt: Sendable {
  private let state = NIOLockedValueBox(State())

  private struct State {
    var fired = false
    var handlers: [@Sendable () -> Void] = []
  }

  public init() {}

  /// Interrupts: runs every handler once.
  public func fire() {
    let handlers = state.withLockedValue { s -> [@Sendable () -> Void] in
      if s.fired { return [] }
      s.fired = true
      defer { s.handlers = [] }
      return s.handlers
    }
    for h in handlers { h() }
  }

  public var isFired: Bool { state.withLockedValue { $0.fired } }

  /// Runs `handler` when fired (at once if it already was).
  func onFire(_ handler: @escaping @Sendable () -> Void) {
    let now = state.withLockedValue { s -> Bool in
      if s.fired { return true }
      s.handlers.append(handler)
      return false
    }
    if now { handler() }
  }
}

/// What a long query has received so far, for a progress line on standard error.
public struct QueryProgress: Sendable {
  /// `query 'main_metrics' on MyProdPostgres`.
  public var label: String
  public var rows: Int
  public var seconds: Double
  /// The last report of this query.
  public var done: Bool
}
