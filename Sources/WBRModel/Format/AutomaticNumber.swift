import Foundation

/// The compact automatic number format used when a metric has no `format`: about three
/// significant digits, with K, M or B from a thousand up ("950", "12.3K", "1.23M", "0.95",
/// "0.0234"), trailing zeros dropped ("5", "1.2M"); E-notation past billions of billions and
/// below a millionth ("1.23e15", "4.5e-9").
///
/// Why: a meeting reads magnitudes and direction, not the seventh digit; the same width for
/// every row keeps the columns steady.
enum AutomaticNumber {
  private static let units: [(factor: Double, suffix: String)] = [
    (1, ""), (1e3, "K"), (1e6, "M"), (1e9, "B"),
  ]
  /// At most this many decimals; a smaller value, whose significant digits they cannot
  /// show, prints in E-notation ("1.23e-7") rather than as a misleading "0".
  private static let maxDecimals = 6
  /// From here up E-notation ("1.23e15"): in billions the text would need 7 or more digits.
  private static let scientificFrom = 1e15

  /// `magnitude` must be finite and ≥ 0.
  static func text(_ magnitude: Double, significantDigits: Int) -> String {
    guard magnitude > 0 else { return "0" }
    let digits = max(1, significantDigits)
    let leading = Int(floor(log10(magnitude)))
    if magnitude >= scientificFrom || digits - 1 - leading > maxDecimals {
      return NumberText.scientific(magnitude, significantDigits: digits)
    }
    var unit = 0
    while unit + 1 < units.count && magnitude >= units[unit + 1].factor { unit += 1 }
    while true {
      let scaled = magnitude / units[unit].factor
      let magnitudeDigits = Int(floor(log10(scaled)))
      let decimals = max(0, min(maxDecimals, digits - 1 - magnitudeDigits))
      let text = NumberText.fixed(scaled, decimals: decimals)
      // Rounding can carry into the next unit: 999.96 → "1000" → "1K".
      if NumberText.value(of: text) >= 1000 && unit + 1 < units.count {
        unit += 1
        continue
      }
      return NumberText.trimmingZeros(text) + units[unit].suffix
    }
  }
}
