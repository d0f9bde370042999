import WBRModel

/// The drill-down's body for one metric at one size, laid out once and then shown a screenful
/// at a time: scrolling copies rows of it, it is not drawn again.
///
/// The run loop keeps the page last drawn in its `RenderMemo`; a frame uses it only when its
/// `key` equals the key of what the frame would draw, so the screen is the same with or
/// without it.
struct DrillDownPage: Sendable, Equatable {
  /// Everything the body depends on besides the deck (which never changes under a state):
  /// the metric, the body's size, the glyphs, the owner's name and the record's lines.
  struct Key: Sendable, Equatable {
    var metric: Int
    var width: Int
    var viewport: Int
    var glyphs: Glyphs
    var ownerName: String?
    var record: [DrillDownRecordLine]?

    init(_ context: DrillDownContext, width: Int, viewport: Int) {
      metric = context.metric
      self.width = width
      self.viewport = viewport
      glyphs = context.glyphs
      ownerName = context.ownerName
      record = context.record
    }
  }

  let key: Key
  /// The whole body, as tall as it needs (`DrillDownBody.buffer`).
  let body: ScreenBuffer

  /// Lays out `context`'s body `width` columns wide for a viewport of `viewport` rows.
  /// - Complexity: O(width × body rows), once per metric and size.
  init(_ context: DrillDownContext, width: Int, viewport: Int) {
    key = Key(context, width: width, viewport: viewport)
    body = DrillDownBody(context: context, width: width, viewport: viewport).buffer
  }

  /// The largest useful scroll offset in a viewport of `key.viewport` rows.
  var maxScroll: Int { max(0, body.height - key.viewport) }
}
