import WBRModel

/// Draws the meeting record's dialogs over the body: the outcome menu, one-line text
/// dialogs and the commitment form. Each is a bordered panel centred in the body.
enum DialogView {
  static func draw(_ state: AppState, _ dialog: RecordDialog, in area: Rect, on buffer: inout ScreenBuffer) {
    switch dialog {
    case .outcomeMenu(let menu): DialogOutcomeMenuView.draw(state, menu, in: area, on: &buffer)
    case .text(let d): DialogTextView.draw(state, d, in: area, on: &buffer)
    case .commitment(let form): DialogCommitmentFormView.draw(state, form, in: area, on: &buffer)
    case .confirmReview(let metrics): DialogConfirmReviewView.draw(state, metrics, in: area, on: &buffer)
    }
  }

  /// A panel `innerHeight` rows high (plus its border) and at most 72 columns wide, centred
  /// in `area`; returns the inside.
  static func panel(
    _ title: String, innerHeight: Int, in area: Rect, glyphs: Glyphs, on buffer: inout ScreenBuffer
  ) -> Rect {
    let size = Size(width: min(72, area.width), height: min(innerHeight + 2, area.height))
    return buffer.box(area.centered(size), title: title, glyphs: glyphs)
  }

  /// Puts `text` fitted to `width` columns (with an ellipsis when cut).
  @discardableResult
  static func put(
    _ text: String, x: Int, y: Int, width: Int, style: Style = .normal, ascii: Bool,
    on buffer: inout ScreenBuffer
  ) -> Int {
    guard width > 0 else { return x }
    return buffer.put(text.fitted(toWidth: width, ascii: ascii), at: x, y: y, style: style, maxWidth: width)
  }

  /// Shows the cursor as a reverse-video cell at (x, y) when it is inside `clip`.
  static func cursor(x: Int, y: Int, clip: Rect, on buffer: inout ScreenBuffer) {
    buffer.restyle(Rect(x: x, y: y, width: 1, height: 1).intersection(clip)) { $0.adding(.reverse) }
  }
}
