import WBRModel

/// Finds rows that repeat a day: same date and same dimension values.
///
/// Long-format data legitimately has several rows per day, one per value of a dimension
/// column (`Country`); those are not duplicates. Dimension columns are the columns filter
/// queries read, plus the columns no metric reads whose first value is text. Two rows with the
/// same date and the same dimension values are duplicates: the WBR App silently adds them up;
/// we combine them the same way (per aggf) and say so.
enum DuplicateRows {
  static func warn(rows: DataRows, config: WBRConfig, log: inout BuildLog) {
    let table = rows.table
    var referenced = Set<String>()
    var dimensions = Set<String>()
    for m in config.metrics {
      switch m.source {
      case .column(let c): referenced.insert(c)
      case .filter(let base, let query, _):
        referenced.insert(base)
        dimensions.formUnion(query.columns)
      case .function: break
      }
    }
    var dimColumns: [Int] = []
    for (c, name) in table.header.enumerated() where c != rows.dateColumn {
      if dimensions.contains(name) {
        dimColumns.append(c)
      } else if !referenced.contains(name), !referenced.contains(where: { $0.hasSuffix("." + name) }) {
        if let r = rows.counted.first(where: { !table.range(row: $0, column: c).isEmpty }),
          case .invalid = NumberParser.parse(table.string(row: r, column: c))
        {
          dimColumns.append(c)
        }
      }
    }
    var seen: [String: Int] = [:]
    var duplicates: [(day: Day, line: Int, firstLine: Int)] = []
    for r in rows.counted {
      var key = String(rows.rowDays[r])
      for c in dimColumns {
        key += "\u{1F}"
        key += table.string(row: r, column: c)
      }
      let line = Int(table.rowLines[r])
      if let first = seen[key] {
        duplicates.append((Day(ordinal: Int(rows.rowDays[r])), line, first))
      } else {
        seen[key] = line
      }
    }
    guard !duplicates.isEmpty else { return }
    let shown = duplicates.prefix(5).map { "\($0.day) (lines \($0.firstLine) and \($0.line))" }
    let dims =
      dimColumns.isEmpty ? "" : " and the same \(dimColumns.map { table.header[$0] }.joined(separator: ", "))"
    log.warn(
      rows.file, line: duplicates[0].line,
      "\(duplicates.count) duplicate row(s) repeat a date\(dims): \(shown.joined(separator: ", "))"
        + (duplicates.count > 5 ? ", ..." : "")
        + "; they are combined per aggf (a sum adds them up)")
  }
}
