import WBRModel

/// The top row: deck title and week on the left, where the lead is on the right.
enum HeaderView {
  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard !area.isEmpty else { return }
    buffer.setStyle(area, .reverse)
    let deck = state.content.deck
    let list = state.deckList
    var right = ""
    switch state.screen {
    case .deck, .drillDown:
      let anomalies = state.content.analysis.anomalies.count
      let position = list.rows.isEmpty ? "0/0" : "\(list.selected + 1)/\(list.rows.count)"
      right = " \(anomalies) anomal\(anomalies == 1 ? "y" : "ies")  \(position) "
    case .commitments:
      right = ""
    }
    let progress = RecordSummary.progress(state)
    if !progress.isEmpty { right = " " + progress + " " + right }
    var x = area.x
    if state.record.isReadOnly {
      x = buffer.put(
        " READ-ONLY", at: x, y: area.y, style: Style(.bad, [.bold, .reverse]), maxWidth: area.width)
    }
    let left = " \(deck.title)  week ending \(deck.weekEnding)"
    let rightWidth = min(right.displayWidth, max(0, area.width / 2))
    let leftWidth = max(0, area.maxX - x - rightWidth)
    buffer.put(
      left.fitted(toWidth: leftWidth, ascii: state.glyphs.isASCII), at: x, y: area.y,
      style: Style(.heading, [.bold, .reverse]))
    buffer.put(
      right.fitted(toWidth: rightWidth, alignment: .right, ascii: state.glyphs.isASCII),
      at: x + leftWidth, y: area.y, style: .reverse)
  }
}
