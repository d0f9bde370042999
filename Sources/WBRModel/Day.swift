/// A calendar date without a time zone, stored as days since 1970-01-01.
///
/// Decks speak in calendar dates (`week_ending`, monthly `YYYY-MM`); keeping them as day
/// numbers makes "364 days back" and "a whole number of weeks before" plain integer arithmetic
/// with no time-zone or DST surprises.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Builds a day from a proleptic Gregorian date; `nil` when the date does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month) else {
      return nil
    }
    self.ordinal = Day.daysFromCivil(year: year, month: month, day: day)
  }

  /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
  /// Reads the bytes in place (a deck holds hundreds of thousands of dates).
  public init?(iso text: String) {
    var text = text
    let fields = text.withUTF8 { b -> (Int, Int, Int)? in
      guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
        let y = Day.digits(b, 0..<4), let m = Day.digits(b, 5..<7), let d = Day.digits(b, 8..<10)
      else { return nil }
      return (y, m, d)
    }
    guard let (y, m, d) = fields else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The decimal number in `b[r]`, nil unless every byte is a digit.
  static func digits(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
    var v = 0
    for i in r {
      let c = b[i]
      guard c >= 48, c <= 57 else { return nil }
      v = v * 10 + Int(c - 48)
    }
    return v
  }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

  /// Year, month (1–12) and day of month.
  public var civil: (year: Int, month: Int, day: Int) { Day.civilFromDays(ordinal) }

  public var year: Int { civil.year }
  public var month: Int { civil.month }
  public var yearMonth: YearMonth {
    let c = civil
    return YearMonth(year: c.year, month: c.month)
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var isoWeekday: Int {
    let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let c = civil
    return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
  }

  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
  }
}

/// A calendar month, `YYYY-MM`.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// Parses `YYYY-MM` strictly.
  public init?(iso text: String) {
    var text = text
    let fields = text.withUTF8 { b -> (Int, Int)? in
      guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = Day.digits(b, 0..<4),
        let m = Day.digits(b, 5..<7)
      else { return nil }
      return (y, m)
    }
    guard let (y, m) = fields, (1...12).contains(m) else { return nil }
    self.init(year: y, month: m)
  }

  /// Months since year 0, for arithmetic.
  public var index: Int { year * 12 + (month - 1) }
  public init(index: Int) {
    self.init(year: index >= 0 ? index / 12 : (index - 11) / 12, month: ((index % 12) + 12) % 12 + 1)
  }

  public func adding(months n: Int) -> YearMonth { YearMonth(index: index + n) }

  public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }

  public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }

  /// Three-letter English month name, as the 6-12 chart's axis shows it.
  public var shortName: String {
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
  }
}
