/// The drawing characters of the interface, in Unicode or in plain ASCII.
///
/// Views take every non-letter glyph from here, never from literals, so `--ascii` (or a
/// terminal whose locale is not UTF-8) gives a screen with nothing but ASCII in its frame.
/// Sparklines come from `Sparkline` (WBRModel). Text from the deck is left alone; the backend shows what the terminal cannot as "?".
public struct Glyphs: Sendable, Hashable {
  public var isASCII: Bool
  var ellipsis: Character
  var horizontal: Character
  var vertical: Character
  var up: Character
  var down: Character
  var left: Character
  var right: Character
  /// Marks the selected row where colour may be absent.
  var pointer: Character
  /// Marks an anomaly on a row.
  var anomaly: Character
  var bullet: Character
  /// Multiplication sign in sizes ("80×24").
  var times: Character
  /// Box corners: top-left, top-right, bottom-left, bottom-right.
  var corners: [Character]

  public static let unicode = Glyphs(
    isASCII: false, ellipsis: "…", horizontal: "─", vertical: "│", up: "▲", down: "▼",
    left: "◀", right: "▶", pointer: "▶", anomaly: "●", bullet: "•", times: "×",
    corners: ["┌", "┐", "└", "┘"])

  public static let ascii = Glyphs(
    isASCII: true, ellipsis: "~", horizontal: "-", vertical: "|", up: "^", down: "v",
    left: "<", right: ">", pointer: ">", anomaly: "*", bullet: "*", times: "x",
    corners: ["+", "+", "+", "+"])
}
