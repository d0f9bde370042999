import WBRModel

/// A one-line text dialog over the screen: title, the line being typed, the cursor.
enum TextEntryView {
  static func draw(_ state: AppState, _ entry: TextEntryState, in area: Rect, on buffer: inout ScreenBuffer) {
    let panel = area.centered(Size(width: min(72, area.width), height: min(3, area.height)))
    let inner = buffer.box(panel, title: entry.title, glyphs: state.glyphs)
    guard inner.height > 0, inner.width > 0 else { return }
    let (text, cursor) = entry.editor.visible(width: inner.width, columns: { $0.displayWidth })
    buffer.put(text, at: inner.x, y: inner.y)
    buffer.restyle(Rect(x: inner.x + cursor, y: inner.y, width: 1, height: 1).intersection(inner)) {
      $0.adding(.reverse)
    }
  }
}
