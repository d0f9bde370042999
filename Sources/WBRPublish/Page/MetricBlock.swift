import WBRModel

/// One metric of the page, as one block that never splits across printed pages: its name,
/// badge and owner, this week's numbers and sparklines, the signals as sentences, the 6-12
/// chart, the summary box, what the meeting recorded, and what the metric is.
struct MetricBlock {
  var page: PageContext
  /// The meeting's record, when the page has a journal.
  var record: PageRecord?
  /// Index into `Deck.metrics`.
  var index: Int
  /// 1-based position in screen order.
  var position: Int

  private var metric: Metric { page.deck.metrics[index] }
  private var analysis: MetricAnalysis { page.analysis.metrics[index] }

  func write(_ html: inout HTMLWriter) {
    let a = analysis
    html.element(
      .article,
      [a.isAnomaly ? .class("metric signal") : .class("metric"), .text("id", "m\(position)")]
    ) { html in
      head(&html)
      cells(&html)
      signals(&html)
      html.element(.figure) { html in
        ChartSVG(
          data: SixTwelve(metric: metric, in: page.deck), limits: a.xmr, format: a.format,
          calendar: page.calendar, signal: a.signals.first?.direction, name: metric.name
        ).write(&html)
        ChartLegend.write(
          hasTarget: metric.weeklyTargets.contains { $0.value != nil }
            || metric.monthlyTargets.contains { $0.value != nil }, hasLimits: a.xmr != nil,
          signal: a.isAnomaly && a.current != nil, &html)
      }
      if let record { MetricRecordView(record: record, metric: metric).write(&html) }
      html.element(.div, [.class("facts")]) { html in
        SummaryTable(metric: metric, analysis: a).write(&html)
        AboutList(page: page, metric: metric, analysis: a).write(&html)
      }
      html.element(.p, [.class("end")]) { html in
        html.element(.span, [.class("nowrap")], text: "Metric \(position) of \(page.analysis.order.count)")
        html.text(" \u{00B7} id " + metric.id)
      }
    }
    html.newline()
  }

  private func head(_ html: inout HTMLWriter) {
    let a = analysis
    html.element(.div, [.class("head")]) { html in
      html.element(.h3) { html in
        if let badge = SignalTone.badge(a), let strongest = a.signals.first {
          html.element(
            .span,
            [
              colourAttribute(.badge, strongest.direction),
              .text("title", "\(SignalTone.words(strongest.direction)), strength \(a.strength)"),
            ], text: badge)
          html.text(" ")
        }
        html.text(metric.name)
      }
      html.element(.span, [.class("pos")], text: "Metric \(position) of \(page.analysis.order.count)")
    }
    html.element(.p, [.class("owner")]) { html in
      html.element(.span, [.class("muted")], text: "Owner ")
      if let name = page.ownerName(of: index) {
        html.text(name)
      } else {
        html.element(.span, [.class("warn")], text: "(no owner)")
      }
      html.element(.span, [.class("muted")], text: " \u{00B7} \(metric.kind == .input ? "input" : "output")")
    }
  }

  private func cells(_ html: inout HTMLWriter) {
    let a = analysis
    let texts = MetricTexts(a)
    html.element(.div, [.class("cells")]) { html in
      cell("This week", texts.value, SignalTone.signal(for: .value, in: a), &html)
      cell("WoW", arrowed(a.wow, texts.wow), SignalTone.signal(for: .wow, in: a), &html)
      cell("YoY", arrowed(a.yoy, texts.yoy), SignalTone.signal(for: .yoy, in: a), &html)
      if !texts.vsTarget.isEmpty {
        cell(
          "vs target", arrowed(a.vsTarget, texts.vsTarget), SignalTone.signal(for: .vsTarget, in: a), &html)
      }
      html.element(.div, [.class("cell")]) { html in
        html.element(.span, [.class("k")], text: "Last 6 weeks")
        SparklineSVG.write(
          a.wowSparkline, zeroLine: false, label: "last 6 weeks " + texts.wowSparkline, &html)
      }
      html.element(.div, [.class("cell")]) { html in
        html.element(.span, [.class("k")], text: "YoY, 12 weeks")
        SparklineSVG.write(
          a.yoySparkline, zeroLine: true, label: "YoY of the last 12 weeks " + texts.yoySparkline, &html)
      }
    }
  }

  private func cell(_ key: String, _ value: String, _ signal: Signal?, _ html: inout HTMLWriter) {
    let attributes: [HTMLAttribute] =
      signal.map { [colourAttribute(.cell, $0.direction), .text("title", $0.sentence)] } ?? [.class("cell")]
    html.element(.div, attributes) { html in
      html.element(.span, [.class("k")], text: key)
      html.element(
        .span, [.class("v")], text: signal.map { SignalTone.mark($0.direction) + " " + value } ?? value)
    }
  }

  /// "↓ −14.9%": the arrow says the direction without colour.
  private func arrowed(_ change: Change?, _ text: String) -> String {
    guard change != nil else { return text }
    return ChangeFormat.arrow(change) + " " + text
  }

  private func signals(_ html: inout HTMLWriter) {
    let a = analysis
    html.element(.ul, [.class("signals")]) { html in
      for signal in a.signals {
        html.element(.li, [colourAttribute(.plain, signal.direction)]) { html in
          html.element(
            .strong,
            text: SignalTone.mark(signal.direction) + " "
              + SignalTone.words(signal.direction).capitalizedFirst + ":")
          html.text(" " + signal.clause + " ")
          html.element(.span, [.class("muted")], text: "(\(signal.id.rawValue))")
        }
      }
      for mark in a.quality {
        html.element(.li, [.class("muted")], text: "Data: " + QualityText.sentence(mark, a, metric))
      }
      if a.signals.isEmpty && a.quality.isEmpty {
        html.element(.li, [.class("muted")], text: "No signal this week: routine variation")
      }
    }
  }

  private enum Slot { case badge, cell, plain }

  /// `class="badge bad"` and so on, from constants only.
  private func colourAttribute(_ slot: Slot, _ direction: Direction) -> HTMLAttribute {
    switch (slot, direction) {
    case (.badge, .bad): return .class("badge bad")
    case (.badge, .good): return .class("badge good")
    case (.badge, .neutral): return .class("badge warn")
    case (.cell, .bad): return .class("cell bad")
    case (.cell, .good): return .class("cell good")
    case (.cell, .neutral): return .class("cell warn")
    case (.plain, _): return .class(SignalTone.colourClass(direction))
    }
  }
}

extension String {
  /// "Bad news" from "bad news".
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
