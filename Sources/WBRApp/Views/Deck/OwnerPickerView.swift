import Foundation
import WBRModel

/// The owner picker overlay (`o`): type to narrow the owners, ↑↓ to choose, Enter shows only
/// that owner's metrics.
enum OwnerPickerView {
  static func draw(
    _ state: AppState, _ picker: OwnerPickerState, in area: Rect, on buffer: inout ScreenBuffer
  ) {
    let panel = area.centered(Size(width: min(48, area.width), height: min(16, area.height)))
    let inner = buffer.box(panel, title: "Show the metrics of", glyphs: state.glyphs)
    guard inner.height > 0 else { return }
    let ascii = state.glyphs.isASCII
    let x = buffer.put("Find: ", at: inner.x, y: inner.y, style: .accent, maxWidth: inner.width)
    let (text, cursor) = picker.query.visible(width: inner.maxX - x, columns: { $0.displayWidth })
    buffer.put(text, at: x, y: inner.y)
    buffer.restyle(Rect(x: x + cursor, y: inner.y, width: 1, height: 1).intersection(inner)) {
      $0.adding(.reverse)
    }
    let list = picker.matches(in: state.content)
    let rows = inner.inset(top: 1)
    let scroll = max(0, picker.selected - rows.height + 1)
    for (row, owner) in list.dropFirst(scroll).prefix(rows.height).enumerated() {
      let selected = scroll + row == picker.selected
      let label = owner.name + (owner.team.map { " (\($0))" } ?? "")
      let style: Style = selected ? .selection : .normal
      if selected { buffer.setStyle(rows.row(row), style) }
      buffer.put(label.fitted(toWidth: rows.width, ascii: ascii), at: rows.x, y: rows.y + row, style: style)
    }
    if list.isEmpty, rows.height > 0 {
      buffer.put("No owner matches", at: rows.x, y: rows.y, style: .muted, maxWidth: rows.width)
    }
  }
}
