import WBRModel

/// A text dialog: title, a hint saying whose words they are, and the text wrapped over up
/// to three rows with the cursor. Enter saves, Esc cancels.
enum DialogTextView {
  static let textRows = 3

  static func draw(_ state: AppState, _ d: TextDialog, in area: Rect, on buffer: inout ScreenBuffer) {
    let ascii = state.glyphs.isASCII
    let inner = DialogView.panel(
      d.title, innerHeight: 2 + textRows, in: area, glyphs: state.glyphs, on: &buffer)
    guard inner.height > 0, inner.width > 2 else { return }
    DialogView.put(
      d.hint, x: inner.x, y: inner.y, width: inner.width, style: .muted, ascii: ascii, on: &buffer)
    let field = inner.inset(top: 1, bottom: 1)
    guard field.height > 0 else { return }
    buffer.put(String(state.glyphs.right), at: field.x, y: field.y, style: Style(.accent, .bold))
    let text = field.inset(left: 2)
    let layout = DialogTextLayout.wrap(d.editor, width: text.width, rows: text.height)
    for (row, line) in layout.lines.enumerated() {
      buffer.put(line, at: text.x, y: text.y + row, maxWidth: text.width)
    }
    DialogView.cursor(x: text.x + layout.column, y: text.y + layout.row, clip: text, on: &buffer)
    let count = "\(d.editor.characters.count)/\(d.editor.maxLength)"
    if inner.height >= 3, count.count < inner.width {
      buffer.put(count, at: inner.maxX - count.count, y: inner.maxY - 1, style: .muted)
    }
  }
}
