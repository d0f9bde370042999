import ArgumentParser
import Dispatch
import Foundation
import WBRBuild
import WBRModel
import WBRPostgres
import WBRStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where `build`, `check`, `report` and `meet` take the daily data from: `--data FILE`,
/// `--data -` (standard input: any warehouse's CLI piped in), or, without `--data`, the
/// config's `data_sources`, whose queries run through WBRPostgres with their progress on
/// standard error (on a terminal) and Ctrl-C cancelling them on the server.
enum DailyData {
  /// Builds the deck from `config` and the data `data` names.
  static func build(
    config: String, data: String?, limits: LoadOptions, flags: BuildFlags, showProgress: Bool
  ) throws(InputError) -> (Deck, [Diagnostic]) {
    let input: DataInput
    // `-` is standard input, read by the CSV reader (DeckSource.validateData refuses a terminal).
    switch data {
    case nil: input = .configSources
    case let path?: input = .file(path)
    }
    let interrupt = QueryInterrupt()
    let progress: (@Sendable (QueryProgress) -> Void)? = showProgress && isatty(2) == 1 ? Self.show : nil
    let access = SourceAccess(
      runner: PostgresRunner(progress: progress, interrupt: interrupt),
      resolver: ConnectionResolver(environment: ProcessInfo.processInfo.environment, osUser: loginName()),
      connectionsPath: flags.connections)
    let guardian = input == .configSources ? InterruptSource(interrupt) : nil
    defer { guardian?.remove() }
    return try DeckBuilder.build(
      configPath: config, data: input, limits: limits, options: flags.options, access: access)
  }

  /// A long query's rows received, on one line of the terminal, rewritten in place; a query
  /// that took a second or more leaves one line with its total.
  @Sendable static func show(_ p: QueryProgress) {
    guard p.seconds >= 1 else { return }
    let s = String(format: "%.1f", p.seconds)
    let line =
      p.done
      ? "\(p.label): \(p.rows) rows received in \(s) s" : "\(p.label): \(p.rows) rows received (\(s) s)"
    _ = Console.put(
      Array(("\r\u{1B}[K" + SafeText.clean(line) + (p.done ? "\n" : "")).utf8), to: Console.standardError)
  }

  /// libpq's default user: the login name.
  static func loginName() -> String {
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
    return ProcessInfo.processInfo.environment["USER"] ?? "postgres"
  }
}

/// Ctrl-C while the config's queries run: the first interrupts them (the runner cancels the
/// running query on the server, and the build ends with status 130); a second one ends wbr at
/// once. Installed only around a build from `data_sources`.
final class InterruptSource {
  private let source: DispatchSourceSignal

  init(_ interrupt: QueryInterrupt) {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      if interrupt.isFired { _exit(130) }
      _ = Console.put(
        Array("\r\u{1B}[Kinterrupted: cancelling the query on the server (Ctrl-C again to quit now)\n".utf8),
        to: Console.standardError)
      interrupt.fire()
    }
    source.resume()
  }

  func remove() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
