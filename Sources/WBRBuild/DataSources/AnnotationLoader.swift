import WBRModel

/// The config's `annotations` (the WBR App's "Noteworthy Events"): rows of `Date`,
/// `MetricName`, `EventDescription` from CSV files and queries, attached to the deck metric of
/// that name. Unlike the WBR App, every event up to the week under review is kept (not only
/// the last one per metric in the trailing six weeks): the meeting decides what to show.
struct AnnotationLoader {
  let loader: SourceLoader

  static let columns = ["Date", "MetricName", "EventDescription"]

  /// Events by metric name, in date order. `runQueries: false` (with `--data`) reads the CSV
  /// files only: no query runs when the daily data is given.
  func load(runQueries: Bool, log: inout BuildLog) throws(InputError) -> [String: [Annotation]] {
    let a = loader.config.annotations
    var tables: [(table: CSVTable, file: String)] = []
    for f in a.files {
      let path = loader.resolve(f.path)
      tables.append((try CSVReader.read(path: path, maxBytes: loader.limits.maxFileBytes), path))
    }
    if runQueries, !a.queries.isEmpty {
      let settings = try loader.connections(for: a.queries, log: &log)
      for (_, t) in try loader.run(a.queries, settings: settings) { tables.append((t, loader.configFile)) }
    }
    var events: [String: [Annotation]] = [:]
    var unknown: [String] = []
    var errors: [Diagnostic] = []
    let names = Set(loader.config.metrics.map(\.name))
    for (table, file) in tables where table.rowCount > 0 {
      let at = table.headerPlace(file: file)
      let missing = Self.columns.filter { table.column(named: $0) == nil }
      guard missing.isEmpty, let m = table.column(named: "MetricName"),
        let e = table.column(named: "EventDescription")
      else {
        errors.append(
          Diagnostic(
            .sourceAnnotationColumns, file: at.file, line: at.line,
            message:
              "\(at.subject)expected annotation columns Date, MetricName and EventDescription, found no "
              + missing.joined(separator: ", ")
              + " (columns: \(table.header.prefix(5).joined(separator: ", ")))"))
        continue
      }
      do {
        let dates = try DateColumn.read(table: table, file: file, order: loader.options.dateOrder, log: &log)
        for r in 0..<table.rowCount {
          let metric = table.string(row: r, column: m)
          guard names.contains(metric) else {
            if !unknown.contains(metric) { unknown.append(metric) }
            continue
          }
          events[metric, default: []].append(
            Annotation(date: Day(ordinal: Int(dates.days[r])), text: table.string(row: r, column: e)))
        }
      } catch {
        errors += error.diagnostics
      }
    }
    if !errors.isEmpty { throw InputError(kind: .refused, diagnostics: errors) }
    if !unknown.isEmpty {
      log.add(
        .sourceAnnotationMetric, loader.configFile, line: a.line,
        "\(unknown.count) annotation(s) name no metric of the config and are left out: "
          + unknown.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (unknown.count > 5 ? ", ..." : ""))
    }
    return events.mapValues { list in
      list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
  }
}
