import WBRModel

/// What a weekly job can say on the command line that the WBR App's files cannot: which
/// week to build, when the data was extracted, how its dates and fields are written.
public struct BuildOptions: Sendable, Equatable {
  /// The week under review, instead of the config's `setup.week_ending`.
  public enum WeekEnding: Sendable, Equatable {
    case day(Day)
    /// The last complete week in the data (seven days with data in a row), ending on the
    /// config's week_ending weekday when it has one.
    case latest
  }

  public var weekEnding: WeekEnding?
  /// The deck's `as_of` (RFC 3339), instead of the config's `setup.as_of`.
  public var asOf: String?
  /// The order of day and month in all-number dates, instead of deciding it from the data.
  public var dateOrder: DateParser.Order?
  /// The CSV's field separator.
  public var separator: UInt8 = UInt8(ascii: ",")

  public init(
    weekEnding: WeekEnding? = nil, asOf: String? = nil, dateOrder: DateParser.Order? = nil,
    separator: UInt8 = UInt8(ascii: ",")
  ) {
    self.weekEnding = weekEnding
    self.asOf = asOf
    self.dateOrder = dateOrder
    self.separator = separator
  }

  /// `--week-ending`: `YYYY-MM-DD`, the WBR App's `25-SEP-2021`, or `latest`.
  public static func weekEnding(_ text: String) -> WeekEnding? {
    if text.lowercased() == "latest" { return .latest }
    return ConfigParser.weekEnding(text).map(WeekEnding.day)
  }

  /// `--delimiter`: one ASCII character other than a quote, or `tab`.
  public static func separator(_ text: String) -> UInt8? { Separators.parse(text) }
}
