import WBRModel

/// The meeting's record at the top of the page, when a journal is given: the meeting in one
/// line, its counts, earlier commitments and what it did with them, and its new commitments
/// by owner, in the words of the notes (`NotesBuilder`, `NotesReading`). Each metric's own
/// outcome is in its block (`MetricRecordView`).
struct MeetingSection {
  var record: PageRecord

  func write(_ html: inout HTMLWriter) {
    let page = record.context
    let w = page.deck.weekEnding
    let notes = NotesBuilder(
      deck: page.deck, analysis: page.analysis, owners: page.owners, record: record.record, week: w, login: ""
    ).build()
    html.element(.section, [.class("meeting")]) { html in
      html.element(.h2, text: "The meeting")
      guard notes.header.meetingDate != nil || !notes.lastWeek.isEmpty else {
        html.element(.p, [.class("muted")], text: "Nothing recorded for this week yet.")
        return
      }
      html.element(.p, text: NotesReading.meeting(notes.header))
      html.element(.ul) { html in
        for line in NotesHTML.summary(notes.counts) { html.element(.li, text: line) }
      }
      if !notes.lastWeek.isEmpty {
        html.element(.h3, text: "Earlier commitments")
        html.element(.ul) { html in
          for c in notes.lastWeek {
            html.element(
              .li, text: c.commitment.text + " (" + c.owner.name + "): " + NotesReading.followUp(c, week: w))
          }
        }
      }
      if !notes.newCommitments.isEmpty {
        html.element(.h3, text: "New commitments")
        html.element(.ul) { html in
          for group in notes.newCommitments {
            html.element(.li) { html in
              html.element(.strong, text: group.owner.name)
              html.element(.ul) { html in
                for c in group.commitments {
                  html.element(
                    .li,
                    text: c.commitment.text + ", " + NotesReading.state(c, week: w)
                      + (c.metricName.map { "; metric: " + $0 } ?? ""))
                }
              }
            }
          }
        }
      }
    }
    html.newline()
  }
}
