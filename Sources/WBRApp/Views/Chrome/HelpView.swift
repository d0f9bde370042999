import WBRModel

/// The `?` overlay: every key of the screen underneath, generated from `KeyBindings`.
enum HelpView {
  /// The help lines for the screen under the overlay: keys, then what they do.
  static func lines(_ state: AppState, bindings: KeyBindings = .standard) -> [(keys: String, help: String)] {
    var under = state
    under.overlay = nil
    let context = under.bindingContext
    let keys = bindings.help(for: context).map { ($0.keysLabel(ascii: state.glyphs.isASCII), $0.help) }
    guard context == .deck else { return keys }
    return keys + [("", ""), ("Marks", "")] + DeckBadge.legend(ascii: state.glyphs.isASCII)
  }

  /// The panel over `body`: at most 64 columns wide, as tall as its `lines` (and borders) or
  /// the whole body, whichever is less; centred, so a tall terminal shows no empty box.
  static func panel(in body: Rect, lines: Int) -> Rect {
    body.centered(Size(width: min(64, body.width), height: min(body.height, lines + 2)))
  }

  /// The largest useful scroll position at the state's size.
  static func maxScroll(_ state: AppState) -> Int {
    let count = lines(state).count
    let inner = panel(in: MeetingLayout.frame(for: state.size).body, lines: count).inset(by: 1)
    return max(0, count - inner.height)
  }

  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard case .help(let scroll) = state.overlay else { return }
    let all = lines(state)
    let inner = buffer.box(panel(in: area, lines: all.count), title: "Keys", glyphs: state.glyphs)
    let keyWidth = min(max(0, inner.width / 2), (all.map { $0.keys.displayWidth }.max() ?? 0) + 2)
    let ascii = state.glyphs.isASCII
    for (row, line) in all.dropFirst(scroll).prefix(inner.height).enumerated() {
      let x = buffer.put(
        line.keys.fitted(toWidth: keyWidth, ascii: ascii), at: inner.x, y: inner.y + row,
        style: Style(.accent, .bold))
      buffer.put(line.help.fitted(toWidth: inner.maxX - x, ascii: ascii), at: x, y: inner.y + row)
    }
  }
}
