import WBRModel

/// `R`'s question over the deck: how many metrics Enter marks reviewed, and which list they
/// come from (the filter or owner on screen), so the lead knows what one key will do.
enum DialogConfirmReviewView {
  static func draw(_ state: AppState, _ metrics: [String], in area: Rect, on buffer: inout ScreenBuffer) {
    let ascii = state.glyphs.isASCII
    let inner = DialogView.panel(
      "Mark the rest reviewed", innerHeight: 3, in: area, glyphs: state.glyphs, on: &buffer)
    guard inner.height > 0, inner.width > 0 else { return }
    let many = metrics.count == 1 ? "1 metric" : "\(metrics.count) metrics"
    DialogView.put(
      "Mark \(many) reviewed? Enter", x: inner.x, y: inner.y, width: inner.width, style: .bold, ascii: ascii,
      on: &buffer)
    guard inner.height > 2 else { return }
    let list = state.deckList
    var scope = "Every metric of \(listName(state)) with no signal and no mark yet;"
    if list.filter.isEmpty && list.owner == nil { scope = "Every metric with no signal and no mark yet;" }
    DialogView.put(
      scope + " one change: u takes it back. Esc: no", x: inner.x, y: inner.y + 2, width: inner.width,
      style: .muted, ascii: ascii, on: &buffer)
  }

  private static func listName(_ state: AppState) -> String {
    let list = state.deckList
    var parts: [String] = []
    if let owner = list.owner { parts.append(RecordSummary.ownerName(owner, state.content)) }
    if !list.filter.isEmpty { parts.append("\"\(list.filter)\"") }
    return "the list (" + parts.joined(separator: ", ") + ")"
  }
}
