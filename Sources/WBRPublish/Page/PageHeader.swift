import WBRModel

/// The page's header (title, week, data time, counts, how to read the marks) and the anomaly
/// walk: each anomaly with its badge, linked to its block.
struct PageHeader {
  var page: PageContext

  func write(_ html: inout HTMLWriter) {
    let deck = page.deck
    let analysis = page.analysis
    html.element(.header, [.class("page")]) { html in
      html.element(.h1, text: deck.title)
      var week = "Week ending \(PageHeader.weekday(deck.weekEnding)) \(deck.weekEnding) \u{00B7} "
      week += page.calendar.weekLabel(deck.weekEnding)
      if let asOf = deck.asOf { week += " \u{00B7} data as of " + asOf }
      html.element(.p, text: week)
      let missing = analysis.metrics.filter { $0.quality.contains(.missing) }.count
      var counts = [
        count(deck.metrics.count, "metric"), count(analysis.anomalies.count, "anomaly", "anomalies"),
      ]
      if missing > 0 { counts.append("\(missing) without a value this week") }
      html.element(.p, [.class("muted")], text: counts.joined(separator: " \u{00B7} "))
      html.element(
        .p, [.class("muted")],
        text: "Inputs first, then outputs, section by section. \u{201C}!\u{201D} marks bad news, "
          + "\u{201C}+\u{201D} good news, \u{201C}*\u{201D} a signal that is neither; the dots are "
          + "the strongest signal\u{2019}s strength (3 to 1). Colour only repeats these marks.")
    }
    html.newline()
    html.element(.nav, [.class("walk")]) { html in
      html.element(.h2, text: "Anomalies in walk order (\(analysis.anomalies.count))")
      guard !analysis.anomalies.isEmpty else {
        html.element(.p, text: "No anomalies this week.")
        return
      }
      let positions = Dictionary(uniqueKeysWithValues: analysis.order.enumerated().map { ($1, $0 + 1) })
      html.element(.ol) { html in
        for index in analysis.anomalies {
          let a = analysis.metrics[index]
          html.element(.li) { html in
            html.element(.a, [.text("href", "#m\(positions[index] ?? 0)")]) { html in
              if let badge = SignalTone.badge(a), let strongest = a.signals.first {
                html.element(
                  .span,
                  [
                    strongest.direction == .bad
                      ? .class("badge bad")
                      : strongest.direction == .good
                        ? .class("badge good") : .class("badge warn")
                  ], text: badge)
                html.text(" ")
              }
              html.text(deck.metrics[index].name)
            }
            html.element(
              .span, [.class("muted")],
              text: " \u{2014} " + (page.ownerName(of: index) ?? "(no owner)") + " \u{00B7} "
                + a.signals.map(\.id.rawValue).joined(separator: " "))
          }
        }
      }
    }
    html.newline()
  }

  private func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) " + (n == 1 ? one : many ?? one + "s")
  }

  static func weekday(_ day: Day) -> String {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.isoWeekday - 1]
  }
}
