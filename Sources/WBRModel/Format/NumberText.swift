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
    if let text = FixedDecimal.text(magnitude, places: places, grouping: grouping) { return text }
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

  /// E-notation with `significantDigits` digits and trailing zeros dropped: "1.23e15",
  /// "1e308", "4.5e-9"; `exponentShift` adds to the exponent, so that a value in a unit that is
  /// a power of ten (100 for percent) prints without multiplying and overflowing first.
  ///
  /// Why E-notation for extreme magnitudes: a 309-digit number is neither readable nor honest
  /// (a Double holds about 16 significant digits; the rest are artefacts of the binary value),
  /// and it widened the value column past the screen. The exponent is always ASCII ("e-9"):
  /// it is the spelling spreadsheets and programs read back. `magnitude` must be finite, > 0.
  static func scientific(_ magnitude: Double, significantDigits: Int, exponentShift: Int = 0) -> String {
    let places = max(0, min(significantDigits - 1, 16))
    let raw = String(format: "%.\(places)e", magnitude)
    guard let e = raw.firstIndex(of: "e"), let exponent = Int(raw[raw.index(after: e)...]) else { return raw }
    return trimmingZeros(String(raw[..<e])) + "e" + String(exponent + exponentShift)
  }

  /// True when `magnitude` rounded to `decimals` places stays below `limit`: 999,999.996 with
  /// two decimals rounds up to "1,000,000.00", which is past a limit of a million. False for
  /// infinity, so that an overflowed scaled value goes to E-notation too.
  static func roundsBelow(_ limit: Double, _ magnitude: Double, decimals: Int) -> Bool {
    magnitude < limit - 0.5 * pow(10, -Double(max(0, min(decimals, 9))))
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
