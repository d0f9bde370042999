import WBRModel

/// The drill-down's two header lines: the metric's name with its place on the anomaly walk
/// ("anomaly 2 of 5"), then kind, section and owner; the scroll position at the right when the
/// body does not fit.
struct DrillDownHeader: Sendable {
  var context: DrillDownContext

  static let height = 2

  /// `position` is "lines 1–20 of 48" text when the body scrolls, nil otherwise.
  func draw(into buffer: inout ScreenBuffer, in rect: Rect, position: String?) {
    guard let metric = context.shownMetric else {
      buffer.put("No such metric", at: rect.x, y: rect.y, style: .bad, maxWidth: rect.width)
      return
    }
    let glyphs = context.glyphs
    let ascii = glyphs.isASCII
    var right: (String, Style)?
    if let (k, n) = context.anomalyPosition {
      right = ("\(glyphs.anomaly) anomaly \(k) of \(n)", Style(.bad, .bold))
    } else if context.metricAnalysis?.isAnomaly == true {
      // An anomaly outside the list walked (opened before the filter changed).
      right = ("\(glyphs.anomaly) anomaly", Style(.bad, .bold))
    } else if context.metricAnalysis?.quality.isEmpty == false {
      right = ("data quality", .warn)
    }
    let rightWidth = right.map { $0.0.displayWidth + 2 } ?? 0
    let name = SafeText.clean(metric.name)
    buffer.put(
      name.truncated(toWidth: rect.width - rightWidth, ascii: ascii), at: rect.x, y: rect.y, style: .heading)
    if let right, rect.width > rightWidth {
      buffer.put(right.0, at: rect.maxX - right.0.displayWidth, y: rect.y, style: right.1)
    }
    guard rect.height > 1 else { return }
    let section = context.analysis.sectionTitle(for: context.metric)
    let dot = ascii ? " | " : " \u{00B7} "
    let owner = context.ownerName.map { "owner " + $0 } ?? "no owner"
    let kind = metric.kind == .input ? "Input" : "Output"
    let details = [kind, section, owner].joined(separator: dot)
    let positionWidth = position.map { $0.displayWidth + 2 } ?? 0
    let room = rect.width - positionWidth
    buffer.put(
      SafeText.clean(details).truncated(toWidth: room, ascii: ascii), at: rect.x, y: rect.y + 1,
      style: .muted)
    if let position, rect.width > positionWidth {
      buffer.put(position, at: rect.maxX - position.displayWidth, y: rect.y + 1, style: .accent)
    }
  }
}
