import Foundation
import WBRModel
import WBRStore

/// Reads the config's `data_sources` as the WBR App does: every CSV of `csv_files` and the
/// result of every query, each with its `Date` column read and its columns prefixed with its
/// name, merged on `Date` (`SourceMerge`). Everything that can be checked before a query runs
/// is checked first (the connections, their settings, the CSV files), so a typo never costs a
/// slow query; a query's failure is reported at its line in the config.
struct SourceLoader {
  let config: WBRConfig
  let configFile: String
  let access: SourceAccess
  let limits: LoadOptions
  let options: BuildOptions

  /// The merged daily table.
  func load(log: inout BuildLog) throws(InputError) -> CSVTable {
    let sources = config.dataSources
    guard !sources.isEmpty else {
      throw InputError(
        kind: .refused,
        diagnostics: [
          Diagnostic(
            .configMissingKey, file: configFile,
            message: "expected data_sources naming the daily data's queries or CSV files, found none; pass "
              + "--data daily.csv (or --data - to read standard input)")
        ])
    }
    let settings = try connections(for: sources, log: &log)
    var tables: [Int: CSVTable] = [:]
    for (i, s) in sources.enumerated() {
      guard case .csv(let path) = s.kind else { continue }
      tables[i] = try CSVReader.read(
        path: resolve(path), maxBytes: limits.maxFileBytes, separator: options.separator)
    }
    for (i, t) in try run(sources, settings: settings) { tables[i] = t }
    var parts: [SourceMerge.Part] = []
    var errors: [Diagnostic] = []
    for (i, s) in sources.enumerated() {
      guard let table = tables[i] else { continue }
      let file: String
      if case .csv(let path) = s.kind { file = resolve(path) } else { file = configFile }
      if table.rowCount == 0, s.connection != nil {
        errors.append(
          Diagnostic(
            .sourceEmptyResult, file: configFile, line: s.valueLine,
            message:
              "\(s.label) returned no rows: expected daily rows with a Date column (is the table empty, "
              + "or does a WHERE clause leave out every day?)"))
        continue
      }
      do {
        let dates = try DateColumn.read(table: table, file: file, order: options.dateOrder, log: &log)
        let place =
          if case .part(let p)? = table.origin?.layout { p } else {
            PartPlace(file: file, line: 0, query: nil, rowLines: table.rowLines, header: table.header)
          }
        parts.append(SourceMerge.Part(source: s, table: table, dates: dates, place: place))
      } catch {
        errors += error.diagnostics
      }
    }
    if !errors.isEmpty { throw InputError(kind: .refused, diagnostics: errors) }
    return SourceMerge.merge(
      parts, name: "the data_sources of \(configFile)", file: configFile, line: config.dataSourcesLine,
      configFile: configFile, log: &log)
  }

  /// A path of the config, relative to the config's folder.
  func resolve(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let folder = (configFile as NSString).deletingLastPathComponent
    return folder.isEmpty ? path : folder + "/" + path
  }

  /// The settings of every connection the queries use, checked before any runs.
  func connections(for sources: [DataSource], log: inout BuildLog) throws(InputError) -> [String:
    ConnectionSettings]
  {
    let used = sources.compactMap(\.connection)
    guard !used.isEmpty else { return [:] }
    let path: String
    if let given = access.connectionsPath {
      path = given
    } else if let url = config.setup.dbConfigURL {
      if url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") {
        throw InputError(
          kind: .refused,
          diagnostics: [
            Diagnostic(
              .sourceUnsupported, file: configFile, line: config.setup.dbConfigURLLine,
              message:
                "setup.db_config_url is a URL: wbr reads the connections file from a path (download it, "
                + "or pass --connections FILE)")
          ])
      }
      path = resolve(url)
    } else {
      let first = sources.first { $0.connection != nil }
      throw InputError(
        kind: .refused,
        diagnostics: [
          Diagnostic(
            .configMissingKey, file: configFile, line: first?.connectionLine ?? config.dataSourcesLine,
            message: "data_sources uses the connection '\(first?.connection ?? "")': expected "
              + "setup.db_config_url naming the connections file (or --connections FILE), found none")
        ])
    }
    let file = try ConnectionsFile.read(path: path, maxBytes: limits.maxFileBytes, log: &log)
    var out: [String: ConnectionSettings] = [:]
    var reported = Set<String>()
    for s in sources {
      guard let name = s.connection, out[name] == nil, !reported.contains(name) else { continue }
      reported.insert(name)
      guard let entry = file.entry(named: name) else {
        let known = file.entries.map { "'\($0.name)'" }.joined(separator: ", ")
        log.add(
          .sourceUnknownConnection, configFile, line: s.connectionLine,
          "data_sources names the connection '\(name)', which is not in \(path) (it has "
            + (known.isEmpty ? "none" : known) + ")")
        continue
      }
      if let settings = access.resolver.settings(
        entry, file: file, usedBy: (configFile, s.connectionLine), log: &log)
      {
        out[name] = settings
      }
    }
    try log.throwIfErrors()
    return out
  }

  /// Runs the queries, one connection each (in the order the config first names them); the
  /// results as tables whose places name the query's line.
  func run(_ sources: [DataSource], settings: [String: ConnectionSettings]) throws(InputError) -> [(
    Int, CSVTable
  )] {
    var order: [String] = []
    for s in sources { if let c = s.connection, !order.contains(c) { order.append(c) } }
    guard !order.isEmpty else { return [] }
    guard let runner = access.runner else {
      throw InputError(
        kind: .refused,
        diagnostics: [
          Diagnostic(
            .sourceUnsupported, file: configFile, line: config.dataSourcesLine,
            message: "this build cannot run queries; pass --data with the daily CSV")
        ])
    }
    var out: [(Int, CSVTable)] = []
    for name in order {
      guard let connection = settings[name] else { continue }
      let mine = sources.enumerated().filter { $0.element.connection == name }
      let requests = mine.map { (_, s) -> QueryRequest in
        guard case .query(_, let sql) = s.kind else { return QueryRequest(sql: "", label: s.label) }
        return QueryRequest(sql: sql, label: s.label)
      }
      do throws(SourceFailure) {
        let results = try runner.run(requests, on: connection, maxBytes: limits.maxFileBytes)
        for ((i, s), result) in zip(mine, results) {
          var result = result
          if connection.flavor == .redshift { result.lowercaseColumns() }
          out.append((i, result.table(query: s.label, file: configFile, line: s.valueLine)))
        }
      } catch {
        let at = error.query.flatMap { $0 < mine.count ? mine[$0].element : nil }
        throw SourceFailures.diagnose(
          error, source: at, connection: connection, usedAt: mine.first?.element.connectionLine ?? 0,
          configFile: configFile)
      }
    }
    return out
  }
}
