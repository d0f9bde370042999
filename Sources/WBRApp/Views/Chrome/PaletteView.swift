import WBRModel

/// The command palette overlay (`:`): type to narrow the commands, ↑↓ to choose, Enter runs
/// the chosen one. Each line names what the command does and its key, so the palette also
/// teaches the keys.
enum PaletteView {
  static func draw(_ state: AppState, _ palette: PaletteState, in area: Rect, on buffer: inout ScreenBuffer) {
    let inner = buffer.box(PaletteLayout.panel(in: area), title: "Commands", glyphs: state.glyphs)
    guard inner.height > 0 else { return }
    let ascii = state.glyphs.isASCII
    let x = buffer.put(":", at: inner.x, y: inner.y, style: .accent, maxWidth: inner.width)
    let (text, cursor) = palette.query.visible(width: inner.maxX - x, columns: { $0.displayWidth })
    buffer.put(text, at: x, y: inner.y)
    buffer.restyle(Rect(x: x + cursor, y: inner.y, width: 1, height: 1).intersection(inner)) {
      $0.adding(.reverse)
    }
    let list = PaletteLayout.matches(state, palette)
    let rows = PaletteLayout.rows(in: area)
    let keyWidth = min(max(0, rows.width / 3), (list.map { $0.keys.displayWidth }.max() ?? 0) + 2)
    let scroll = PaletteLayout.scroll(palette, rows: rows)
    for (row, command) in list.dropFirst(scroll).prefix(rows.height).enumerated() {
      let selected = scroll + row == palette.selected
      let style: Style = selected ? .selection : .normal
      if selected { buffer.setStyle(rows.row(row), style) }
      let x = buffer.put(
        command.keys.fitted(toWidth: keyWidth, ascii: ascii), at: rows.x, y: rows.y + row,
        style: selected ? style : Style(.accent, .bold))
      buffer.put(
        command.help.fitted(toWidth: rows.maxX - x, ascii: ascii), at: x, y: rows.y + row, style: style)
    }
    if list.isEmpty, rows.height > 0 {
      buffer.put("No command matches", at: rows.x, y: rows.y, style: .muted, maxWidth: rows.width)
    }
  }
}
