import WBRModel

/// The WBR App's merge of its sources on `Date` (its data loader's "hybrid join"), so that a
/// config gives the same rows here as there:
///
/// - every column but `Date` is prefixed with its source's name (`main_metrics.Impressions`);
///   a name already taken gets `_srcN` (N: the source's place, from 1), with a warning;
/// - each source's rows are sorted by date (stably); the first row of each date of every
///   source are joined into one row per date (an outer join: a date missing from a source is
///   blank there, which is missing, never zero);
/// - a source's further rows on a date follow that row, each on its own, blank in the other
///   sources' columns (the metrics' aggf combines them, as with a long-format CSV);
/// - the rows are in date order.
enum SourceMerge {
  /// One source, read and dated.
  struct Part {
    var source: DataSource
    var table: CSVTable
    var dates: DateColumn
    /// Where its cells are (a CSV file, or the query's line in the config).
    var place: PartPlace
  }

  /// The merged table; `name`, `file` and `line` say how messages name the whole.
  static func merge(
    _ parts: [Part], name: String, file: String, line: Int, configFile: String, log: inout BuildLog
  ) -> CSVTable {
    var header = ["Date"]
    var columnPart: [Int32] = [-1]
    var columnInPart: [Int32] = [-1]
    var used: Set<String> = ["Date"]
    for (i, p) in parts.enumerated() {
      for (c, column) in p.table.header.enumerated() where c != p.dates.index {
        var full = p.source.name + "." + column
        if used.contains(full) {
          let renamed = full + "_src\(i + 1)"
          log.add(
            .sourceColumnCollision, configFile, line: p.source.line,
            "\(p.source.label): column '\(full)' is already given by an earlier source, so this one is "
              + "'\(renamed)' (as the WBR App names it); give the sources different names")
          full = renamed
        } else {
          used.insert(full)
        }
        header.append(full)
        columnPart.append(Int32(i))
        columnInPart.append(Int32(c))
      }
    }
    // Each source's rows by date, stably; the first of each date, and the rest.
    var firsts: [[Int32: Int]] = []
    var extras: [[Int32: [Int]]] = []
    var days = Set<Int32>()
    for p in parts {
      let order = (0..<p.table.rowCount).sorted { (p.dates.days[$0], $0) < (p.dates.days[$1], $1) }
      var first: [Int32: Int] = [:]
      var more: [Int32: [Int]] = [:]
      for r in order {
        let d = p.dates.days[r]
        if first[d] == nil {
          first[d] = r
        } else {
          more[d, default: []].append(r)
        }
        days.insert(d)
      }
      firsts.append(first)
      extras.append(more)
    }
    // Rows: per date, the joined first rows, then each source's further rows.
    var rowInPart = [[Int32]](repeating: [], count: parts.count)
    var rowDays: [Int32] = []
    for d in days.sorted() {
      for p in parts.indices { rowInPart[p].append(Int32(firsts[p][d] ?? -1)) }
      rowDays.append(d)
      for p in parts.indices {
        for r in extras[p][d] ?? [] {
          for q in parts.indices { rowInPart[q].append(q == p ? Int32(r) : -1) }
          rowDays.append(d)
        }
      }
    }
    let width = header.count
    let rows = rowDays.count
    var bytes: [UInt8] = []
    bytes.reserveCapacity(rows * width * 8)
    var starts: [Int32] = []
    var ends: [Int32] = []
    var escaped: [UInt8] = []
    starts.reserveCapacity(rows * width)
    ends.reserveCapacity(rows * width)
    escaped.reserveCapacity(rows * width)
    // Each source's buffers once, out of the cell loop (a table is eight arrays to retain).
    let tables = parts.map(\.table)
    var day = -1
    var iso: [UInt8] = []
    for r in 0..<rows {
      if Int(rowDays[r]) != day {
        day = Int(rowDays[r])
        iso = Array(Day(ordinal: day).description.utf8)
      }
      starts.append(Int32(truncatingIfNeeded: bytes.count))
      bytes.append(contentsOf: iso)
      ends.append(Int32(truncatingIfNeeded: bytes.count))
      escaped.append(0)
      var c = 1
      while c < width {
        // The run of columns from one source.
        let p = Int(columnPart[c])
        var end = c + 1
        while end < width, Int(columnPart[end]) == p { end += 1 }
        let pr = Int(rowInPart[p][r])
        if pr >= 0 {
          tables[p].copyCells(row: pr, columns: columnInPart[c..<end], into: &bytes, &starts, &ends, &escaped)
        } else {
          for _ in c..<end {
            starts.append(Int32(truncatingIfNeeded: bytes.count))
            ends.append(Int32(truncatingIfNeeded: bytes.count))
            escaped.append(0)
          }
        }
        c = end
      }
    }
    let places = MergePlaces(
      parts: parts.map(\.place), columnPart: columnPart, columnInPart: columnInPart, rowInPart: rowInPart)
    return CSVTable.fromCells(
      bytes: bytes, header: header, rowLines: (0..<rows).map { Int32($0 + 1) }, starts: starts, ends: ends,
      escaped: escaped, origin: TableOrigin(name: name, file: file, line: line, layout: .merged(places)))
  }
}

extension CSVTable {
  /// Appends the cells of `row` in `columns` as text (unescaped: their escape marks are 0).
  /// The parts of a merge keep every column's text (`CSVReader.read` without `uses`,
  /// `fromCells`).
  func copyCells(
    row: Int, columns: ArraySlice<Int32>, into bytes: inout [UInt8], _ starts: inout [Int32],
    _ ends: inout [Int32], _ escaped: inout [UInt8]
  ) {
    for c in columns {
      starts.append(Int32(truncatingIfNeeded: bytes.count))
      bytes.append(contentsOf: self.bytes(row: row, column: Int(c)))
      ends.append(Int32(truncatingIfNeeded: bytes.count))
      escaped.append(0)
    }
  }
}
