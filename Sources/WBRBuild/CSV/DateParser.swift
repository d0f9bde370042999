import WBRModel

/// Reads the `Date` cells of WBR App CSVs.
///
/// Forms seen in the WBR App's samples and accepted, each optionally followed by a midnight
/// time (`00:00:00`, `T00:00:00`):
/// - `2020-05-01`, `2020/05/01` (year first)
/// - `1/1/2021`, `1/1/21`, `25/9/2021` (numbers, day and month in an order decided for the
///   whole column by `DateColumn`: month first, as pandas reads them, or day first; two-digit
///   years 00–68 are 2000–2068 and 69–99 are 1969–1999, the POSIX `%y` rule)
/// - `05-Jan-2020`, `5 Jan 2020`, `Sun, 05-Jan-2020` (day, English month name, year; a
///   leading weekday name is ignored)
/// - `Jan 5, 2020`, `January 5 2020` (month name first)
public enum DateParser {
  private static let months: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3,
    "april": 4, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
  ]
  private static let weekdays: Set<String> = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// What the accepted forms look like, for error messages.
  public static let expectedForms = "a date such as 2021-09-25, 9/25/2021 or 25-Sep-2021"

  /// The order of day and month in an all-number date such as `05/01/2020`.
  public enum Order: String, Sendable, Equatable, CaseIterable {
    /// Month first (`01/05/2020` is 5 January), as the WBR App's pandas reads it.
    case mdy
    /// Day first (`01/05/2020` is 1 May).
    case dmy
  }

  /// A date cell as read: a day, or two numbers whose order the whole column decides.
  public enum Reading: Sendable, Equatable {
    case day(Day)
    /// `first/second/year`, each of the two ≤ 31 (not yet checked against a calendar).
    case numeric(first: Int, second: Int, year: Int)

    /// The day with `order` applied; nil when it is not a real date.
    public func day(_ order: Order) -> Day? {
      switch self {
      case .day(let d): return d
      case .numeric(let a, let b, let y):
        return order == .mdy ? Day(year: y, month: a, day: b) : Day(year: y, month: b, day: a)
      }
    }
  }

  private enum Token: Equatable {
    case number(Int, digits: Int)
    case word(String)
  }

  /// The day, reading all-number dates month first; nil when `text` is none of the accepted
  /// forms or not a real date.
  public static func parse(_ text: Substring, order: Order = .mdy) -> Day? {
    read(text)?.day(order)
  }

  /// The cell as read, or nil when it is none of the accepted forms (or a named-month date
  /// that is not a real one).
  public static func read(_ text: Substring) -> Reading? {
    var body = text
    // Drop a time of day, only when it is midnight-like: "2021-09-25 00:00:00", "...T00:00".
    if let colon = body.firstIndex(of: ":") {
      guard let t = body[..<colon].lastIndex(where: { $0 == "T" || $0 == " " }) else { return nil }
      let time = body[body.index(after: t)...]
      guard time.allSatisfy({ $0 == "0" || $0 == ":" || $0 == "." || $0 == "Z" }) else { return nil }
      body = body[..<t]
    }
    guard let tokens = tokenize(body) else { return nil }
    var ts = tokens
    if case .word(let w)? = ts.first, weekdays.contains(w) { ts.removeFirst() }
    guard ts.count == 3 else { return nil }
    switch (ts[0], ts[1], ts[2]) {
    case (.number(let y, 4), .number(let m, _), .number(let d, _)):
      return Day(year: y, month: m, day: d).map(Reading.day)
    case (.number(let a, let ad), .number(let b, let bd), .number(let y, let yd)) where ad <= 2 && bd <= 2:
      guard let year = fullYear(y, digits: yd), (1...31).contains(a), (1...31).contains(b) else { return nil }
      return .numeric(first: a, second: b, year: year)
    case (.number(let d, let dd), .word(let w), .number(let y, let yd)) where dd <= 2:
      guard let m = months[w], let year = fullYear(y, digits: yd) else { return nil }
      return Day(year: year, month: m, day: d).map(Reading.day)
    case (.word(let w), .number(let d, let dd), .number(let y, let yd)) where dd <= 2:
      guard let m = months[w], let year = fullYear(y, digits: yd) else { return nil }
      return Day(year: year, month: m, day: d).map(Reading.day)
    default:
      return nil
    }
  }

  private static func fullYear(_ y: Int, digits: Int) -> Int? {
    switch digits {
    case 4: return y
    case 2: return y <= 68 ? 2000 + y : 1900 + y
    default: return nil
    }
  }

  private static func tokenize(_ s: Substring) -> [Token]? {
    var out: [Token] = []
    var current = ""
    var isNumber = false
    func flush() {
      guard !current.isEmpty else { return }
      out.append(isNumber ? .number(Int(current) ?? -1, digits: current.count) : .word(current.lowercased()))
      current = ""
    }
    for ch in s {
      if ch.isASCII, ch.isNumber {
        if !isNumber { flush() }
        isNumber = true
        current.append(ch)
      } else if ch.isASCII, ch.isLetter {
        if isNumber { flush() }
        isNumber = false
        current.append(ch)
      } else if ch == "-" || ch == "/" || ch == " " || ch == "," || ch == "." {
        flush()
      } else {
        return nil
      }
      if out.count > 4 { return nil }
    }
    flush()
    return out
  }
}
