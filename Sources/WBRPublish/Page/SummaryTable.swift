import WBRModel

/// The summary box under the chart, from `SummaryBox`: last week with its prior-year value,
/// YoY and WoW, then MTD, QTD and YTD with their YoY (one "n/a" row when the deck has none).
struct SummaryTable {
  var metric: Metric
  var analysis: MetricAnalysis

  func write(_ html: inout HTMLWriter) {
    let box = SummaryBox(metric: metric, analysis: analysis)
    let f = analysis.format
    html.element(.table, [.class("summary")]) { html in
      html.element(.thead) { html in
        html.element(.tr) { html in
          for title in ["", "This year", "Prior year", "YoY", "WoW"] { html.element(.th, text: title) }
        }
      }
      html.element(.tbody) { html in
        row(
          [
            "Last week", f.format(box.lastWeek), f.format(analysis.priorYear), change(box.yoy),
            change(box.wow),
          ],
          &html)
        let hasTotals = box.periods.contains { $0.current != nil || $0.priorYear != nil || $0.yoy != nil }
        if hasTotals {
          for p in box.periods {
            row([p.label, f.format(p.current), f.format(p.priorYear), change(p.yoy), ""], &html)
          }
        } else {
          row([box.periods.map(\.label).joined(separator: "/"), "n/a", "n/a", "n/a", ""], &html)
        }
      }
    }
  }

  private func row(_ cells: [String], _ html: inout HTMLWriter) {
    html.element(.tr) { html in
      for (i, cell) in cells.enumerated() { html.element(i == 0 ? .th : .td, text: cell) }
    }
  }

  private func change(_ change: Change?) -> String {
    guard let change else { return "n/a" }
    return ChangeFormat.arrow(change) + " " + change.formatted()
  }
}
