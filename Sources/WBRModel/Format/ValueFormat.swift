/// How a metric's values are displayed: the deck's `format` vocabulary ("##.1KK", "##.1%",
/// "##bps"…) plus an optional `prefix` such as "$", or a compact automatic format when the
/// deck gives none.
///
/// One value type so the screen, the report and the notes all print a number the same way.
public struct ValueFormat: Sendable, Equatable, Hashable {
  /// The scaling a format applies before printing, and the unit it appends.
  public enum Scale: String, Sendable, Equatable, Hashable, CaseIterable {
    /// As is.
    case unit
    /// ÷1e3, "K".
    case thousands
    /// ÷1e6, "M".
    case millions
    /// ÷1e9, "B".
    case billions
    /// ×100, "%".
    case percent
    /// ×1e4, " bps".
    case bps

    var factor: Double {
      switch self {
      case .unit: return 1
      case .thousands: return 1e-3
      case .millions: return 1e-6
      case .billions: return 1e-9
      case .percent: return 100
      case .bps: return 1e4
      }
    }

    var suffix: String {
      switch self {
      case .unit: return ""
      case .thousands: return "K"
      case .millions: return "M"
      case .billions: return "B"
      case .percent: return "%"
      case .bps: return " bps"
      }
    }

    /// In E-notation a unit is kept as a power of ten (1e308 as a percentage is "1e310%"),
    /// while K, M and B are dropped: the exponent already says the magnitude.
    var scientific: (exponentShift: Int, suffix: String) {
      switch self {
      case .percent: return (2, suffix)
      case .bps: return (4, suffix)
      case .unit, .thousands, .millions, .billions: return (0, "")
      }
    }

    /// The vocabulary's spelling of the suffix in a `format` string.
    var token: String {
      switch self {
      case .unit: return ""
      case .thousands: return "KK"
      case .millions: return "MM"
      case .billions: return "BB"
      case .percent: return "%"
      case .bps: return "bps"
      }
    }
  }

  /// Fixed decimals and scale, or automatic with a number of significant digits.
  public enum Style: Sendable, Equatable, Hashable {
    case fixed(decimals: Int, scale: Scale)
    case automatic(significantDigits: Int)
  }

  public var style: Style
  /// Printed after the sign and before the digits: "−$1.2M". File text joined with digits
  /// wbr writes, so it is cleaned here, as a piece (`SafeText.removingUnsafe`): cleaned after
  /// the join, a stray ESC at its end swallowed the first digit ("$53" for 153).
  public private(set) var prefix: String

  public init(style: Style, prefix: String = "") {
    self.style = style
    self.prefix = SafeText.removingUnsafe(prefix, lineBreak: " ")
  }

  /// The compact automatic format: about 3 significant digits with K/M/B ("12.3K", "0.95").
  public static func automatic(prefix: String = "") -> ValueFormat {
    ValueFormat(style: .automatic(significantDigits: 3), prefix: prefix)
  }

  /// Parses the deck's `format` string: `##`, then optionally `.` and one digit 0–3 (the
  /// decimals), then optionally one of `KK`, `MM`, `BB`, `%`, `bps`. `nil` for anything else.
  public init?(pattern: String, prefix: String? = nil) {
    guard pattern.hasPrefix("##") else { return nil }
    var rest = Substring(pattern).dropFirst(2)
    var decimals = 0
    if rest.first == "." {
      rest = rest.dropFirst()
      guard let digit = rest.first, let d = digit.wholeNumberValue, digit.isASCII, (0...3).contains(d)
      else { return nil }
      decimals = d
      rest = rest.dropFirst()
    }
    guard let scale = Scale.allCases.first(where: { $0.token == rest }) else { return nil }
    self.init(style: .fixed(decimals: decimals, scale: scale), prefix: prefix ?? "")
  }

  /// The format a metric asks for; automatic when it names none or one outside the vocabulary
  /// (the reader warns about the latter).
  public init(metric: Metric) {
    if let pattern = metric.format, let parsed = ValueFormat(pattern: pattern, prefix: metric.prefix) {
      self = parsed
    } else {
      self = .automatic(prefix: metric.prefix ?? "")
    }
  }

  /// The same format with one more digit of precision, for derived numbers such as control
  /// limits, so that "133 is above the limit 132.5" does not read "133 is above 133".
  public var refined: ValueFormat {
    switch style {
    case .fixed(let decimals, let scale):
      return ValueFormat(style: .fixed(decimals: min(decimals + 1, 4), scale: scale), prefix: prefix)
    case .automatic(let digits):
      return ValueFormat(style: .automatic(significantDigits: digits + 1), prefix: prefix)
    }
  }

  /// Scaled magnitudes from here up print in E-notation ("1.23e15"): 13 or more integer
  /// digits no longer fit the value column, and no meeting reads them digit by digit.
  public static let scientificFrom = 1e12

  /// The value as text, e.g. "−$1.2M"; "n/a" for a missing or non-finite value. Magnitudes
  /// past `scientificFrom` once scaled, including those that overflow when scaled (1e308 as a
  /// percentage), print in E-notation: "1e310%", "−$1.5e20".
  public func format(_ value: Double?, ascii: Bool = false) -> String {
    guard let value, value.isFinite else { return "n/a" }
    let body: String
    switch style {
    case .fixed(let decimals, let scale):
      let scaled = abs(value) * scale.factor
      if NumberText.roundsBelow(Self.scientificFrom, scaled, decimals: decimals) {
        body = NumberText.fixed(scaled, decimals: decimals) + scale.suffix
      } else {
        // More digits with more decimals (3 to 5), so that `refined` still tells two limits apart.
        let (shift, suffix) = scale.scientific
        let digits = max(3, min(decimals + 2, 5))
        body = NumberText.scientific(abs(value), significantDigits: digits, exponentShift: shift) + suffix
      }
    case .automatic(let digits):
      body = AutomaticNumber.text(abs(value), significantDigits: digits)
    }
    let sign = value < 0 && !NumberText.isZero(body) ? NumberText.minus(ascii: ascii) : ""
    return sign + prefix + body
  }
}
