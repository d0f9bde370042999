/// Text for comparisons (WoW, YoY, vs target…): "+1.2%", "−35 bps", "n/a".
///
/// One style everywhere: the sign is always shown except for a change that rounds to zero
/// ("0.0%", "0 bps"); percent changes carry one decimal (none from 1,000 % up, to keep columns
/// narrow); basis points are whole and spaced ("−35 bps").
public enum ChangeFormat {
  /// Changes from a million percent or basis points up print in E-notation ("+1.23e6%"):
  /// the column is kept narrow, and a change that size means "off the scale", not its digits.
  public static let scientificFrom = 1e6

  /// The change as text; "n/a" when it is not available (nil) or not finite.
  public static func format(_ change: Change?, ascii: Bool = false) -> String {
    guard let change, change.value.isFinite else { return "n/a" }
    let magnitude = abs(change.value)
    let unit = change.unit == .pct ? "%" : " bps"
    let decimals = change.unit == .pct && magnitude < 999.95 ? 1 : 0
    let digits = number(magnitude, decimals: decimals) + unit
    if NumberText.isZero(digits) { return digits }
    return (change.value < 0 ? NumberText.minus(ascii: ascii) : "+") + digits
  }

  /// A threshold or tolerance magnitude as text, e.g. "±10%", "±25 bps" (`signed`), or "2%".
  /// Up to two decimals, trailing zeros dropped.
  public static func magnitude(
    _ value: Double, unit: ChangeUnit, signed: Bool = true, ascii: Bool = false
  ) -> String {
    guard value.isFinite else { return "n/a" }
    let digits = NumberText.trimmingZeros(number(abs(value), decimals: 2))
    let plusMinus = signed ? (ascii ? "+/-" : "\u{00B1}") : ""
    return plusMinus + digits + (unit == .pct ? "%" : " bps")
  }

  /// Fixed decimals below `scientificFrom`, three significant digits in E-notation from there.
  static func number(_ magnitude: Double, decimals: Int) -> String {
    guard NumberText.roundsBelow(scientificFrom, magnitude, decimals: decimals) else {
      return NumberText.scientific(magnitude, significantDigits: 3)
    }
    return NumberText.fixed(magnitude, decimals: decimals)
  }
}

extension ChangeFormat {
  /// An arrow for the direction of a change, so that meaning never rests on colour alone:
  /// "↑", "↓", "→" for a change that rounds to zero (ASCII "^", "v", "="); a space when the
  /// change is not available, to keep columns aligned.
  public static func arrow(_ change: Change?, ascii: Bool = false) -> String {
    guard let change, change.value.isFinite else { return " " }
    if NumberText.isZero(format(change, ascii: true)) { return ascii ? "=" : "\u{2192}" }
    if change.value > 0 { return ascii ? "^" : "\u{2191}" }
    return ascii ? "v" : "\u{2193}"
  }
}

extension Change {
  /// Shorthand for `ChangeFormat.format(self, ascii:)`.
  public func formatted(ascii: Bool = false) -> String { ChangeFormat.format(self, ascii: ascii) }
}
