import WBRModel

/// The CSV's rows placed on the calendar: each row's day, the span of the data, and the rows
/// that count (those on or before `week_ending`).
struct DataRows {
  let table: CSVTable
  let file: String
  let dateColumn: Int
  /// Day ordinal of each row.
  let rowDays: [Int32]
  let firstDay: Day
  let lastDay: Day
  /// Rows on or before W, in file order.
  let counted: [Int]
  /// Whether any row exists for each day offset from `firstDay` to W.
  let hasRow: [Bool]

  /// Parses every row's date; refuses unreadable dates and a week_ending outside the data.
  static func locate(
    table: CSVTable, file: String, weekEnding w: Day, weekEndingLine: Int, configFile: String,
    log: inout BuildLog
  ) throws(InputError) -> DataRows {
    guard
      let dateColumn = table.column(named: "Date")
        ?? table.header.firstIndex(where: { $0.lowercased() == "date" })
    else {
      throw InputError.refused(
        file, line: 1,
        "expected a Date column (first in the WBR App's layout), found columns \(table.header.prefix(5).joined(separator: ", "))"
      )
    }
    if table.header[dateColumn] != "Date" {
      log.warn(
        file, line: 1, "the date column is named '\(table.header[dateColumn])'; the WBR App expects 'Date'")
    }
    var days = [Int32](repeating: 0, count: table.rowCount)
    var errors: [Diagnostic] = []
    var lastText: [UInt8] = []
    var lastDay: Int32 = 0
    table.bytes.withUnsafeBufferPointer { b in
      for r in 0..<table.rowCount {
        let range = table.range(row: r, column: dateColumn)
        if !lastText.isEmpty, range.count == lastText.count, b[range].elementsEqual(lastText) {
          days[r] = lastDay
          continue
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
        if let d = DateParser.parse(Substring(text.trimmingSpaces)) {
          days[r] = Int32(d.ordinal)
          lastDay = days[r]
          lastText = Array(b[range])
        } else if errors.count < 10 {
          errors.append(
            Diagnostic(
              severity: .error, file: file, line: Int(table.rowLines[r]),
              message: "Date: expected \(DateParser.expectedForms), found '\(text)'"))
        }
      }
    }
    if !errors.isEmpty { throw InputError(kind: .refused, diagnostics: errors) }
    guard let minDay = days.min(), let maxDay = days.max() else {
      throw InputError.refused(file, line: 2, "expected daily rows after the header, found none")
    }
    let first = Day(ordinal: Int(minDay))
    let last = Day(ordinal: Int(maxDay))
    if w < first || w.adding(days: -6) > last {
      throw InputError.refused(
        configFile, line: weekEndingLine,
        "setup.week_ending \(w) is outside the data in \(file): expected a week with data, "
          + "found data from \(first) to \(last)")
    }
    var counted: [Int] = []
    counted.reserveCapacity(table.rowCount)
    var after = 0
    var afterFirst = Int32.max
    var afterLast = Int32.min
    let wOrd = Int32(w.ordinal)
    var hasRow = [Bool](repeating: false, count: w.ordinal - first.ordinal + 1)
    for r in 0..<table.rowCount {
      if days[r] > wOrd {
        after += 1
        afterFirst = min(afterFirst, days[r])
        afterLast = max(afterLast, days[r])
      } else {
        counted.append(r)
        hasRow[Int(days[r] - minDay)] = true
      }
    }
    if after > 0 {
      log.warn(
        file,
        "\(after) row(s) dated after week_ending \(w) (\(Day(ordinal: Int(afterFirst))) to "
          + "\(Day(ordinal: Int(afterLast)))) are ignored: they count in no week, month or to-date total")
    }
    return DataRows(
      table: table, file: file, dateColumn: dateColumn, rowDays: days, firstDay: first, lastDay: last,
      counted: counted, hasRow: hasRow)
  }
}

extension String {
  var trimmingSpaces: Substring {
    var s = Substring(self)
    while s.first == " " || s.first == "\t" { s.removeFirst() }
    while s.last == " " || s.last == "\t" { s.removeLast() }
    return s
  }
}
