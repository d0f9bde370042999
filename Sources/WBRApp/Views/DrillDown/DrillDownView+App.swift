import WBRModel

/// The drill-down in the meeting app: draws metric `index` of the state, with the page laid
/// out by an earlier frame when it is the one this frame would lay out (`RenderMemo`).
extension DrillDownView {
  static func draw(
    _ state: AppState, metric index: Int, in area: Rect, on buffer: inout ScreenBuffer, memo: inout RenderMemo
  ) {
    let context = DrillDownLayout.context(state, metric: index)
    let body = DrillDownLayout.bodyRect(in: area)
    let key = DrillDownPage.Key(context, width: body.width, viewport: body.height)
    let page: DrillDownPage
    if let kept = memo.drillDownPage, kept.key == key {
      page = kept
    } else {
      page = DrillDownPage(context, width: body.width, viewport: body.height)
      memo.drillDownPage = page
    }
    render(context, page: page, into: &buffer, in: area)
  }
}
