import Foundation

/// Low-level decimal text shared by every formatter: a fixed number of decimals and thousands
/// separators, no sign and no unit.
///
/// Why hand-written: `NumberFormatter` depends on the process locale, and the meeting's numbers
/// must read the same on every machine and in every golden file.
enum NumberText {
  /// The text of a non-negative, finite `magnitude` rounded to `decimals` places, with a comma
  /// every three integer digits when `grouping` is on ("12,345.6").
  static func fixed(_ magnitude: Double, decimals: Int, grouping: Bool = true) -> String {
    let places = max(0, min(decimals, 9))
    let raw = String(format: "%.\(places)f", magnitude)
    guard grouping else { return raw }
    let integerEnd = raw.firstIndex(of: ".") ?? raw.endIndex
    let digits = raw[raw.startIndex..<integerEnd]
    guard digits.count > 3 else { return raw }
    // Counted once: `count` walks the characters, and 1e308 has 309 digits.
    let count = digits.count
    var grouped = ""
    grouped.reserveCapacity(raw.count + count / 3)
    for (offset, ch) in digits.enumerated() {
      if offset > 0 && (count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(ch)
    }
    return grouped + raw[integerEnd...]
  }

  /// Drops trailing zeros after the decimal point, and the point itself when nothing is left
  /// ("1.20" → "1.2", "5.00" → "5"); text without a point is returned unchanged.
  static func trimmingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var s = Substring(text)
    while s.last == "0" { s = s.dropLast() }
    if s.last == "." { s = s.dropLast() }
    return String(s)
  }

  /// True when the text shows no non-zero digit, so that a rounded "-0.0" prints as "0.0".
  static func isZero(_ text: String) -> Bool {
    !text.contains { $0 >= "1" && $0 <= "9" }
  }

  /// The numeric value a formatted magnitude reads as (commas ignored).
  static func value(of text: String) -> Double {
    Double(text.replacingOccurrences(of: ",", with: "")) ?? 0
  }

  /// The sign to print before a number: nothing for zero or positive, the true minus sign
  /// (U+2212) or, in ASCII mode, a hyphen-minus for negatives.
  static func minus(ascii: Bool) -> String { ascii ? "-" : "\u{2212}" }
}
