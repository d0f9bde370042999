import WBRModel

/// The drill-down screen (Enter on a metric): a two-line header, then a body that scrolls when
/// it does not fit (j/k, PgUp/PgDn, Home/End move `DrillDownContext.scroll`).
///
/// A pure function of the context and the rectangle, like every view: it draws into a
/// `ScreenBuffer` and never touches the terminal, so each screen is a golden text file.
enum DrillDownView {
  /// Draws the screen into `rect`; the scroll offset is clamped to the body.
  static func render(_ context: DrillDownContext, into buffer: inout ScreenBuffer, in rect: Rect) {
    let (headerRect, bodyRect) = rect.splitTop(DrillDownHeader.height)
    let body = DrillDownBody(context: context, width: bodyRect.width, viewport: bodyRect.height).buffer
    let limit = max(0, body.height - bodyRect.height)
    let scroll = min(max(0, context.scroll), limit)
    var position: String?
    if limit > 0 {
      let last = min(body.height, scroll + bodyRect.height)
      let dash = context.glyphs.isASCII ? "-" : "\u{2013}"
      let arrows =
        (scroll > 0 ? String(context.glyphs.up) : "") + (scroll < limit ? String(context.glyphs.down) : "")
      position = "\(arrows) \(scroll + 1)\(dash)\(last)/\(body.height)"
    }
    DrillDownHeader(context: context).draw(into: &buffer, in: headerRect, position: position)
    copy(body, fromRow: scroll, into: &buffer, in: bodyRect)
  }

  /// The largest useful scroll offset for `context` shown in `rect` (0 when the body fits), for
  /// the update function to clamp scrolling with.
  static func maxScroll(_ context: DrillDownContext, in rect: Rect) -> Int {
    let bodyRect = rect.splitTop(DrillDownHeader.height).rest
    let body = DrillDownBody(context: context, width: bodyRect.width, viewport: bodyRect.height).buffer
    return max(0, body.height - bodyRect.height)
  }

  /// Copies the rows of `source` from `fromRow` on into `rect`, as many as fit: through a
  /// buffer of the rectangle's size, so nothing is drawn outside it.
  private static func copy(
    _ source: ScreenBuffer, fromRow: Int, into buffer: inout ScreenBuffer, in rect: Rect
  ) {
    var window = ScreenBuffer(size: rect.size)
    window.draw(source, at: 0, y: -fromRow)
    buffer.draw(window, at: rect.x, y: rect.y)
  }
}
