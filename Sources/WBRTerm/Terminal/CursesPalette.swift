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

  /// The pair of each role with a colour (pair numbers from 1, in `ColorRole` order).
  private var pairs: [ColorRole: Int16] = [:]

  /// Starts colour when wanted and available, with `scheme`'s colour per role (a 256-colour
  /// index on a terminal with fewer colours falls back to the role's attributes). Call after
  /// `newterm`.
  init(color wanted: Bool, scheme: ColorScheme = .theme(.auto)) {
    var ok = false
    if wanted && has_colors() {
      ok = start_color() == OK && use_default_colors() == OK && wbr_colors() >= 8
    }
    usesColor = ok
    if ok {
      let available = Int(wbr_colors())
      for role in ColorRole.allCases where role != .selection {
        guard let color = scheme.colors[role], color.number < available else { continue }
        let pair = Int16(pairs.count + 1)
        if init_pair(pair, Int16(color.number), -1) == OK { pairs[role] = pair }
      }
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
    let colored = usesColor ? pairs[style.role] : nil
    let pair = colored ?? 0
    switch style.role {
    case .normal, .good: break
    case .muted: attributes |= wbr_a_dim()
    case .heading: attributes |= wbr_a_bold()
    case .selection: attributes |= wbr_a_reverse()
    case .bad, .warn:
      if colored == nil { attributes |= wbr_a_bold() }
    case .accent:
      if colored == nil { attributes |= wbr_a_underline() }
    }
    return (attributes, pair)
  }
}
