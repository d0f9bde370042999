/// Runs the SQL of `data_sources` on a database server. WBRBuild holds no network code: the
/// `wbr` executable hands in WBRPostgres's runner (PostgreSQL and Redshift), tests hand in
/// their own, and a build without one refuses queries with a clear message.
public protocol QueryRunner {
  /// Runs `queries` in order over one connection made with `settings`. Each result's cells are
  /// the server's values as text (NULL as a blank, which the CSV reader reads as missing); a
  /// result past `maxBytes` stops the run. The failure names the query it stopped at.
  func run(_ queries: [QueryRequest], on settings: ConnectionSettings, maxBytes: Int) throws(SourceFailure)
    -> [QueryResult]
}

/// One query to run: its SQL, and how progress and messages name it.
public struct QueryRequest: Sendable, Equatable {
  public var sql: String
  /// `query 'main_metrics' on MyProdPostgres`.
  public var label: String

  public init(sql: String, label: String) {
    self.sql = sql
    self.label = label
  }
}

/// A query's result: column names and the cells as text, row by row, laid out as the CSV
/// reader lays out a file (one byte buffer, a range per cell), so that both paths read numbers
/// and dates with the same code and give the same deck.
public struct QueryResult: Sendable {
  public private(set) var columns: [String]
  private(set) var bytes: [UInt8] = []
  private(set) var starts: [Int32] = []
  private(set) var ends: [Int32] = []
  public private(set) var rowCount = 0
  private var cellInRow = 0

  public init(columns: [String]) { self.columns = columns }

  /// Bytes held so far (for the size bound).
  public var byteCount: Int { bytes.count }

  /// The next cell, row by row, written by `write` straight into the result's bytes (which
  /// it may only append to); a cell `write` leaves empty is NULL (missing).
  public mutating func appendCell<E: Error>(_ write: (inout [UInt8]) throws(E) -> Void) throws(E) {
    let start = Int32(truncatingIfNeeded: bytes.count)
    try write(&bytes)
    starts.append(start)
    ends.append(Int32(truncatingIfNeeded: bytes.count))
    cellInRow += 1
    if cellInRow == columns.count {
      cellInRow = 0
      rowCount += 1
    }
  }

  /// The next cell, row by row: its text (UTF-8), or nil for NULL.
  public mutating func append<C: Collection>(_ text: C?) where C.Element == UInt8 {
    let start = Int32(truncatingIfNeeded: bytes.count)
    if let text { bytes.append(contentsOf: text) }
    starts.append(start)
    ends.append(Int32(truncatingIfNeeded: bytes.count))
    cellInRow += 1
    if cellInRow == columns.count {
      cellInRow = 0
      rowCount += 1
    }
  }

  /// Redshift's column names, as the WBR App's connector gives them: lower case, with `date`
  /// written `Date`.
  mutating func lowercaseColumns() {
    columns = columns.map { $0.lowercased() == "date" ? "Date" : $0.lowercased() }
  }

  /// The result as a table whose places name the query (`file` and `line`: where it is written).
  func table(query label: String, file: String, line: Int) -> CSVTable {
    let n = rowCount * columns.count
    let place = PartPlace(file: file, line: line, query: label, rowLines: [], header: columns)
    return CSVTable.fromCells(
      bytes: bytes, header: columns, rowLines: (0..<rowCount).map { Int32($0 + 1) },
      starts: Array(starts.prefix(n)), ends: Array(ends.prefix(n)),
      escaped: [UInt8](repeating: 0, count: n),
      origin: TableOrigin(name: label, file: file, line: line, layout: .part(place)))
  }
}

/// Why a query could not be run or read, in the server's words where it gave any (never with a
/// password in them).
public struct SourceFailure: Error, Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// The server could not be reached, or refused the session (TLS, an unknown database).
    case connect
    /// The password was refused, or the server asked for one and there is none.
    case auth
    /// The server refused the query (its SQL, a missing table, a permission).
    case query
    /// The connection went away while the query ran.
    case lost
    /// `statement_timeout` ended the query, or the server stopped answering.
    case timeout
    /// Interrupted (Ctrl-C): the query was cancelled on the server.
    case cancelled
    /// The result is larger than the size bound.
    case tooLarge
    /// A column of a type wbr cannot turn into text (cast it in the query).
    case columnType
  }

  public var kind: Kind
  public var message: String
  /// The query it stopped at (an index into the run's queries); nil when the connection failed
  /// before any ran.
  public var query: Int?
  /// For `.query`: the character of the SQL the server points at (1-based), if it said.
  public var position: Int?

  public init(_ kind: Kind, _ message: String, query: Int? = nil, position: Int? = nil) {
    self.kind = kind
    self.message = message
    self.query = query
    self.position = position
  }
}
