/// The meaning of a piece of text, which the terminal backend turns into a colour.
///
/// Views say *what* text is (good news, a heading) and never pick colours: the backend maps
/// roles to a palette readable on dark and light backgrounds, or to bold/dim/reverse when
/// colour is off (`NO_COLOR`, `--no-color`). Meaning must also survive without colour, so a
/// view that colours a number `.bad` also gives it a glyph or a word.
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
  /// The terminal's own foreground.
  case normal
  /// Secondary text: prior-year values, hints, separators.
  case muted
  /// A move in the good direction.
  case good
  /// A move in the bad direction, an error.
  case bad
  /// Needs attention but is not bad news: data-quality marks, warnings.
  case warn
  /// Draws the eye: the anomaly marker, a key name in the footer.
  case accent
  /// Titles and column headings.
  case heading
  /// The selected row or item (reverse video on every terminal).
  case selection
}

/// Text attributes the terminal draws on top of a colour role.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let reverse = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// A cell's look: a colour role plus attributes.
public struct Style: Sendable, Hashable {
  public var role: ColorRole
  public var attributes: TextAttributes

  public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
    self.role = role
    self.attributes = attributes
  }

  static let normal = Style()
  static let muted = Style(.muted)
  static let good = Style(.good)
  static let bad = Style(.bad)
  static let warn = Style(.warn)
  static let accent = Style(.accent)
  static let heading = Style(.heading, .bold)
  static let selection = Style(.selection, .reverse)
  static let bold = Style(.normal, .bold)
  static let reverse = Style(.normal, .reverse)

  /// This style with `extra` attributes added.
  func adding(_ extra: TextAttributes) -> Style {
    Style(role, attributes.union(extra))
  }

  /// One character standing for this style in golden files (`ScreenBuffer.styleLines()`).
  ///
  /// Legend — plain role letters: ' ' normal, 'm' muted, 'g' good, 'r' bad, 'w' warn,
  /// 'a' accent, 'h' heading, 's' selection; the letter is upper-case when the cell is also
  /// bold or reverse. On the normal role, attributes show as '#' reverse, '*' bold,
  /// '_' underline, '~' dim (first that applies, in that order).
  var legendCharacter: Character {
    let letter: Character
    switch role {
    case .normal:
      if attributes.contains(.reverse) { return "#" }
      if attributes.contains(.bold) { return "*" }
      if attributes.contains(.underline) { return "_" }
      if attributes.contains(.dim) { return "~" }
      return " "
    case .muted: letter = "m"
    case .good: letter = "g"
    case .bad: letter = "r"
    case .warn: letter = "w"
    case .accent: letter = "a"
    case .heading: letter = "h"
    case .selection: letter = "s"
    }
    let emphasised = !attributes.intersection([.bold, .reverse]).isEmpty
    return emphasised ? Character(letter.uppercased()) : letter
  }
}
