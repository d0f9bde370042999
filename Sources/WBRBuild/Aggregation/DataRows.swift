import WBRModel

/// The CSV's rows placed on the calendar: each row's day, the span of the data, and the rows
/// that count (those on or before `week_ending`).
struct DataRows {
  private(set) var table: CSVTable
  let file: String
  /// How messages name the data: the CSV file, or the config's data_sources.
  var name: String { table.origin?.name ?? file }
  let dateColumn: Int
  /// Day ordinal of each row.
  let rowDays: [Int32]
  let firstDay: Day
  let lastDay: Day
  /// Rows on or before W, in file order.
  let counted: [Int]
  /// Whether any row exists for each day offset from `firstDay` to W.
  let hasRow: [Bool]
  /// Rows dated after W (left out).
  let rowsAfter: Int

  /// Lets the table's numbers go (`CSVTable.dropNumbers`): the rows still place and name
  /// things for messages after the metrics are aggregated.
  mutating func dropNumbers() { table.dropNumbers() }

  /// Rows whose day was read were placed on the calendar; refuses a week ending outside the
  /// data (`source` says where W came from, for the message).
  static func locate(
    table: CSVTable, dates: DateColumn, file: String, weekEnding w: Day, source: WeekEndingSource,
    log: inout BuildLog
  ) throws(InputError) -> DataRows {
    let days = dates.days
    let first = dates.first
    let last = dates.last
    if w < first || w.adding(days: -6) > last {
      throw InputError.refused(
        .buildWeekEndingOutside, source.file, line: source.line,
        "\(source.name) \(w) is outside the data in \(table.origin?.name ?? file): expected a week with data, "
          + "found data from \(first) to \(last)")
    }
    var counted: [Int] = []
    counted.reserveCapacity(table.rowCount)
    var after = 0
    var afterFirst = Int32.max
    var afterLast = Int32.min
    let wOrd = Int32(w.ordinal)
    let minDay = Int32(first.ordinal)
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
      log.add(
        .csvRowsAfterWeekEnding, file,
        "\(after) row(s) dated after week_ending \(w) (\(Day(ordinal: Int(afterFirst))) to "
          + "\(Day(ordinal: Int(afterLast)))) are ignored: they count in no week, month or to-date total")
    }
    return DataRows(
      table: table, file: file, dateColumn: dates.index, rowDays: days, firstDay: first, lastDay: last,
      counted: counted, hasRow: hasRow, rowsAfter: after)
  }
}

/// Where the week under review came from: the config's `setup.week_ending`, or `--week-ending`.
public struct WeekEndingSource: Sendable, Equatable {
  /// How it is named in messages.
  public var name: String
  public var file: String
  public var line: Int

  public static func config(_ file: String, line: Int) -> WeekEndingSource {
    WeekEndingSource(name: "setup.week_ending", file: file, line: line)
  }
  /// `--week-ending` (problems about it are reported against the config file, line 0).
  public static func option(configFile: String) -> WeekEndingSource {
    WeekEndingSource(name: "--week-ending", file: configFile, line: 0)
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
