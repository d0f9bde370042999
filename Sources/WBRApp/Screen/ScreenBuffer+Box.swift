extension ScreenBuffer {
  /// Draws a bordered panel over `rect` (its inside cleared) with `title` in the top border,
  /// and returns the inside. Overlays use it; a rect under 2×2 just gets cleared.
  @discardableResult
  mutating func box(
    _ rect: Rect, title: String = "", glyphs: Glyphs, style: Style = .normal
  ) -> Rect {
    fill(rect, style: style)
    guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    let corners = glyphs.corners
    horizontalLine(x: rect.x, y: rect.y, width: rect.width, glyph: glyphs.horizontal, style: style)
    horizontalLine(x: rect.x, y: rect.maxY - 1, width: rect.width, glyph: glyphs.horizontal, style: style)
    verticalLine(x: rect.x, y: rect.y, height: rect.height, glyph: glyphs.vertical, style: style)
    verticalLine(x: rect.maxX - 1, y: rect.y, height: rect.height, glyph: glyphs.vertical, style: style)
    put(String(corners[0]), at: rect.x, y: rect.y, style: style)
    put(String(corners[1]), at: rect.maxX - 1, y: rect.y, style: style)
    put(String(corners[2]), at: rect.x, y: rect.maxY - 1, style: style)
    put(String(corners[3]), at: rect.maxX - 1, y: rect.maxY - 1, style: style)
    if !title.isEmpty, rect.width > 4 {
      let text = " " + title + " "
      put(
        text.truncated(toWidth: rect.width - 4, ascii: glyphs.isASCII), at: rect.x + 2, y: rect.y,
        style: style.adding(.bold))
    }
    return rect.inset(by: 1)
  }
}
