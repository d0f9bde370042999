import WBRModel

/// The command palette (`:`): a query typed over the screen's key list.
struct PaletteState: Sendable, Equatable {
  var query = LineEditor()
  /// Index into the matching commands.
  var selected = 0
}

/// One command the palette offers: a binding of the screen underneath.
struct PaletteCommand: Sendable, Equatable {
  /// The keys as help lists them ("↑ k").
  var keys: String
  var help: String
  var action: Action
}

/// The palette's list, for both sides: `PaletteUpdate` moves and runs in it, `PaletteView`
/// draws it. Its commands are the key table's bindings for the screen underneath, so it
/// offers exactly what help lists and the keys do (in a prep session, what it accepts).
enum PaletteLayout {
  /// The commands matching the query, best first: those whose description or keys contain it
  /// as typed first, then those containing its letters in order (a fuzzy match: "nxa" finds
  /// "next anomaly"); table order within each. Case and accents are ignored.
  static func matches(
    _ state: AppState, _ palette: PaletteState, bindings: KeyBindings? = nil
  ) -> [PaletteCommand] {
    var under = state
    under.overlay = nil
    let ascii = state.glyphs.isASCII
    let commands = (bindings ?? state.bindings).help(
      for: under.bindingContext, prep: state.meeting.prep != nil
    )
    .filter { $0.action != .show(.palette) }
    .map { PaletteCommand(keys: $0.keysLabel(ascii: ascii), help: $0.help, action: $0.action) }
    let needle = DeckFilter.needle(palette.query.text)
    guard !needle.isEmpty else { return commands }
    var exact: [PaletteCommand] = []
    var fuzzy: [PaletteCommand] = []
    for command in commands {
      let text = Array(DeckFilter.fold(command.help + " " + command.keys).utf8)
      if DeckFilter.contains(text, needle) {
        exact.append(command)
      } else if inOrder(needle, in: text) {
        fuzzy.append(command)
      }
    }
    return exact + fuzzy
  }

  /// Whether every byte of `needle` occurs in `text` in order (spaces in the needle skipped).
  static func inOrder(_ needle: [UInt8], in text: [UInt8]) -> Bool {
    var i = text.startIndex
    for byte in needle where byte != UInt8(ascii: " ") {
      guard let found = text[i...].firstIndex(of: byte) else { return false }
      i = found + 1
    }
    return true
  }

  /// The palette is a list panel at most 64 wide (`ListPanelLayout`).
  static let list = ListPanelLayout(maxWidth: 64)
  static func panel(in area: Rect) -> Rect { list.panel(in: area) }
  static func rows(in area: Rect) -> Rect { list.rows(in: area) }
  static func scroll(_ palette: PaletteState, rows: Rect) -> Int {
    ListPanelLayout.scroll(selected: palette.selected, rows: rows)
  }
}
