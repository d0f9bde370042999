/// One source of daily rows named in the config's `data_sources`, in the WBR App's order: the
/// connections and `csv_files` as written, each one's queries (or files) as written. Its name
/// prefixes its columns (`main_metrics.Impressions`), as the WBR App's data loader does.
public struct DataSource: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// `csv_files.<name>.url_or_path`.
    case csv(path: String)
    /// `<connection>.<name>.query`: SQL run on the named connection of the connections file.
    case query(connection: String, sql: String)
  }

  /// The query's or the CSV's key: the prefix of its columns.
  public var name: String
  public var kind: Kind
  /// Line of the name's key.
  public var line: Int
  /// Line of the connection's key (or of `csv_files`), for "no such connection".
  public var connectionLine: Int
  /// Line of the SQL text or of the path.
  public var valueLine: Int

  public init(name: String, kind: Kind, line: Int, connectionLine: Int, valueLine: Int) {
    self.name = name
    self.kind = kind
    self.line = line
    self.connectionLine = connectionLine
    self.valueLine = valueLine
  }

  /// The connection a query runs on; nil for a CSV file.
  public var connection: String? {
    if case .query(let c, _) = kind { return c }
    return nil
  }

  /// How messages name the source: `query 'main_metrics' on MyProdPostgres`, `CSV 'external'`.
  public var label: String {
    switch kind {
    case .csv: return "CSV '\(name)'"
    case .query(let c, _): return "query '\(name)' on \(c)"
    }
  }
}

/// The config's `annotations`: CSV files and queries whose rows are `Date`, `MetricName`,
/// `EventDescription` (the WBR App's "Noteworthy Events").
public struct AnnotationSources: Sendable, Equatable {
  public struct File: Sendable, Equatable {
    public var path: String
    public var line: Int
  }
  public var files: [File] = []
  public var queries: [DataSource] = []
  /// Line of `annotations:`.
  public var line: Int = 0

  public var isEmpty: Bool { files.isEmpty && queries.isEmpty }
}
