extension CSVTable {
  /// A table from cells already split elsewhere (a query's result, the merge of
  /// `data_sources`): `rowLines.count` rows of `header.count` cells, cell `i` at
  /// `starts[i]..<ends[i]` in `bytes` (`escaped[i]` not 0: doubled quotes to unescape).
  ///
  /// Every column is kept as numbers and as text: such tables are the size of a query's
  /// result, and the merge copies their cells as text. The numbers are read by the same
  /// `NumberParser` as a CSV file's, so a cell means the same from either.
  static func fromCells(
    bytes: [UInt8], header: [String], rowLines: [Int32], starts: [Int32], ends: [Int32], escaped: [UInt8],
    origin: TableOrigin?
  ) -> CSVTable {
    let width = header.count
    var builder = CSVTableBuilder(
      header: header, uses: Array(repeating: .both, count: width), expectedRows: max(16, rowLines.count))
    bytes.withUnsafeBufferPointer { b in
      for (r, line) in rowLines.enumerated() {
        let row = builder.beginRow()
        for c in 0..<width {
          let i = r * width + c
          builder.set(c, row: row, b, Int(starts[i])..<Int(ends[i]), escaped: escaped[i] != 0)
        }
        builder.commit(line: line, fields: width)
      }
    }
    var table = builder.table()
    table.origin = origin
    return table
  }
}
