import WBRModel

/// The bottom row: the filter being typed, else a status message, else the key hints of the
/// current context, generated from `KeyBindings` so they always match what the keys do.
enum FooterView {
  static func draw(
    _ state: AppState, in area: Rect, bindings: KeyBindings? = nil, on buffer: inout ScreenBuffer
  ) {
    guard !area.isEmpty else { return }
    if let input = state.filterInput, state.overlay == nil {
      drawFilter(input, in: area, glyphs: state.glyphs, on: &buffer)
      return
    }
    if let message = state.message {
      let style: Style = message.kind == .error ? Style.bad.adding(.bold) : .accent
      buffer.put(
        message.text.fitted(toWidth: area.width, ascii: state.glyphs.isASCII), at: area.x, y: area.y,
        style: style)
      return
    }
    var x = area.x
    let ascii = state.glyphs.isASCII
    let shown = (bindings ?? state.bindings).footer(
      for: state.bindingContext, prep: state.meeting.prep != nil)
    let hints = shown.compactMap { binding in
      binding.footer.map { (keys: binding.footerKeysLabel(ascii: ascii), label: $0) }
    }
    // Two spaces between hints when they all fit so, else one (80 columns hold the deck's).
    let widths = hints.map { $0.keys.displayWidth + 1 + $0.label.displayWidth }
    let gap = widths.reduce(0, +) + 2 * max(0, hints.count - 1) <= area.width ? "  " : " "
    for (hint, width) in zip(hints, widths) {
      guard x + width <= area.maxX else { break }
      x = buffer.put(hint.keys, at: x, y: area.y, style: Style(.accent, .bold))
      x = buffer.put(" " + hint.label + gap, at: x, y: area.y, style: .muted, maxWidth: area.maxX - x)
    }
  }

  /// "/" then the typed text, with the cursor shown as a reverse-video cell.
  private static func drawFilter(
    _ input: LineEditor, in area: Rect, glyphs: Glyphs, on buffer: inout ScreenBuffer
  ) {
    let prompt = "Filter: "
    let x = buffer.put(prompt, at: area.x, y: area.y, style: Style(.accent, .bold))
    let (text, cursor) = input.visible(width: area.maxX - x, columns: { $0.displayWidth })
    buffer.put(text, at: x, y: area.y)
    let cursorX = x + cursor
    if cursorX < area.maxX {
      buffer.restyle(Rect(x: cursorX, y: area.y, width: 1, height: 1)) { $0.adding(.reverse) }
    }
  }
}
