/// The text form of `wbr report`: a header, then every metric in screen order under its
/// heading (inputs first, section by section), each with its owner, value, WoW, YoY, vs target,
/// the two sparklines, data-quality marks and, on the lines below, its signals; then the
/// anomaly walk.
///
/// Plain text with no colour, so the meaning is in the words and marks ("!" before an anomaly,
/// "good"/"bad" on each signal); `ascii` keeps every glyph the report adds to ASCII.
public enum ReportText {
  /// The whole report, one trailing newline.
  /// - Complexity: O(metrics + their points), via the analysis already computed.
  public static func render(_ report: DeckReport, ascii: Bool = false) -> String {
    let analysis = report.analysis
    var cells: [Int: ReportCells] = [:]
    for i in analysis.order { cells[i] = ReportCells(report: report, index: i, ascii: ascii) }
    let columns = ReportColumns(Array(cells.values))
    var lines = header(report, ascii: ascii)
    lines.append(columns.line(ReportCells.titles, ascii: ascii))
    for group in analysis.groups {
      lines.append("")
      lines.append(SafeText.clean(group.heading(ascii: ascii)))
      for i in group.metrics {
        guard let row = cells[i] else { continue }
        lines.append(columns.line(row, ascii: ascii))
        for signal in analysis.metrics[i].signals { lines.append(signalLine(signal)) }
      }
    }
    lines.append("")
    lines += anomalyList(report, ascii: ascii)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Title, week, data time, and the counts.
  static func header(_ report: DeckReport, ascii: Bool) -> [String] {
    let deck = report.deck
    let dot = ascii ? " - " : " \u{00B7} "
    var week = "Week ending \(weekdayName(deck.weekEnding)) \(deck.weekEnding)"
    if let asOf = deck.asOf { week += dot + "data as of " + SafeText.clean(asOf) }
    var counts = [
      count(deck.metrics.count, "metric"), count(report.analysis.anomalies.count, "anomaly", "anomalies"),
    ]
    if report.missingCount > 0 { counts.append("\(report.missingCount) without a value this week") }
    let qualified = report.analysis.metrics.filter(\.signalsQualified).count
    if qualified > 0 { counts.append("\(qualified) with signals only on partial or doubled data") }
    return [SafeText.clean(deck.title), week, counts.joined(separator: dot), ""]
  }

  /// `    ! xmr.limit     3 bad   2,061 is above the upper natural process limit 1,953.2`; a
  /// signal the data's quality may explain has its mark where good or bad would be
  /// (`3 data.partial ...`).
  static func signalLine(_ signal: Signal) -> String {
    let id = signal.id.rawValue.padded(toWidth: 14)
    let direction = (signal.qualifiedBy?.rawValue ?? signal.direction.rawValue).padded(toWidth: 7)
    return trimmingTrailingSpaces(
      "      \(id)\(signal.strength) \(direction) \(SafeText.clean(signal.sentence))")
  }

  /// The walk: number, name, owner and signal ids of each anomaly, in walk order.
  static func anomalyList(_ report: DeckReport, ascii: Bool) -> [String] {
    let walk = report.analysis.anomalies
    guard !walk.isEmpty else { return ["No anomalies this week."] }
    let names = walk.map { SafeText.clean(report.deck.metrics[$0].name) }
    let owners = walk.map { report.ownerName(of: $0).map { SafeText.clean($0) } ?? "(no owner)" }
    let nameWidth = min(names.map(\.displayWidth).max() ?? 0, ReportColumns.maxNameWidth)
    let ownerWidth = min(owners.map(\.displayWidth).max() ?? 0, ReportColumns.maxOwnerWidth)
    let numberWidth = String(walk.count).count
    var lines = ["Anomalies in walk order (\(walk.count)):"]
    for (n, i) in walk.enumerated() {
      let ids = report.analysis.metrics[i].signals.map(\.id.rawValue).joined(separator: " ")
      let cells = [
        "  " + String(n + 1).padded(toWidth: numberWidth, alignment: .right) + ".",
        names[n].fitted(toWidth: nameWidth, ascii: ascii),
        owners[n].fitted(toWidth: ownerWidth, ascii: ascii), ids,
      ]
      lines.append(trimmingTrailingSpaces(cells.joined(separator: "  ")))
    }
    return lines
  }

  static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) " + (n == 1 ? one : many ?? one + "s")
  }

  /// "Mon" … "Sun".
  static func weekdayName(_ day: Day) -> String {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.isoWeekday - 1]
  }

  static func trimmingTrailingSpaces(_ line: String) -> String {
    var s = Substring(line)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
