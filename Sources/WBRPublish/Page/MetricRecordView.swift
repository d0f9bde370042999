import WBRModel

/// What the meeting recorded about one metric, when the page has a journal: its outcome (with
/// who overruled a signal), the reviewed mark, and the commitments linked to it that this
/// meeting made or followed up.
struct MetricRecordView {
  var record: PageRecord
  var metric: Metric

  func write(_ html: inout HTMLWriter) {
    let week = record.week
    let outcome = week.outcomes[metric.id]
    let commitments = record.commitments(of: metric.id)
    html.element(.div, [.class("record")]) { html in
      html.element(.p) { html in
        html.element(.strong, text: "In the meeting: ")
        if let outcome {
          switch outcome.kind {
          case .explained(let text): labelled("Explained", text, &html)
          case .investigating:
            let due = outcome.commitmentID.flatMap { record.record.commitment(id: $0)?.due }
            labelled(
              "Investigating", due.map { "report back " + NotesReading.due($0, week: week.week) }, &html)
          case .routine(let text): labelled("Routine (signal overruled by \(outcome.by))", text, &html)
          }
        } else if week.reviewed.contains(metric.id) {
          html.text("Reviewed, nothing to see")
        } else {
          html.element(.span, [.class("muted")], text: "Not discussed")
        }
      }
      guard !commitments.isEmpty else { return }
      html.element(.ul) { html in
        for c in commitments {
          html.element(.li) { html in
            html.text(c.text + " \u{2014} " + record.context.personName(c.owner) + ", ")
            html.text(record.statusText(c))
          }
        }
      }
    }
  }

  private func labelled(_ label: String, _ text: String?, _ html: inout HTMLWriter) {
    html.text(label)
    if let text, !text.isEmpty { html.text(": " + text) }
  }
}

/// The journal's record as the page shows it: meeting W's outcomes and the commitments.
struct PageRecord {
  var record: MeetingRecord
  var week: WeekRecord
  var context: PageContext
  /// Metric id → commitments linked to it that meeting W made or reviewed, in creation order.
  private var byMetric: [String: [Commitment]] = [:]

  init(record: MeetingRecord, context: PageContext) {
    let w = context.deck.weekEnding
    // The record as it stood at the end of meeting W: later meetings left out.
    let asOfWeek =
      record.events.contains { $0.week > w }
      ? MeetingRecord(events: record.events.filter { $0.week <= w }) : record
    self.record = asOfWeek
    self.week = asOfWeek.week(w)
    self.context = context
    for c in asOfWeek.commitments where c.createdWeek == w || c.isUnderReview(in: w) {
      if let m = c.metric { byMetric[m, default: []].append(c) }
    }
  }

  func commitments(of metric: String) -> [Commitment] { byMetric[metric] ?? [] }

  /// "due next WBR (w/e 11-28)", "due w/e 2026-12-05", "done", "dropped: reason".
  func statusText(_ c: Commitment) -> String {
    switch c.status(asOf: week.week) {
    case .done: return "done"
    case .dropped: return "dropped" + (c.dropReason.map { ": " + $0 } ?? "")
    case .open: return NotesReading.due(c.due, week: week.week)
    }
  }
}
