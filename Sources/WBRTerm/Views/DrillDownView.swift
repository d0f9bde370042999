import WBRModel

/// One metric in depth. A first version: what the metric is, this week's numbers, and the
/// signals in plain sentences; the 6-12 chart takes the space below when it arrives.
enum DrillDownView {
  static func draw(_ state: AppState, metric index: Int, in area: Rect, on buffer: inout ScreenBuffer) {
    let content = state.content
    let ascii = state.glyphs.isASCII
    guard content.deck.metrics.indices.contains(index), content.analysis.metrics.indices.contains(index),
      area.height > 0
    else { return }
    let metric = content.deck.metrics[index]
    let analysis = content.analysis.metrics[index]
    let format = ValueFormat(metric: metric)
    let inner = area.inset(left: 1, right: 1)
    var lines: [(String, Style)] = []
    lines.append((metric.name, .heading))
    var about = "\(metric.kind == .input ? "Input" : "Output") metric \(metric.id)"
    if let owner = content.ownerName(ofMetric: index) { about += ", owner \(owner)" }
    lines.append((about, .muted))
    if let description = metric.description { lines.append((description, .normal)) }
    lines.append(("", .normal))
    lines.append(("This week  " + format.format(analysis.current, ascii: ascii), .bold))
    lines.append(("WoW        " + ChangeFormat.format(analysis.wow, ascii: ascii), .normal))
    lines.append(("YoY        " + ChangeFormat.format(analysis.yoy, ascii: ascii), .normal))
    if let target = analysis.target {
      lines.append(("Target     " + format.format(target, ascii: ascii), .normal))
    }
    lines.append(("", .normal))
    if analysis.signals.isEmpty {
      lines.append(("Routine: no signal this week", .good))
    }
    for signal in analysis.signals {
      let style: Style = signal.direction == .bad ? .bad : signal.direction == .good ? .good : .warn
      lines.append(("\(state.glyphs.anomaly) \(signal.sentence) [\(signal.id.rawValue)]", style))
    }
    for mark in analysis.quality {
      lines.append(("\(state.glyphs.bullet) \(mark.rawValue)", .warn))
    }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      buffer.put(
        line.0.fitted(toWidth: inner.width, ascii: ascii), at: inner.x, y: inner.y + row, style: line.1)
    }
  }
}
