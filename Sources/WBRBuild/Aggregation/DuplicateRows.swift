import WBRModel

/// Finds rows that repeat a day: the same date and the same values in the dimension columns
/// the config actually uses.
///
/// Long-format data legitimately has several rows per day, one per value of a dimension that
/// filter queries pick rows by (`Department == 'Sales'`); those are not duplicates. Every other
/// column tells no rows apart: a column no metric or filter reads (a load's `loaded_at`, a
/// batch id) differs between two loads of the same day, and counting it as a dimension would
/// hide a day loaded twice, whose sums then double. Duplicates are combined per aggf, as the
/// WBR App does, but warned about (naming such audit columns) and recorded in the deck, so
/// that the weeks holding them are marked `data.duplicate`.
enum DuplicateRows {
  /// The days (on or before W) with duplicate rows, ascending; warns when there are any.
  static func find(rows: DataRows, config: WBRConfig, log: inout BuildLog) -> [Day] {
    let table = rows.table
    let plan = CSVPlan(config)
    let dimensions = plan.dimensions
    let isRead = plan.isRead
    var dimColumns: [Int] = []
    var unused: [Int] = []
    for (c, name) in table.header.enumerated() where c != rows.dateColumn {
      if dimensions.contains(name) {
        dimColumns.append(c)
      } else if !isRead(name) {
        unused.append(c)
      }
    }
    var seen: [String: Int] = [:]
    var duplicates: [(day: Int32, row: Int, first: Int)] = []
    for r in rows.counted {
      var key = String(rows.rowDays[r])
      for c in dimColumns {
        key += "\u{1F}"
        key += table.string(row: r, column: c)
      }
      if let first = seen[key] {
        duplicates.append((rows.rowDays[r], r, first))
      } else {
        seen[key] = r
      }
    }
    guard let firstDuplicate = duplicates.first else { return [] }
    let shown = duplicates.prefix(5).map {
      "\(Day(ordinal: Int($0.day))) (\(table.rowNames($0.first, $0.row)))"
    }
    let dims =
      dimColumns.isEmpty ? "" : " and the same \(dimColumns.map { table.header[$0] }.joined(separator: ", "))"
    // Columns nothing reads that differ between duplicates: what hid them from a plain
    // comparison of rows.
    let differing = unused.filter { c in
      duplicates.contains { table.string(row: $0.row, column: c) != table.string(row: $0.first, column: c) }
    }
    let audit =
      differing.isEmpty
      ? ""
      : "; they differ only in \(differing.map { "'\(table.header[$0])'" }.joined(separator: ", ")), which no "
        + "metric or filter reads (an audit column?), so they count as the same day"
    let days = Set(duplicates.map(\.day)).sorted().map { Day(ordinal: Int($0)) }
    let at = table.rowPlace(firstDuplicate.row, file: rows.file)
    log.add(
      .csvDuplicateRows, at.file, line: at.line,
      "\(duplicates.count) row(s) on \(days.count) day(s) repeat a date\(dims): \(shown.joined(separator: ", "))"
        + (duplicates.count > 5 ? ", ..." : "")
        + "\(audit); they are combined per aggf (a sum adds them up), and signals of a rise in the weeks "
        + "holding them are marked data.duplicate")
    return days
  }
}
