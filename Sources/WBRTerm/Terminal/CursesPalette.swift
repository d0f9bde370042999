import CNcurses
import WBRApp

/// Maps a `Style` to curses attributes and a colour pair.
///
/// The palette is chosen to read on dark and light backgrounds and on a projector: the
/// terminal's own foreground and background (`use_default_colors`), plus red, green, blue and
/// magenta, which keep their contrast on both black and white. Yellow and cyan are not used
/// (they vanish on white). Headings are bold, secondary text dim, the selection reverse video,
/// so the screen keeps its structure without colour (`NO_COLOR`, `--no-color`, monochrome
/// terminals), where bad news is bold and the meaning is carried by glyphs and words.
struct CursesPalette {
  /// Indexed by `key(role, attributes)`: an array, because it is read for every cell drawn.
  private var table: [(attributes: attr_t, pair: Int16)] = []
  let usesColor: Bool

  /// Starts colour when wanted and available. Call after `newterm`.
  init(color wanted: Bool) {
    var ok = false
    if wanted && has_colors() {
      ok = start_color() == OK && use_default_colors() == OK && wbr_colors() >= 8
    }
    usesColor = ok
    if ok {
      _ = init_pair(1, Int16(COLOR_GREEN), -1)
      _ = init_pair(2, Int16(COLOR_RED), -1)
      _ = init_pair(3, Int16(COLOR_MAGENTA), -1)
      _ = init_pair(4, Int16(COLOR_BLUE), -1)
    }
    table = Array(repeating: (wbr_a_normal(), 0), count: ColorRole.allCases.count << 4)
    for role in ColorRole.allCases {
      for bits in 0..<16 {
        let attributes = TextAttributes(rawValue: UInt8(bits))
        table[key(role, attributes)] = resolve(Style(role, attributes))
      }
    }
  }

  /// Attributes and pair number for `style`.
  func look(_ style: Style) -> (attributes: attr_t, pair: Int16) {
    let index = key(style.role, style.attributes)
    return index < table.count ? table[index] : (wbr_a_normal(), 0)
  }

  private func key(_ role: ColorRole, _ attributes: TextAttributes) -> Int {
    Int(role.rawValue) << 4 | Int(attributes.rawValue & 0xF)
  }

  private func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
    var attributes = wbr_a_normal()
    if style.attributes.contains(.bold) { attributes |= wbr_a_bold() }
    if style.attributes.contains(.dim) { attributes |= wbr_a_dim() }
    if style.attributes.contains(.reverse) { attributes |= wbr_a_reverse() }
    if style.attributes.contains(.underline) { attributes |= wbr_a_underline() }
    var pair: Int16 = 0
    switch style.role {
    case .normal: break
    case .muted: attributes |= wbr_a_dim()
    case .heading: attributes |= wbr_a_bold()
    case .selection: attributes |= wbr_a_reverse()
    case .good: pair = usesColor ? 1 : 0
    case .bad:
      if usesColor { pair = 2 } else { attributes |= wbr_a_bold() }
    case .warn:
      if usesColor { pair = 3 } else { attributes |= wbr_a_bold() }
    case .accent:
      if usesColor { pair = 4 } else { attributes |= wbr_a_underline() }
    }
    return (attributes, pair)
  }
}
