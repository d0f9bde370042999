/// The drawing characters of the interface, in Unicode or in plain ASCII.
///
/// Views take every non-letter glyph from here, never from literals, so `--ascii` (or a
/// terminal whose locale is not UTF-8) gives a screen with nothing but ASCII in its frame.
/// Text from the deck itself is left alone; the backend shows what the terminal cannot as "?".
public struct Glyphs: Sendable, Hashable {
  public var isASCII: Bool
  public var ellipsis: Character
  public var horizontal: Character
  public var vertical: Character
  public var up: Character
  public var down: Character
  public var left: Character
  public var right: Character
  /// Marks the selected row where colour may be absent.
  public var pointer: Character
  /// Marks an anomaly on a row.
  public var anomaly: Character
  public var bullet: Character
  /// Multiplication sign in sizes ("80×24").
  public var times: Character
  /// Eight sparkline levels, lowest first.
  public var sparkline: [Character]
  /// A gap in a series (a missing week), never drawn as a zero bar.
  public var gap: Character

  public static let unicode = Glyphs(
    isASCII: false, ellipsis: "…", horizontal: "─", vertical: "│", up: "▲", down: "▼",
    left: "◀", right: "▶", pointer: "▶", anomaly: "●", bullet: "•", times: "×",
    sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], gap: " ")

  public static let ascii = Glyphs(
    isASCII: true, ellipsis: "~", horizontal: "-", vertical: "|", up: "^", down: "v",
    left: "<", right: ">", pointer: ">", anomaly: "*", bullet: "*", times: "x",
    sparkline: ["_", "_", ".", ".", "-", "-", "=", "#"], gap: " ")

  /// The sparkline glyph for `fraction` of the way from minimum (0) to maximum (1).
  public func sparkline(level fraction: Double) -> Character {
    guard fraction.isFinite else { return gap }
    let clamped = min(1, max(0, fraction))
    let index = min(sparkline.count - 1, Int(clamped * Double(sparkline.count - 1) + 0.5))
    return sparkline[index]
  }
}
