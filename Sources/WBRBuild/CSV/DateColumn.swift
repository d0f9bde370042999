import WBRModel

/// The CSV's date column read for every row, with the order of day and month in all-number
/// dates (`05/01/2020`) decided once, from all of the column's values.
///
/// A column with a first number above 12 somewhere (`13/01/2020`) is day first; one with a
/// second number above 12 (`01/13/2020`) is month first; one with both is mixed, and one with
/// neither cannot tell: both are refused with a hint (`--date-format`), because reading
/// `01/05/2020` as 5 January when the file means 1 May moves every number to another week
/// without a word.
struct DateColumn {
  /// Index of the date column.
  let index: Int
  /// Day ordinal of each row.
  let days: [Int32]
  let first: Day
  let last: Day
  /// The order all-number dates were read in; nil when the column has none.
  let order: DateParser.Order?

  /// Where an all-number date shows its order, for messages.
  private struct Sample {
    var row: Int
    var text: String
  }

  static func read(
    table: CSVTable, file: String, order given: DateParser.Order?, log: inout BuildLog
  ) throws(InputError) -> DateColumn {
    guard
      let index = table.column(named: "Date") ?? table.header.firstIndex(where: { $0.lowercased() == "date" })
    else {
      let at = table.headerPlace(file: file)
      let hint =
        at.subject.isEmpty ? "" : " (alias the date column in the query: SELECT day AS \"Date\", ...)"
      throw InputError.refused(
        .csvNoDateColumn, at.file, line: at.line,
        "\(at.subject)expected a Date column (first in the WBR App's layout), found columns "
          + table.header.prefix(5).joined(separator: ", ") + hint)
    }
    if table.header[index] != "Date" {
      let at = table.headerPlace(file: file)
      let hint =
        at.subject.isEmpty ? "" : " (PostgreSQL folds unquoted names to lower case: write AS \"Date\")"
      log.add(
        .csvDateColumnName, at.file, line: at.line,
        "\(at.subject)the date column is named '\(table.header[index])'; the WBR App expects 'Date'\(hint)")
    }
    var readings = [DateParser.Reading?](repeating: nil, count: table.rowCount)
    var bad = BadDates(table: table, file: file, column: index)
    var dayFirst: Sample?
    var monthFirst: Sample?
    var numeric: Sample?
    var lastText: [UInt8] = []
    var lastReading: DateParser.Reading?
    do {
      for r in 0..<table.rowCount {
        let cell = table.bytes(row: r, column: index)
        if lastReading != nil, cell.count == lastText.count, cell.elementsEqual(lastText) {
          readings[r] = lastReading
          continue
        }
        let text = String(decoding: cell, as: UTF8.self)
        guard let reading = DateParser.read(Substring(text.trimmingSpaces)) else {
          bad.add(row: r, text: text)
          continue
        }
        if case .numeric(let a, let second, _) = reading {
          if numeric == nil { numeric = Sample(row: r, text: text) }
          if a > 12 && second > 12 {
            bad.add(row: r, text: text)
            continue
          }
          if a > 12, dayFirst == nil { dayFirst = Sample(row: r, text: text) }
          if second > 12, monthFirst == nil { monthFirst = Sample(row: r, text: text) }
        }
        readings[r] = reading
        lastReading = reading
        lastText = Array(cell)
      }
    }
    try bad.throwIfAny()
    let order = try decide(
      given: given, dayFirst: dayFirst, monthFirst: monthFirst, numeric: numeric, table: table, file: file,
      column: index)
    var days = [Int32](repeating: 0, count: table.rowCount)
    for r in 0..<table.rowCount {
      guard let reading = readings[r] else { continue }
      if let d = reading.day(order ?? .mdy) {
        days[r] = Int32(d.ordinal)
      } else {
        bad.add(row: r, text: table.string(row: r, column: index), order: order)
      }
    }
    try bad.throwIfAny()
    guard let minDay = days.min(), let maxDay = days.max() else {
      throw InputError.refused(.csvNoRows, file, line: 2, "expected daily rows after the header, found none")
    }
    return DateColumn(
      index: index, days: days, first: Day(ordinal: Int(minDay)), last: Day(ordinal: Int(maxDay)),
      order: order)
  }

  /// The order to read all-number dates in, or the error that says why none can be chosen.
  private static func decide(
    given: DateParser.Order?, dayFirst: Sample?, monthFirst: Sample?, numeric: Sample?, table: CSVTable,
    file: String, column: Int
  ) throws(InputError) -> DateParser.Order? {
    if let given { return given }
    guard let numeric else { return nil }
    switch (dayFirst, monthFirst) {
    case (let d?, let m?):
      let at = table.place(row: max(d.row, m.row), column: column, file: file)
      let what = table.origin == nil ? "Date" : at.subject
      throw InputError(
        kind: .refused,
        diagnostics: [
          Diagnostic(
            .csvDateOrder, file: at.file, line: at.line, column: at.column,
            message: "\(what): expected one order of day and month in the column, found day first on "
              + "\(table.rowName(d.row)) ('\(d.text)') and month first on \(table.rowName(m.row)) ('\(m.text)'); "
              + "fix the data, or pass --date-format dmy or mdy to read it one way")
        ])
    case (.some, nil): return .dmy
    case (nil, .some): return .mdy
    case (nil, nil):
      let at = table.place(row: numeric.row, column: column, file: file)
      let what = table.origin == nil ? "Date" : at.subject
      throw InputError(
        kind: .refused,
        diagnostics: [
          Diagnostic(
            .csvDateOrder, file: at.file, line: at.line, column: at.column,
            message: "\(what): '\(numeric.text)' can be read day first or month first, and no date in the "
              + "column has a day above 12 to tell which; pass --date-format mdy (month first, as the "
              + "WBR App reads it) or --date-format dmy")
        ])
    }
  }
}

/// Date cells that cannot be read, the first ten listed and the rest counted.
private struct BadDates {
  let table: CSVTable
  let file: String
  /// The date column's index.
  let column: Int
  var diagnostics: [Diagnostic] = []
  var more = 0

  mutating func add(row: Int, text: String, order: DateParser.Order? = nil) {
    guard diagnostics.count < 10 else {
      more += 1
      return
    }
    let how = order.map { " (read \($0 == .dmy ? "day" : "month") first)" } ?? ""
    let at = table.place(row: row, column: column, file: file)
    let what = table.origin == nil ? "Date" : at.subject
    let hint =
      at.subject.hasPrefix("query ")
      ? " (a date, or a timestamp at midnight, is expected: cast it in the query with ::date)" : ""
    diagnostics.append(
      Diagnostic(
        .csvBadDate, file: at.file, line: at.line, column: at.column,
        message: "\(what): expected \(DateParser.expectedForms), found '\(text)'\(how)\(hint)"))
  }

  func throwIfAny() throws(InputError) {
    guard !diagnostics.isEmpty else { return }
    var all = diagnostics
    if more > 0 { all.append(.omitted(more, .error, file: table.origin?.file ?? file)) }
    throw InputError(kind: .refused, diagnostics: all)
  }
}
