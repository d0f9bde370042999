import WBRModel

/// What the metric is: its description, the annotations dated in the chart's window (then how
/// many older ones there are), and the XmR limits with their baseline, as the drill-down's
/// "About" block says them.
struct AboutList {
  var page: PageContext
  var metric: Metric
  var analysis: MetricAnalysis

  func write(_ html: inout HTMLWriter) {
    html.element(.dl, [.class("about")]) { html in
      field("Description", metric.description ?? "(none in the deck)", &html)
      annotations(&html)
      field("XmR limits", limitsText, &html)
    }
  }

  private func field(_ name: String, _ text: String, _ html: inout HTMLWriter) {
    html.element(.dt, text: name)
    html.element(.dd, text: text)
  }

  private func annotations(_ html: inout HTMLWriter) {
    let w = page.deck.weekEnding
    let chart = SixTwelve(metric: metric, in: page.deck)
    let firstMonth = chart.months.first?.month ?? w.yearMonth
    let firstWeek = chart.weeks.first?.weekEnding.adding(days: -6) ?? w
    let start = min(Day(year: firstMonth.year, month: firstMonth.month, day: 1) ?? w, firstWeek)
    let notes = metric.annotations.sorted { $0.date < $1.date }
    let shown = notes.filter { $0.date >= start }
    let older = notes.count - shown.count
    html.element(.dt, text: "Annotations")
    html.element(.dd) { html in
      if notes.isEmpty { html.text("(none)") }
      for (i, note) in shown.enumerated() {
        if i > 0 { html.empty(.br) }
        var when = "\(note.date)"
        if note.date <= w {
          when +=
            " (" + page.calendar.weekLabel(w.adding(days: -7 * ((w.ordinal - note.date.ordinal) / 7))) + ")"
        }
        html.element(.span, [.class("muted")], text: when + "  ")
        html.text(note.text)
      }
      if older > 0 {
        if !shown.isEmpty { html.empty(.br) }
        html.element(.span, [.class("muted")], text: "\(older) older, before \(start)")
      }
    }
  }

  /// "CL 121.4, UNPL 132.5, LNPL 110.2 from 11 weeks (2025-09-06 to 2025-11-15)".
  private var limitsText: String {
    guard let x = analysis.xmr else {
      return "none: " + (analysis.xmrUnavailable.map { "\($0)" } ?? "no weekly data")
    }
    let f = analysis.format.refined
    var text =
      "CL \(f.format(x.centre)), UNPL \(f.format(x.upperNaturalLimit)), LNPL \(f.format(x.lowerNaturalLimit))"
    if let from = x.baselineFrom, let to = x.baselineTo {
      text += " from \(x.baselineWeeks.count) weeks (\(from) to \(to))"
    }
    if x.locked { text += x.baselineWeeks.isEmpty ? ", locked by the deck" : ", baseline named by the deck" }
    return text
  }
}
