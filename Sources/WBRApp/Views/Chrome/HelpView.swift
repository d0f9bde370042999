import WBRModel

/// The `?` overlay: every key of the screen underneath, generated from `KeyBindings`.
enum HelpView {
  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard case .help(let scroll) = state.overlay else { return }
    let all = HelpLayout.lines(state)
    let inner = buffer.box(HelpLayout.panel(in: area, lines: all.count), title: "Keys", glyphs: state.glyphs)
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
