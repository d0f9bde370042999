import WBRModel

/// The deck as one self-contained web page (`wbr publish`): a header, the anomaly walk, the
/// meeting's record when there is a journal, then every metric in screen order under its
/// heading (inputs first, section by section), each as a `MetricBlock`.
///
/// A pure function of its inputs: no clock, no file, no environment, so the same deck always
/// gives the same bytes (golden-tested). Everything the page shows comes from the analysis
/// (`DeckAnalysis`: order, sparklines, signals and their sentences; `SixTwelve`; `SummaryBox`).
/// No script, no external request: the style sheet is inline and a Content-Security-Policy
/// forbids loading anything, as a second guard behind the escaping of `HTMLWriter`.
public enum DeckPage {
  /// The page's bytes (UTF-8).
  /// - Complexity: O(metrics + their points).
  public static func render(
    deck: Deck, owners: OwnersFile = OwnersFile(), analysis: DeckAnalysis, record: MeetingRecord? = nil
  ) -> [UInt8] {
    let page = PageContext(
      deck: deck, owners: owners, analysis: analysis, calendar: FiscalCalendar(deck: deck))
    let pageRecord = record.map { PageRecord(record: $0, context: page) }
    var html = HTMLWriter(capacity: 4096 + deck.metrics.count * 9000)
    html.doctype()
    html.element(.html, [.constant("lang", "en")]) { html in
      html.element(.head) { html in
        html.empty(.meta, [.constant("charset", "utf-8")])
        html.empty(
          .meta, [.constant("name", "viewport"), .constant("content", "width=device-width, initial-scale=1")])
        html.empty(
          .meta,
          [
            .constant("http-equiv", "Content-Security-Policy"),
            .constant("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
          ])
        html.element(.title, text: deck.title + " \u{2014} week ending \(deck.weekEnding)")
        html.element(.style) { $0.constant(PageStyle.css) }
      }
      html.newline()
      html.element(.body) { html in
        PageHeader(page: page).write(&html)
        if let pageRecord { MeetingSection(record: pageRecord).write(&html) }
        html.element(.main) { html in
          var position = 0
          for group in analysis.groups {
            html.element(.section, [.class("group")]) { html in
              html.element(.h2, text: group.heading())
              html.newline()
              for index in group.metrics {
                position += 1
                MetricBlock(page: page, record: pageRecord, index: index, position: position).write(&html)
              }
            }
          }
        }
        html.newline()
      }
    }
    html.newline()
    return html.bytes
  }
}
