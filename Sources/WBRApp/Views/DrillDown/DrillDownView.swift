import WBRModel

/// The drill-down screen (Enter on a metric): a two-line header, then a body that scrolls when
/// it does not fit (j/k, PgUp/PgDn, Home/End move `DrillDownContext.scroll`).
///
/// A pure function of the context and the rectangle, like every view: it draws into a
/// `ScreenBuffer` and never touches the terminal, so each screen is a golden text file. The
/// body is laid out once per metric and size (`DrillDownPage`); a frame copies the rows in view.
enum DrillDownView {
  /// Draws the screen into `rect`; the scroll offset is clamped to the body.
  static func render(_ context: DrillDownContext, into buffer: inout ScreenBuffer, in rect: Rect) {
    render(context, page: page(context, in: rect), into: &buffer, in: rect)
  }

  /// Draws the screen into `rect` with `page`, the body laid out for `context` (its key must
  /// be `DrillDownPage.Key(context, …)` for `rect`'s body).
  static func render(
    _ context: DrillDownContext, page: DrillDownPage, into buffer: inout ScreenBuffer, in rect: Rect
  ) {
    let (headerRect, bodyRect) = rect.splitTop(DrillDownHeader.height)
    let body = page.body
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

  /// The body of `context` laid out for the body of `rect`.
  static func page(_ context: DrillDownContext, in rect: Rect) -> DrillDownPage {
    let bodyRect = rect.splitTop(DrillDownHeader.height).rest
    return DrillDownPage(context, width: bodyRect.width, viewport: bodyRect.height)
  }

  /// The largest useful scroll offset for `context` shown in `rect` (0 when the body fits);
  /// the app clamps with `DrillDownLayout.maxScroll`, which lays out without drawing.
  static func maxScroll(_ context: DrillDownContext, in rect: Rect) -> Int {
    page(context, in: rect).maxScroll
  }

  /// Copies the rows of `source` from `fromRow` on into `rect`, as many as fit, nothing outside it.
  private static func copy(
    _ source: ScreenBuffer, fromRow: Int, into buffer: inout ScreenBuffer, in rect: Rect
  ) {
    if rect.x == 0, rect.width == buffer.width, source.width == rect.width {
      buffer.copyRows(of: source, from: fromRow, rows: rect.height, toRow: rect.y)
      return
    }
    var window = ScreenBuffer(size: rect.size)
    window.draw(source, at: 0, y: -fromRow)
    buffer.draw(window, at: rect.x, y: rect.y)
  }
}
