import WBRModel

/// The drill-down's text blocks, as wrapped lines: the signals as sentences, the data-quality
/// notes, what the metric is (description, annotations, owner, its paired metric) and, once the
/// meeting record exists, what the meeting said about it.
///
/// Deck text is only ever drawn through `ScreenBuffer.put`, which sanitizes it; wrapping
/// measures the sanitized text so the columns stay right.
struct DrillDownText: Sendable {
  var context: DrillDownContext

  private var ascii: Bool { context.glyphs.isASCII }

  /// Each signal as a sentence with its id, strongest first; then data-quality notes. A metric
  /// with neither gets one muted line saying so.
  func signalLines(width: Int) -> [StyledLine] {
    guard let a = context.metricAnalysis else { return [] }
    var lines: [StyledLine] = []
    for signal in a.signals {
      let style: Style =
        signal.qualifiedBy != nil
        ? .warn : signal.direction == .good ? .good : signal.direction == .bad ? .bad : .warn
      let lead = "\(context.glyphs.anomaly) "
      var sentence = signal.sentence
      if ascii {
        // The analysis may have been made for a Unicode screen.
        sentence = sentence.replacingOccurrences(of: "\u{2212}", with: "-")
          .replacingOccurrences(of: "\u{00B1}", with: "+/-")
      }
      let text =
        "\(sentence) (\(signal.id.rawValue)" + (signal.qualifiedBy.map { ", " + $0.rawValue } ?? "") + ")"
      lines += DrillDownWrap.hanging(lead, style.adding(.bold), text, style, width: width)
    }
    for mark in a.quality {
      lines += DrillDownWrap.hanging("! ", .warn, qualityText(mark, a), .warn, width: width)
    }
    if lines.isEmpty {
      lines.append(StyledLine("No signal this week: routine variation", .muted))
    }
    return lines
  }

  private func qualityText(_ mark: QualityMark, _ a: MetricAnalysis) -> String {
    switch mark {
    case .missing: return "No value for this week (\(mark.rawValue)): no signals, comparisons n/a"
    case .short:
      let why = a.xmrUnavailable.map { "XmR limits: \($0)" } ?? "not a year of history for YoY"
      return "Short history (\(mark.rawValue)): \(why)"
    case .partial:
      let days =
        context.shownMetric?.weekly.last?.days.map { "\($0) of 7 days have data" } ?? "days are missing"
      return "Partial week (\(mark.rawValue)): \(days); signals are not anomalies"
    case .duplicate:
      return
        "Days loaded twice in this week (\(mark.rawValue)): sums count them twice; signals are not anomalies"
    case .series:
      let n = context.shownMetric?.droppedPoints ?? 0
      return
        "\(n) point\(n == 1 ? "" : "s") left out as out of order, misaligned or repeated (\(mark.rawValue))"
    }
  }

  /// Description, annotations, owner and the paired metric(s).
  func aboutLines(width: Int) -> [StyledLine] {
    guard let metric = context.shownMetric else { return [] }
    var lines: [StyledLine] = []
    let label = 13
    func field(_ name: String, _ text: String, _ style: Style = .normal) {
      lines += DrillDownWrap.hanging(name.padded(toWidth: label), .muted, text, style, width: width)
    }
    field(
      "Description", metric.description ?? "(none in the deck)", metric.description == nil ? .muted : .normal)
    field("Owner", context.ownerName ?? "(no owner)", context.ownerName == nil ? .warn : .bold)
    if let paired = context.pairedMetric {
      field(paired.metric.kind == .output ? "Drives" : "Paired with", pairedText(paired.index, paired.metric))
    } else if let id = metric.pairsWith {
      field("Paired with", "\(id) (not in this deck)", .muted)
    }
    // Metrics pairing with this one: one line each, cut rather than wrapped, so an output
    // driven by many inputs keeps the block short.
    // By index: the scan runs over the whole deck and must not copy each metric.
    let metrics = context.deck.metrics
    let others = metrics.indices.filter { metrics[$0].pairsWith == metric.id && $0 != context.metric }
    for (n, i) in others.enumerated() {
      let other = metrics[i]
      let name = n > 0 ? "" : other.kind == .input ? "Driven by" : "Paired with"
      lines.append(StyledLine([(name.padded(toWidth: label), .muted), (pairedText(i, other), .normal)]))
    }
    field("XmR limits", limitsText, context.metricAnalysis?.xmr == nil ? .muted : .normal)
    field("Metric id", metric.id, .muted)
    annotationLines(metric, field)
    return lines
  }

  /// The annotations dated in the chart's window (its first month on), oldest first, each
  /// with its week ("wk 47"), then how many older ones were left out.
  private func annotationLines(_ metric: Metric, _ field: (String, String, Style) -> Void) {
    let w = context.deck.weekEnding
    let calendar = FiscalCalendar(deck: context.deck)
    let chart = SixTwelve(metric: metric, in: context.deck)
    let firstMonth = chart.months.first?.month ?? w.yearMonth
    let firstWeek = chart.weeks.first?.weekEnding.adding(days: -6) ?? w
    let start = min(Day(year: firstMonth.year, month: firstMonth.month, day: 1) ?? w, firstWeek)
    let notes = metric.annotations.sorted { $0.date < $1.date }
    let shown = notes.filter { $0.date >= start }
    let older = notes.count - shown.count
    if shown.isEmpty && older == 0 { field("Annotations", "(none)", .muted) }
    for (i, note) in shown.enumerated() {
      var when = "\(note.date)"
      if note.date <= w {
        let weekEnding = w.adding(days: -7 * ((w.ordinal - note.date.ordinal) / 7))
        when += " (\(calendar.weekLabel(weekEnding)))"
      }
      field(i == 0 ? "Annotations" : "", "\(when)  \(note.text)", .normal)
    }
    if older > 0 {
      field(shown.isEmpty ? "Annotations" : "", "\(older) older, before \(start)", .muted)
    }
  }

  /// "CL 121.4, UNPL 132.5, LNPL 110.2 from 11 weeks (2025-09-06 to 2025-11-15)".
  private var limitsText: String {
    guard let a = context.metricAnalysis else { return "" }
    guard let x = a.xmr else {
      return "none: " + (a.xmrUnavailable.map { "\($0)" } ?? "no weekly data")
    }
    let f = a.format.refined
    var text = "CL \(f.format(x.centre, ascii: ascii)), UNPL \(f.format(x.upperNaturalLimit, ascii: ascii))"
    text += ", LNPL \(f.format(x.lowerNaturalLimit, ascii: ascii))"
    if let from = x.baselineFrom, let to = x.baselineTo {
      text += " from \(x.baselineWeeks.count) weeks (\(from) to \(to))"
    }
    if x.locked { text += x.baselineWeeks.isEmpty ? ", locked by the deck" : ", baseline named by the deck" }
    return text
  }

  /// "Revenue (output): $1.29M, WoW +1.2%, YoY n/a".
  private func pairedText(_ index: Int, _ metric: Metric) -> String {
    var text = "\(metric.name) (\(metric.kind.rawValue))"
    if context.analysis.metrics.indices.contains(index) {
      let a = context.analysis.metrics[index]
      text += ": \(a.format.format(a.current, ascii: ascii)), WoW \(ChangeFormat.format(a.wow, ascii: ascii))"
      text += ", YoY \(ChangeFormat.format(a.yoy, ascii: ascii))"
      if a.isAnomaly { text += " \(context.glyphs.anomaly) anomaly" }
    }
    return text
  }

  /// The meeting record's lines for this metric; nil when there is no record yet.
  func recordLines(width: Int) -> [StyledLine]? {
    guard let record = context.record else { return nil }
    var out: [StyledLine] = []
    if !record.contains(where: \.isThisMeeting) {
      out.append(StyledLine("Nothing recorded for this metric in this meeting yet", .muted))
    }
    for line in record {
      if line.kind == .earlierHeading {
        out.append(StyledLine(line.text, line.style))
        continue
      }
      let lead = line.kind == .earlier ? "  " : "\(context.glyphs.bullet) "
      out += DrillDownWrap.hanging(lead, .muted, line.text, line.style, width: width)
    }
    return out
  }
}
