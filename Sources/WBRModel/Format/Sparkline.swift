/// Draws a short series as one line of bar glyphs, for the metric rows.
///
/// Bars are scaled between the series' own minimum and maximum (for the YoY sparkline too:
/// its job is to show growth speeding up or slowing down, which own-range scaling makes
/// visible even when every week is up). A missing value is a visible gap ("·", or a space in
/// ASCII), never a zero bar. When every present value is equal, each is a middle bar.
public enum Sparkline {
  /// Eight levels, lowest first.
  public static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// Eight levels for terminals without block elements, lowest first.
  public static let asciiLevels: [Character] = ["_", ".", ":", "-", "=", "+", "*", "#"]
  public static let unicodeGap: Character = "·"
  public static let asciiGap: Character = " "

  /// One glyph per value, oldest first.
  /// - Complexity: O(n).
  public static func render(_ values: [Double?], ascii: Bool = false) -> String {
    let levels = ascii ? asciiLevels : unicodeLevels
    let gap = ascii ? asciiGap : unicodeGap
    let present = values.compactMap { $0 }.filter(\.isFinite)
    guard let low = present.min(), let high = present.max() else {
      return String(repeating: gap, count: values.count)
    }
    let span = high - low
    var out = ""
    out.reserveCapacity(values.count)
    for value in values {
      guard let value, value.isFinite else {
        out.append(gap)
        continue
      }
      guard span > 0, span.isFinite else {
        out.append(levels[(levels.count - 1) / 2])
        continue
      }
      let position = (value - low) / span * Double(levels.count - 1)
      let level = Int(position.rounded())
      out.append(levels[max(0, min(levels.count - 1, level))])
    }
    return out
  }
}
