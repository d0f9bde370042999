import WBRModel

/// Turns CSV columns into one value per day per metric (column and filter metrics).
///
/// Several rows for a day (long format, one row per dimension value) are combined with the
/// metric's aggf, as the WBR App's group-by does; rows that repeat the same day *and* the same
/// dimension values are duplicates, combined the same way but warned about, since a summed
/// duplicate double counts.
struct DailyBinder {
  let rows: DataRows
  let config: WBRConfig
  let configFile: String
  /// Parsed columns, cached when more than one metric reads them.
  private var cache: [Int: [Double]] = [:]
  private var uses: [Int: Int] = [:]

  init(rows: DataRows, config: WBRConfig, configFile: String) {
    self.rows = rows
    self.config = config
    self.configFile = configFile
  }

  /// Finds a column by name; `main_metrics.Impressions` (the WBR App's database form) falls
  /// back to `Impressions` with a warning.
  func column(_ name: String, metric: MetricDefinition, log: inout BuildLog) -> Int? {
    if let c = rows.table.column(named: name) { return c }
    if let dot = name.firstIndex(of: "."),
      let c = rows.table.column(named: String(name[name.index(after: dot)...]))
    {
      log.add(
        .configColumnPrefix, configFile, line: metric.sourceLine,
        "metric '\(metric.name)': column '\(name)' read as '\(rows.table.header[c])' (query prefix dropped)")
      return c
    }
    let lower = name.lowercased()
    let near = rows.table.header.filter { $0.lowercased() == lower || $0.lowercased().contains(lower) }
      .prefix(3)
    let hint = near.isEmpty ? "" : " (did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?)"
    log.add(
      .configUnknownColumn, configFile, line: metric.sourceLine,
      "metric '\(metric.name)': expected a column named '\(name)' in \(rows.name), found none\(hint)")
    return nil
  }

  /// Daily values of `metric` (NaN = no value that day), or nil after logging an error.
  mutating func daily(_ metric: MetricDefinition, log: inout BuildLog) -> [Double]? {
    let how = metric.aggregation ?? .sum
    switch metric.source {
    case .column(let name):
      guard let c = column(name, metric: metric, log: &log) else { return nil }
      guard let values = parsed(c, log: &log) else { return nil }
      return combine(values, how: how, mask: nil)
    case .filter(let base, let query, let text):
      guard let c = column(base, metric: metric, log: &log) else { return nil }
      var cols: [String: Int] = [:]
      for name in query.columns where cols[name] == nil {
        guard let qc = rows.table.column(named: name) else {
          log.add(
            .configUnknownColumn, configFile, line: metric.sourceLine,
            "metric '\(metric.name)': filter query \"\(text)\" reads column '\(name)', which is not in \(rows.name)"
          )
          return nil
        }
        cols[name] = qc
      }
      guard let values = parsed(c, log: &log) else { return nil }
      let table = rows.table
      var mask = [Bool](repeating: false, count: table.rowCount)
      for r in rows.counted {
        mask[r] = query.matches { name in Substring(table.string(row: r, column: cols[name] ?? 0)) }
      }
      return combine(values, how: how, mask: mask)
    case .function:
      return nil
    }
  }

  /// The daily values of a `<column>__Target` column, aggregated like the metric.
  mutating func targetDaily(_ metric: MetricDefinition, log: inout BuildLog) -> (String, [Double])? {
    guard case .column(let name) = metric.source else { return nil }
    let base = name.split(separator: ".").last.map(String.init) ?? name
    for suffix in ["__Target", "__target"] {
      if let c = rows.table.column(named: base + suffix) ?? rows.table.column(named: name + suffix),
        let values = parsed(c, log: &log)
      {
        return (rows.table.header[c], combine(values, how: metric.aggregation ?? .sum, mask: nil))
      }
    }
    return nil
  }

  /// Counts how many metrics read each column, so that shared columns are parsed once.
  mutating func noteUse(_ column: Int) { uses[column, default: 0] += 1 }

  /// One value per row of column `c`; logs (at most 10) cells that are not numbers.
  mutating func parsed(_ c: Int, log: inout BuildLog) -> [Double]? {
    if let v = cache[c] { return v }
    let table = rows.table
    var out = [Double](repeating: .nan, count: table.rowCount)
    var bad = 0
    let cells = table.numbers(column: c)
    for r in rows.counted {
      switch cells.map({ Cell.result($0[r]) }) ?? table.number(row: r, column: c) {
      case .value(let v) where v.isFinite: out[r] = v
      case .value:
        bad += 1
        if bad <= 10 {
          let at = table.place(row: r, column: c, file: rows.file)
          log.add(
            .csvNumberRange, at.file, line: at.line, column: at.column,
            "\(at.subject): expected a number within ±1.8e308, found '\(table.string(row: r, column: c))'")
        }
      case .missing: break
      case .invalid:
        bad += 1
        if bad <= 10 {
          let at = table.place(row: r, column: c, file: rows.file)
          log.add(
            .csvNotANumber, at.file, line: at.line, column: at.column,
            "\(at.subject): expected a number, found '\(table.string(row: r, column: c))'\(Self.castHint(at))"
          )
        }
      }
    }
    if bad > 10 { log.append(.omitted(bad - 10, .error, file: table.origin?.file ?? rows.file)) }
    if bad > 0 { return nil }
    if uses[c, default: 0] > 1 { cache[c] = out }
    return out
  }

  /// For a query's cell: how to make the server send a number.
  static func castHint(_ at: CellPlace) -> String {
    at.subject.hasPrefix("query ")
      ? " (a number, or NULL for a missing value, is expected: cast it in the query)" : ""
  }

  /// Combines rows into days with `how`; rows outside `mask` (when given) do not count.
  func combine(_ values: [Double], how: Aggregation, mask: [Bool]?) -> [Double] {
    let n = rows.hasRow.count
    var day = [Double](repeating: .nan, count: n)
    var count = [Int32](repeating: 0, count: how == .mean ? n : 0)
    var lists: [Int: [Double]] = [:]
    let first = Int32(rows.firstDay.ordinal)
    for r in rows.counted {
      if let mask, !mask[r] { continue }
      let v = values[r]
      if v.isNaN { continue }
      let d = Int(rows.rowDays[r] - first)
      let old = day[d]
      if old.isNaN {
        day[d] = v
        if how == .mean { count[d] = 1 }
        if how == .median { lists[d] = [v] }
        continue
      }
      switch how {
      case .sum: day[d] = old + v
      case .mean:
        day[d] = old + v
        count[d] += 1
      case .min: day[d] = Swift.min(old, v)
      case .max: day[d] = Swift.max(old, v)
      case .first: break
      case .last: day[d] = v
      case .median: lists[d, default: []].append(v)
      }
    }
    if how == .mean {
      for d in 0..<n where count[d] > 1 { day[d] /= Double(count[d]) }
    }
    if how == .median {
      for (d, var xs) in lists where xs.count > 1 { day[d] = PeriodAggregator.median(&xs) ?? .nan }
    }
    return day
  }
}
