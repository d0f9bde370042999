import WBRModel

/// One metric row of the deck list: "▶", the record mark, the signal badge, quality marks,
/// name, this week's value, WoW, YoY, vs target, the two sparklines and the owner.
///
/// The second column is the meeting record's slot: the outcome (E/I/R) or a tick for
/// reviewed, from `RecordSummary.mark`. Texts come precomputed from `DeckRowText`; this only
/// places them in the columns `DeckColumns` chose.
enum DeckRowView {
  static func draw(
    _ state: AppState, metric index: Int, selected: Bool, columns c: DeckColumns, in area: Rect,
    on buffer: inout ScreenBuffer
  ) {
    let content = state.content
    guard content.rowTexts.indices.contains(index), content.deck.metrics.indices.contains(index) else {
      return
    }
    let text = content.rowTexts[index]
    let ascii = state.glyphs.isASCII
    let base: Style = selected ? .selection : .normal
    let quiet: Style = selected ? .selection : .muted
    let y = area.y
    var x = area.x
    x = buffer.put(selected ? String(state.glyphs.pointer) : " ", at: x, y: y, style: base)
    if let mark = RecordSummary.mark(state, metric: index) {
      x = buffer.put(mark.glyph, at: x, y: y, style: emphasis(mark.role, selected).adding(.bold))
    } else {
      x = buffer.put(" ", at: x, y: y, style: base)
    }
    x = buffer.put(" ", at: x, y: y, style: base)
    x = buffer.put(
      text.badge, at: x, y: y, width: DeckBadge.width,
      style: emphasis(text.badgeRole, selected).adding(.bold),
      ascii: ascii)
    let qualityWidth = c.lead - (x - area.x)
    x = buffer.put(
      " " + text.quality, at: x, y: y, width: qualityWidth, style: quiet.adding(.dim), ascii: ascii)
    let name = c.name <= DeckRowText.nameColumns ? text.name : content.deck.metrics[index].name
    if let run = RepeatSignal.run(state, metric: index), c.name > 8 {
      // The repeat mark keeps its place at the name's end; the name gives way.
      let mark = " " + RepeatSignal.mark(run, ascii: ascii)
      let nameWidth = min(c.name - mark.displayWidth, name.displayWidth)
      x = buffer.put(name, at: x, y: y, width: nameWidth, style: base, ascii: ascii)
      x = buffer.put(mark, at: x, y: y, style: emphasis(.warn, selected).adding(.bold))
      x = buffer.put("", at: x, y: y, width: c.name - nameWidth - mark.displayWidth, style: base)
    } else {
      x = buffer.put(name, at: x, y: y, width: c.name, style: base, ascii: ascii)
    }
    x = number(text.value, at: x, y: y, width: c.value, style: base, gap: base, on: &buffer)
    x = number(
      text.wow, at: x, y: y, width: c.wow, style: emphasis(text.wowRole, selected), gap: base, on: &buffer)
    x = number(
      text.yoy, at: x, y: y, width: c.yoy, style: emphasis(text.yoyRole, selected), gap: base, on: &buffer)
    x = number(
      text.vsTarget, at: x, y: y, width: c.target, style: emphasis(text.targetRole, selected), gap: base,
      on: &buffer)
    for (field, width) in [(text.sparkline, c.spark), (text.yoySparkline, c.yoySpark), (text.owner, c.owner)]
    where width > 0 {
      x = buffer.put("  ", at: x, y: y, style: quiet)
      x = buffer.put(field, at: x, y: y, width: width - 2, style: quiet, ascii: ascii)
    }
    buffer.fill(Rect(x: x, y: y, width: area.maxX - x, height: 1), style: base)
  }

  /// A right-aligned number column; its width always holds the widest value plus a space,
  /// so numbers are never cut.
  private static func number(
    _ text: String, at x: Int, y: Int, width: Int, style: Style, gap: Style, on buffer: inout ScreenBuffer
  ) -> Int {
    guard width > 0 else { return x }
    let start = buffer.put(" ", at: x, y: y, style: gap)
    return buffer.put(text, at: start, y: y, width: width - 1, alignment: .right, style: style)
  }

  /// A colour role, in reverse video on the selected row so it stays readable there.
  private static func emphasis(_ role: ColorRole, _ selected: Bool) -> Style {
    selected ? Style(role, .reverse) : Style(role)
  }
}
