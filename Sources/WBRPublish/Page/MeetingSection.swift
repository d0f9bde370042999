import WBRModel

/// The meeting's record at the top of the page, when a journal is given: how far the meeting
/// got, earlier commitments and what it did with them, and its new commitments by owner.
/// Each metric's own outcome is in its block (`MetricRecordView`).
struct MeetingSection {
  var record: PageRecord

  func write(_ html: inout HTMLWriter) {
    let page = record.context
    let w = page.deck.weekEnding
    let r = record.record
    html.element(.section, [.class("meeting")]) { html in
      html.element(.h2, text: "The meeting")
      guard r.events.contains(where: { $0.week == w }) || r.hasOpenEarlierCommitments(in: w) else {
        html.element(.p, [.class("muted")], text: "Nothing recorded for this week yet.")
        return
      }
      let reviewed = page.deck.metrics.filter { record.week.isReviewed($0.id) }.count
      let discussed = page.analysis.anomalies.filter { record.week.outcomes[page.deck.metrics[$0].id] != nil }
        .count
      var facts = ["Metrics reviewed: \(reviewed) of \(page.deck.metrics.count)"]
      facts.append("Anomalies given an outcome: \(discussed) of \(page.analysis.anomalies.count)")
      if let first = r.firstEventTime(in: w) {
        facts.insert(
          "Held: " + String(first.prefix(10)) + ", lead " + (r.events.first { $0.week == w }?.by ?? ""), at: 0
        )
      }
      html.element(.ul) { html in
        for fact in facts { html.element(.li, text: fact) }
      }
      let earlier = r.commitmentsUnderReview(in: w)
      if !earlier.isEmpty {
        html.element(.h3, text: "Earlier commitments")
        html.element(.ul) { html in
          for c in earlier {
            html.element(.li, text: c.text + " \u{2014} " + page.personName(c.owner) + ": " + reviewText(c))
          }
        }
      }
      let groups = r.newCommitmentsByOwner(in: w)
      if !groups.isEmpty {
        html.element(.h3, text: "New commitments")
        html.element(.ul) { html in
          for group in groups {
            html.element(.li) { html in
              html.element(.strong, text: page.personName(group.owner))
              html.element(.ul) { html in
                for c in group.items { html.element(.li, text: c.text + ", " + record.statusText(c)) }
              }
            }
          }
        }
      }
    }
    html.newline()
  }

  private func reviewText(_ c: Commitment) -> String {
    switch record.record.reviewOutcome(of: c, in: record.week.week) {
    case .done: return "done"
    case .carried: return "carried, " + PageRecord.dueText(c.due, meeting: record.week.week)
    case .dropped: return "dropped" + (c.dropReason.map { ": " + $0 } ?? "")
    case .open: return "still open"
    }
  }
}
