import WBRModel

/// The outcome menu of `e`: what the metric's discussion ended with, one letter each.
enum DialogOutcomeMenuView {
  static func draw(_ state: AppState, _ menu: OutcomeMenu, in area: Rect, on buffer: inout ScreenBuffer) {
    let content = state.content
    guard content.deck.metrics.indices.contains(menu.metric) else { return }
    let metric = content.deck.metrics[menu.metric]
    let ascii = state.glyphs.isASCII
    let owner = content.ownerName(ofMetric: menu.metric)
    let current = state.meeting.thisWeek.outcomes[metric.id]
    let inner = DialogView.panel(
      "Outcome: \(metric.name)", innerHeight: 3 + menu.options.count, in: area, glyphs: state.glyphs,
      on: &buffer)
    guard inner.height > 0, inner.width > 0 else { return }
    let signals = DialogRecordText.signals(state, metric: menu.metric)
    DialogView.put(
      "Owner \(owner ?? "unassigned") \(state.glyphs.bullet) \(signals)", x: inner.x, y: inner.y,
      width: inner.width, style: .muted, ascii: ascii, on: &buffer)
    if inner.height > 1 {
      let now = current.map { "Now: " + DialogRecordText.outcome($0, ascii: ascii) } ?? "Now: no outcome"
      DialogView.put(
        now, x: inner.x, y: inner.y + 1, width: inner.width, style: .muted, ascii: ascii, on: &buffer)
    }
    let labelWidth = 15
    for (i, option) in menu.options.enumerated() {
      let y = inner.y + 3 + i
      guard y < inner.maxY else { break }
      let selected = i == menu.selected
      let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
      let base: Style = selected ? .selection : .normal
      if selected { buffer.setStyle(row, base) }
      var x = buffer.put(selected ? "\(state.glyphs.pointer) " : "  ", at: row.x, y: y, style: base)
      x = buffer.put(String(option.key), at: x, y: y, style: selected ? base : Style(.accent, .bold))
      x = buffer.put("  ", at: x, y: y, style: base)
      x = DialogView.put(
        option.label, x: x, y: y, width: min(labelWidth, row.maxX - x), style: selected ? base : .bold,
        ascii: ascii, on: &buffer)
      x = max(x, row.x + 5 + labelWidth)
      let what = describe(option, owner: owner, next: state.meeting.nextMeeting)
      DialogView.put(
        what, x: x, y: y, width: row.maxX - x, style: selected ? base : .muted, ascii: ascii, on: &buffer)
    }
  }

  private static func describe(_ option: OutcomeOption, owner: String?, next: Day) -> String {
    switch option {
    case .explained: return "the owner explains the variance"
    case .investigating: return "\(owner ?? "the owner") reports back on \(next)"
    case .routine: return "overrule the signal: nothing to see here"
    case .clear: return "take the outcome back"
    }
  }
}
