/// Draws the whole meeting screen: `render(state, size) -> ScreenBuffer`, pure.
///
/// Views follow one shape: `static func draw(_ state: AppState, in area: Rect, on buffer:
/// inout ScreenBuffer)`, drawing only inside `area`. One file per screen or overlay.
public enum RootView {
  /// A frame with nothing kept from earlier frames (tests, golden screens, one-off frames).
  public static func render(_ state: AppState, size: Size) -> ScreenBuffer {
    var memo = RenderMemo()
    return render(state, size: size, memo: &memo)
  }

  /// A frame that reuses and updates `memo`'s layout (the run loop's frames).
  public static func render(_ state: AppState, size: Size, memo: inout RenderMemo) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: size)
    guard size.covers(MeetingLayout.minimumSize) else {
      TooSmallView.draw(size: size, glyphs: state.glyphs, on: &buffer)
      return buffer
    }
    let frame = MeetingLayout.frame(for: size)
    HeaderView.draw(state, in: frame.header, on: &buffer)
    switch state.screen {
    case .deck: DeckListView.draw(state, in: frame.body, on: &buffer)
    case .drillDown(let metric):
      DrillDownView.draw(state, metric: metric, in: frame.body, on: &buffer, memo: &memo)
    case .commitments: CommitmentsView.draw(state, in: frame.body, on: &buffer)
    }
    switch state.overlay {
    case .help: HelpView.draw(state, in: frame.body, on: &buffer)
    case .ownerPicker(let picker): OwnerPickerView.draw(state, picker, in: frame.body, on: &buffer)
    case .record(let dialog): DialogView.draw(state, dialog, in: frame.body, on: &buffer)
    case .palette(let palette): PaletteView.draw(state, palette, in: frame.body, on: &buffer)
    case nil: break
    }
    FooterView.draw(state, in: frame.footer, on: &buffer)
    return buffer
  }
}
