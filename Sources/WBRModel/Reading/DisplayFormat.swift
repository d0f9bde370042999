/// A metric's display scaling, in the WBR App's vocabulary: `##`, then optionally `.N`
/// decimals (N in 0–3), then optionally a scale suffix: `KK` (÷1e3, "K"), `MM` (÷1e6, "M"),
/// `BB` (÷1e9, "B"), `%` (×100, "%"), `bps` (×1e4, "bps"). Examples: `"##.1%"`, `"##.2MM"`,
/// `"##BB"`.
public struct DisplayFormat: Sendable, Equatable {
  public enum Scale: String, Sendable, Equatable, CaseIterable {
    case units = ""
    case thousands = "KK"
    case millions = "MM"
    case billions = "BB"
    case percent = "%"
    case bps = "bps"
  }

  /// Decimals written in the format; nil when the format names none (`"##KK"`).
  public var decimals: Int?
  public var scale: Scale

  public init(decimals: Int?, scale: Scale) {
    self.decimals = decimals
    self.scale = scale
  }

  /// Parses a format string; nil when it is outside the vocabulary.
  public init?(_ text: String) {
    guard text.hasPrefix("##") else { return nil }
    var rest = Substring(text.dropFirst(2))
    var decimals: Int?
    if rest.first == "." {
      let digit = rest.dropFirst().first
      guard let digit, let n = digit.wholeNumberValue, digit.isASCII, (0...3).contains(n) else { return nil }
      decimals = n
      rest = rest.dropFirst(2)
    }
    guard let scale = Scale(rawValue: String(rest)) else { return nil }
    self.init(decimals: decimals, scale: scale)
  }

  /// For "expected …" messages.
  public static let vocabulary =
    "a display format such as \"##\", \"##.1\", \"##.1KK\", \"##.2MM\", \"##BB\", \"##.1%\" or "
    + "\"##bps\" (0–3 decimals)"
}
