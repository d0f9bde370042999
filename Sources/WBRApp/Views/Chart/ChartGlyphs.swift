/// The marks of the 6-12 chart in Unicode or ASCII, and the styles that go with them.
///
/// Meaning never rests on colour: this year is a solid, bold glyph ("●", "#"), the prior year a
/// hollow, faint one ("○", "o"), the target a diamond ("◆", "T"); the natural process limits are
/// dashed lines and the centre line a solid one, each labelled with its value.
struct ChartGlyphs: Sendable, Equatable {
  var current: Character
  var prior: Character
  var target: Character
  /// Limits (UNPL, LNPL): a dashed line; in ASCII every other column.
  var limit: Character
  var limitIsSparse: Bool
  var centre: Character
  /// The y axis, and where a tick meets it on the left and the right axis.
  var axis: Character
  var leftTick: Character
  var rightTick: Character
  /// Between the weekly and the monthly panel.
  var separator: Character
  /// In ASCII mode lines are drawn cell by cell with this glyph; Unicode uses braille dots.
  var asciiConnector: Character
  var usesBraille: Bool
  var isASCII: Bool

  static let unicode = ChartGlyphs(
    current: "●", prior: "○", target: "◆", limit: "╌", limitIsSparse: false, centre: "─",
    axis: "│", leftTick: "┤", rightTick: "├", separator: "┊", asciiConnector: ".", usesBraille: true,
    isASCII: false)

  static let ascii = ChartGlyphs(
    current: "#", prior: "o", target: "T", limit: "-", limitIsSparse: true, centre: "-",
    axis: "|", leftTick: "+", rightTick: "+", separator: ":", asciiConnector: ".", usesBraille: false,
    isASCII: true)

  init(
    current: Character, prior: Character, target: Character, limit: Character, limitIsSparse: Bool,
    centre: Character, axis: Character, leftTick: Character, rightTick: Character,
    separator: Character, asciiConnector: Character, usesBraille: Bool, isASCII: Bool
  ) {
    self.current = current
    self.prior = prior
    self.target = target
    self.limit = limit
    self.limitIsSparse = limitIsSparse
    self.centre = centre
    self.axis = axis
    self.leftTick = leftTick
    self.rightTick = rightTick
    self.separator = separator
    self.asciiConnector = asciiConnector
    self.usesBraille = usesBraille
    self.isASCII = isASCII
  }

  /// The chart marks that go with the interface's glyph mode.
  init(_ glyphs: Glyphs) { self = glyphs.isASCII ? .ascii : .unicode }

  /// "╌╌╌╌" or "- - " for a limit line `width` columns long.
  func limitLine(width: Int) -> String {
    String((0..<max(0, width)).map { limitIsSparse && $0 % 2 == 1 ? " " : limit })
  }

  /// This year in the terminal's own colour, bold; the prior year dim. Not the accent role:
  /// without colour it would underline every point and braille cell.
  static let currentStyle = Style.bold
  static let currentLineStyle = Style.normal
  static let priorStyle = Style(.muted, .dim)
  static let targetStyle = Style.warn
  static let ruleStyle = Style.muted
  static let axisStyle = Style.muted
}
