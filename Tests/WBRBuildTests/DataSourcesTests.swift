import Foundation
import Testing
import WBRModel

@testable import WBRBuild

/// A runner that answers from a table of canned results (or a failure), and records what ran.
final class CannedRunner: QueryRunner {
  var results: [String: (columns: [String], rows: [[String?]])] = [:]
  var failure: SourceFailure?
  private(set) var ran: [(sql: String, settings: ConnectionSettings)] = []

  func run(_ queries: [QueryRequest], on settings: ConnectionSettings, maxBytes: Int) throws(SourceFailure)
    -> [QueryResult]
  {
    if let failure { throw failure }
    return queries.map { q in
      ran.append((q.sql, settings))
      let canned = results[q.sql] ?? (["Date"], [])
      var r = QueryResult(columns: canned.columns)
      for row in canned.rows { for cell in row { r.append(cell.map { Array($0.utf8) }) } }
      return r
    }
  }
}

/// `wbr build` from the config's `data_sources` (issue #16): the WBR App's merge on `Date`, its
/// column prefixes, its connections file, and a located message for every failure.
@Suite struct DataSourcesTests {
  let dir: URL

  init() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("wbr-sources-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
    let path = dir.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    return path
  }

  static let setup = "setup:\n  week_ending: 2024-03-09\n  title: T\n"

  /// 2024-02-01 … 2024-03-09, one row a day: "date,value(i)".
  static func days(_ value: (Int) -> String) -> [String] {
    let start = Day(year: 2024, month: 2, day: 1)!
    return (0..<38).map { "\(start.adding(days: $0)),\(value($0))" }
  }

  func build(
    _ config: String, runner: CannedRunner? = nil, environment: [String: String] = [:],
    data: DataInput = .configSources
  ) throws(InputError) -> (Deck, [Diagnostic]) {
    let path = (try? write("wbr.yaml", config)) ?? ""
    var resolver = ConnectionResolver(environment: environment, osUser: "me")
    resolver.pgpassPath = nil
    return try DeckBuilder.build(
      configPath: path, data: data, access: SourceAccess(runner: runner, resolver: resolver))
  }

  func refusal(_ config: String, runner: CannedRunner? = nil, environment: [String: String] = [:])
    -> InputError?
  {
    do {
      _ = try build(config, runner: runner, environment: environment)
      return nil
    } catch {
      return error
    }
  }

  /// Two CSV files of `csv_files` give the same deck as one CSV with both columns, read
  /// through the prefixed names the WBR App gives them.
  @Test func csvFilesAreMergedOnDateAndPrefixed() throws {
    _ = try write("a.csv", "Date,Sales\n" + Self.days { "\($0)" }.joined(separator: "\n") + "\n")
    _ = try write(
      "b.csv", "Date,Visits\n" + Self.days { "\($0 * 2)" }.reversed().joined(separator: "\n") + "\n")
    let metrics = """
      metrics:
        Sales:
          column: orders.Sales
          aggf: sum
        Visits:
          column: web.Visits
          aggf: sum

      """
    let (merged, warnings) = try build(
      Self.setup + "data_sources:\n  csv_files:\n    orders:\n      url_or_path: a.csv\n    web:\n"
        + "      url_or_path: b.csv\n" + metrics)
    #expect(!warnings.contains { $0.code == .configColumnPrefix })
    let both = Self.days { "\($0),\($0 * 2)" }
    let one = try write("one.csv", "Date,orders.Sales,web.Visits\n" + both.joined(separator: "\n") + "\n")
    let (single, _) = try build(Self.setup + metrics, data: .file(one))
    #expect(DeckWriter.write(merged) == DeckWriter.write(single))
    let lastWeek: [Double?] = merged.metrics.map { $0.weekly.last?.value ?? nil }
    let expected: [Double?] = [238, 476]  // days 31…37: 31 + … + 37 = 238
    #expect(lastWeek == expected)
  }

  /// The hybrid join: each source's first row of a date joins the others'; further rows of a
  /// date stand alone (blank elsewhere), and a date missing from a source is blank there.
  @Test func theMergeJoinsFirstRowsAndKeepsFurtherOnes() throws {
    let runner = CannedRunner()
    let start = Day(year: 2024, month: 3, day: 3)!
    runner.results["A"] = (["Date", "x"], (0..<7).map { [start.adding(days: $0).description, "1"] })
    var b: [[String?]] = (0..<7).map { [start.adding(days: $0).description, "10"] }
    b.append([start.adding(days: 6).description, "100"])  // a second row on the last day
    b.removeFirst()  // no row on the first day
    runner.results["B"] = (["Date", "y"], b)
    _ = try write("conn.yaml", "connections:\n  - name: P\n    type: postgres\n    config:\n      host: h\n")
    let config =
      Self.setup
      + "  db_config_url: conn.yaml\ndata_sources:\n  P:\n    q1:\n      query: A\n    q2:\n      query: B\n"
      + "metrics:\n  X:\n    column: q1.x\n    aggf: sum\n  Y:\n    column: q2.y\n    aggf: sum\n  "
      + "LastY:\n    column: q2.y\n    aggf: last\n"
    let (deck, _) = try build(config, runner: runner)
    let week: [Double?] = deck.metrics.map { $0.weekly.last?.value ?? nil }
    let expected: [Double?] = [7, 160, 100]
    #expect(week == expected)
    #expect(runner.ran.map(\.sql) == ["A", "B"] && runner.ran.first?.settings.host == "h")
  }

  @Test func failuresAreLocated() throws {
    _ = try write(
      "conn.yaml",
      "connections:\n  - name: P\n    type: postgres\n    config:\n      host: h\n      password: ${NOPE}\n"
        + "  - name: S\n    type: snowflake\n    config:\n      account: a\n")
    let q = "data_sources:\n  P:\n    q1:\n      query: A\n"
    let metrics = "metrics:\n  X:\n    column: q1.x\n    aggf: sum\n"
    // No db_config_url.
    var e = try #require(refusal(Self.setup + q + metrics, runner: CannedRunner()))
    #expect(e.diagnostics.first?.code == .configMissingKey && e.diagnostics.first?.line == 5)
    // A URL.
    e = try #require(refusal(Self.setup + "  db_config_url: https://x/c.yaml\n" + q + metrics))
    #expect(e.diagnostics.first?.code == .sourceUnsupported && e.diagnostics.first?.line == 4)
    // An unknown connection, and an unset variable.
    let withFile = Self.setup + "  db_config_url: conn.yaml\n"
    e = try #require(refusal(withFile + q.replacingOccurrences(of: "  P:", with: "  Q:") + metrics))
    #expect(e.diagnostics.first?.code == .sourceUnknownConnection)
    #expect(e.diagnostics.first?.message.contains("'P', 'S'") == true && e.diagnostics.first?.line == 6)
    e = try #require(refusal(withFile + q + metrics, runner: CannedRunner()))
    #expect(e.diagnostics.first?.code == .sourceUnsetVariable && e.diagnostics.first?.line == 6)
    #expect(e.diagnostics.first?.file.hasSuffix("conn.yaml") == true)
    // Snowflake points to the recipe.
    e = try #require(refusal(withFile + q.replacingOccurrences(of: "  P:", with: "  S:") + metrics))
    #expect(
      e.diagnostics.first?.code == .sourceUnsupported
        && e.diagnostics.first?.message.contains("SOURCES.md") == true)
  }

  @Test func serverAnswersAreLocatedToTheQuery() throws {
    _ = try write("conn.yaml", "connections:\n  - name: P\n    type: postgres\n    config:\n      host: h\n")
    let config =
      Self.setup
      + "  db_config_url: conn.yaml\ndata_sources:\n  P:\n    q1:\n      query: >\n        SELECT d AS \"Date\", x\n"
      + "        FROM t\nmetrics:\n  X:\n    column: q1.x\n    aggf: sum\n"
    let runner = CannedRunner()
    runner.failure = SourceFailure(.query, "relation \"t\" does not exist (42P01)", query: 0, position: 23)
    var e = try #require(refusal(config, runner: runner))
    #expect(e.kind == .refused && e.diagnostics.first?.code == .sourceQuery && e.diagnostics.first?.line == 8)
    #expect(e.diagnostics.first?.message.contains("at character 23: 'FROM t'") == true)
    runner.failure = SourceFailure(.lost, "the server closed the connection", query: 0)
    e = try #require(refusal(config, runner: runner))
    #expect(e.kind == .missing && e.diagnostics.first?.code == .sourceLost)
    // Text where a number is expected: the row and column of the result, at the query's line.
    runner.failure = nil
    let start = Day(year: 2024, month: 3, day: 3)!
    runner.results["SELECT d AS \"Date\", x FROM t\n"] = (
      ["Date", "x"], (0..<7).map { [start.adding(days: $0).description, $0 == 4 ? "n/a!" : "1"] }
    )
    e = try #require(refusal(config, runner: runner))
    #expect(e.diagnostics.first?.code == .csvNotANumber && e.diagnostics.first?.line == 8)
    #expect(
      e.diagnostics.first?.message.hasPrefix(
        "query 'q1' on P, row 5, column 'x': expected a number, found 'n/a!'")
        == true)
    // An empty result.
    runner.results["SELECT d AS \"Date\", x FROM t\n"] = (["Date", "x"], [])
    e = try #require(refusal(config, runner: runner))
    #expect(e.diagnostics.first?.code == .sourceEmptyResult)
    // No Date column.
    runner.results["SELECT d AS \"Date\", x FROM t\n"] = (["d", "x"], [["2024-03-03", "1"]])
    e = try #require(refusal(config, runner: runner))
    #expect(e.diagnostics.first?.code == .csvNoDateColumn && e.diagnostics.first?.line == 8)
  }

  @Test func secretsComeFromTheEnvironmentAndPlainOnesAreWarnedAbout() throws {
    var log = BuildLog()
    let text =
      "connections:\n  - name: P\n    type: postgres\n    config:\n      password: ${PW}\n      port: 6000\n"
    var file = try ConnectionsFile.parse(text, path: "c.yaml", log: &log)
    file.worldReadable = true
    var resolver = ConnectionResolver(
      environment: ["PW": "s3cret", "PGHOST": "db", "PGUSER": "u"], osUser: "me")
    resolver.pgpassPath = nil
    let entry = try #require(file.entries.first)
    let s = try #require(resolver.settings(entry, file: file, usedBy: ("w.yaml", 3), log: &log))
    #expect(s.password == "s3cret" && s.host == "db" && s.user == "u" && s.database == "u" && s.port == 6000)
    #expect(s.sslMode == .prefer && log.diagnostics.isEmpty)
    #expect(!"\(s)".contains("s3cret") && !String(reflecting: s).contains("s3cret"))
    let plain = try ConnectionsFile.parse(
      text.replacingOccurrences(of: "${PW}", with: "hunter2"), path: "c.yaml", log: &log)
    var open = plain
    open.worldReadable = true
    let openEntry = try #require(open.entries.first)
    _ = resolver.settings(openEntry, file: open, usedBy: ("w.yaml", 3), log: &log)
    #expect(log.diagnostics.map(\.code) == [.sourcePlainPassword] && log.diagnostics.first?.line == 5)
    #expect(!log.diagnostics.contains { $0.message.contains("hunter2") })
  }

  @Test func pgpassMatchesLikeLibpq() {
    let text = "# comment\nother:5432:*:u:no\ndb:5432:wbr:u:pa\\:ss\n*:*:*:*:fallback\n"
    #expect(PGPass.password(in: text, host: "db", port: 5432, database: "wbr", user: "u") == "pa:ss")
    #expect(PGPass.password(in: text, host: "x", port: 1, database: "y", user: "z") == "fallback")
    #expect(
      PGPass.password(in: "db:5432:wbr:u:p\n", host: "db", port: 5433, database: "wbr", user: "u") == nil)
  }

  @Test func redshiftDefaultsDiffer() throws {
    var log = BuildLog()
    let file = try ConnectionsFile.parse(
      "connections:\n  - name: R\n    type: redshift\n    config:\n      host: c.redshift\n      statement_timeout: 30s\n",
      path: "c.yaml", log: &log)
    var resolver = ConnectionResolver(environment: [:], osUser: "me")
    resolver.pgpassPath = nil
    let entry = try #require(file.entries.first)
    let s = try #require(resolver.settings(entry, file: file, usedBy: ("w", 1), log: &log))
    #expect(s.port == 5439 && s.sslMode == .require && s.statementTimeoutMilliseconds == 30_000)
  }

  /// Redshift's columns come in lower case, `date` as `Date`, as the WBR App's connector gives
  /// them; its port and TLS default differ.
  @Test func redshiftColumnsAreLowerCase() throws {
    let runner = CannedRunner()
    let start = Day(year: 2024, month: 3, day: 3)!
    runner.results["Q"] = (
      ["DATE", "Impressions"], (0..<7).map { [start.adding(days: $0).description, "2"] }
    )
    _ = try write("conn.yaml", "connections:\n  - name: R\n    type: redshift\n    config:\n      host: h\n")
    let config =
      Self.setup + "  db_config_url: conn.yaml\ndata_sources:\n  R:\n    q:\n      query: Q\n"
      + "metrics:\n  I:\n    column: q.impressions\n    aggf: sum\n"
    let (deck, _) = try build(config, runner: runner)
    #expect(deck.metrics.first?.weekly.last?.value == 14)
    #expect(runner.ran.first?.settings.port == 5439 && runner.ran.first?.settings.sslMode == .require)
  }

  @Test func annotationsAttachToTheirMetrics() throws {
    _ = try write("d.csv", "Date,Sales\n" + Self.days { "\($0)" }.joined(separator: "\n") + "\n")
    _ = try write(
      "events.csv",
      "Date,MetricName,EventDescription\n2024-03-08,Sales,Promotion\n2024-02-02,Sales,Outage\n2024-03-05,Nope,x\n"
        + "2024-04-01,Sales,Later\n")
    let (deck, warnings) = try build(
      Self.setup + "annotations:\n  - events.csv\nmetrics:\n  Sales:\n    column: Sales\n    aggf: sum\n",
      data: .file(dir.appendingPathComponent("d.csv").path))
    #expect(deck.metrics.first?.annotations.map(\.text) == ["Outage", "Promotion"])
    #expect(warnings.contains { $0.code == .sourceAnnotationMetric && $0.message.contains("'Nope'") })
  }
}
