import Foundation

/// What a build needs to reach the config's `data_sources`: the query runner (WBRPostgres's,
/// handed in by the `wbr` executable), how connections are resolved (the environment and the
/// password file), and `--connections`, a connections file instead of `setup.db_config_url`.
public struct SourceAccess {
  public var runner: (any QueryRunner)?
  public var resolver: ConnectionResolver
  public var connectionsPath: String?

  public init(runner: (any QueryRunner)?, resolver: ConnectionResolver, connectionsPath: String? = nil) {
    self.runner = runner
    self.resolver = resolver
    self.connectionsPath = connectionsPath
  }

  /// No runner: queries are refused; CSV sources are still read.
  public static var filesOnly: SourceAccess {
    SourceAccess(runner: nil, resolver: ConnectionResolver(environment: [:], osUser: "wbr"))
  }
}

/// Where `wbr build` takes the daily data from.
public enum DataInput: Sendable, Equatable {
  /// A CSV file (`--data PATH`; `-` is standard input).
  case file(String)
  /// The config's `data_sources` (no `--data`).
  case configSources
}
