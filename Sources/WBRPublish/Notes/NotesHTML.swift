import WBRModel

/// The notes as HTML for mail (`wbr notes --format html`): the reader's layout of the text
/// notes, as a small document that pastes into common mail clients as formatted text.
///
/// Mail-safe: inline styles only (mail clients drop style sheets), tables for the numbers, no
/// script, no image, no link, no external resource. Written through `HTMLWriter`, so every
/// text from the deck, the owners file or the journal is escaped at the one entry point.
public enum NotesHTML {
  public static func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    let h = notes.header
    let w = h.week
    var html = HTMLWriter(capacity: 8192)
    html.doctype()
    html.element(.html, [.constant("lang", "en")]) { html in
      html.element(.head) { html in
        html.empty(.meta, [.constant("charset", "utf-8")])
        html.element(.title, text: (h.title ?? "WBR") + ": notes for the week ending \(w)")
      }
      html.element(.body, [.style("font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b")]) {
        html in
        html.element(
          .h1, [.style("font-size:20px;margin:0 0 8px")],
          text: (h.title ?? "WBR") + ": notes for the week ending \(w)")
        html.element(.p, [.style("margin:4px 0")], text: NotesReading.meeting(h))
        html.element(.ul, [.style("margin:4px 0;padding-left:20px")]) { html in
          for line in summary(notes.counts) { html.element(.li, text: line) }
          if let changes = notes.ownerChanges {
            html.element(.li, text: NotesReading.ownerChanges(changes, ascii: ascii))
          }
        }
        outputs(notes, ascii: ascii, &html)
        anomalies(notes, ascii: ascii, &html)
        heading("Earlier commitments", &html)
        list(
          notes.lastWeek.map {
            [$0.commitment.text + " (" + $0.owner.name + "): ", NotesReading.followUp($0, week: w)]
          },
          empty: "None were open.", &html)
        heading("New commitments", &html)
        if notes.newCommitments.isEmpty { html.element(.p, text: "None.") }
        for group in notes.newCommitments {
          html.element(.p, [.style("margin:8px 0 2px;font-weight:bold")], text: group.owner.name)
          list(
            group.commitments.map { c in
              [
                c.commitment.text + ", ",
                NotesReading.state(c, week: w) + (c.metricName.map { "; metric: " + $0 } ?? ""),
              ]
            }, empty: "", &html)
        }
        details(notes, &html)
      }
    }
    html.newline()
    return String(decoding: html.bytes, as: UTF8.self)
  }

  private static func heading(_ text: String, _ html: inout HTMLWriter) {
    html.element(.h2, [.style("font-size:16px;margin:18px 0 6px;border-bottom:1px solid #999")], text: text)
  }

  /// Each item: plain text, then bold text.
  private static func list(_ items: [[String]], empty: String, _ html: inout HTMLWriter) {
    guard !items.isEmpty else {
      if !empty.isEmpty { html.element(.p, text: empty) }
      return
    }
    html.element(.ul, [.style("margin:4px 0;padding-left:20px")]) { html in
      for item in items {
        html.element(.li) { html in
          html.text(item.first ?? "")
          if item.count > 1 { html.element(.strong, text: item[1]) }
        }
      }
    }
  }

  private static func outputs(_ notes: MeetingNotes, ascii: Bool, _ html: inout HTMLWriter) {
    guard !notes.outputs.isEmpty else { return }
    heading("Outputs", &html)
    let cell: HTMLAttribute = .style(
      "padding:2px 8px;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap")
    let first: HTMLAttribute = .style("padding:2px 8px 2px 0;border-bottom:1px solid #ddd;text-align:left")
    html.element(.table, [.style("border-collapse:collapse;font-size:13px")]) { html in
      html.element(.tr) { html in
        for (i, title) in ["Metric", "This week", "WoW", "YoY", "vs target"].enumerated() {
          html.element(.th, [i == 0 ? first : cell], text: title)
        }
      }
      for o in notes.outputs {
        let t = MetricTexts(o.analysis, ascii: ascii)
        let signal = o.analysis.signals.first
        html.element(.tr) { html in
          html.element(.td, [first]) { html in
            if let signal {
              html.element(.strong, [colour(signal.direction)], text: mark(signal.direction) + " ")
            }
            html.text(o.name)
          }
          for value in [t.value, t.wow, t.yoy, t.vsTarget] { html.element(.td, [cell], text: value) }
        }
      }
    }
    html.element(
      .p, [.style("margin:2px 0;font-size:12px;color:#555")],
      text: "! bad news, + good news: outputs with a signal come first.")
  }

  private static func anomalies(_ notes: MeetingNotes, ascii: Bool, _ html: inout HTMLWriter) {
    let w = notes.header.week
    let (discussed, undiscussed) = NotesReading.split(notes)
    heading("Anomalies discussed", &html)
    if discussed.isEmpty { html.element(.p, text: "None.") }
    for a in discussed {
      html.element(
        .h3, [.style("font-size:14px;margin:12px 0 2px")],
        text: a.name + (a.owner.map { " (" + $0.name + ")" } ?? ""))
      if let analysis = a.analysis {
        html.element(
          .p, [.style("margin:2px 0;color:#555")], text: NotesReading.numbers(analysis, ascii: ascii))
      }
      html.element(.ul, [.style("margin:2px 0;padding-left:20px")]) { html in
        for s in a.signals {
          html.element(.li) { html in
            html.element(
              .strong, [colour(s.direction)],
              text: mark(s.direction) + " " + NotesReading.news(s.direction) + ": ")
            html.text(s.clause)
          }
        }
        let outcome = NotesReading.outcome(a, week: w)
        html.element(.li) { html in
          html.element(.strong, text: outcome.label)
          if let text = outcome.text, !text.isEmpty {
            html.text(": ")
            html.element(.span, [.style("white-space:pre-line")], text: text)
          }
        }
        for c in a.commitments {
          html.element(
            .li,
            text: "Commitment: " + c.commitment.text + "; " + c.owner.name + ", "
              + NotesReading.state(c, week: w))
        }
      }
    }
    if !undiscussed.isEmpty {
      html.element(
        .p, [.style("margin:8px 0")],
        text: "Not discussed: " + undiscussed.map(\.name).joined(separator: ", "))
    }
  }

  private static func details(_ notes: MeetingNotes, _ html: inout HTMLWriter) {
    let h = notes.header
    heading("Details", &html)
    var lines = ["Data as of: " + (h.asOf ?? "not stated")]
    if let file = h.deckFile {
      if let reloaded = h.deckReloadedText {
        switch h.deckChecksum {
        case .sha256(let hex)?:
          lines.append("Deck: " + file + ", " + reloaded + "; SHA-256 as reloaded " + hex)
        case .notTaken(let why)?: lines.append("Deck: " + file + ", " + reloaded + "; no SHA-256: " + why)
        case nil: lines.append("Deck: " + file + ", " + reloaded)
        }
      } else {
        switch h.deckChecksum {
        case .sha256(let hex)?: lines.append("Deck: " + file + ", SHA-256 " + hex)
        case .notTaken(let why)?: lines.append("Deck: " + file + " (no SHA-256: " + why + ")")
        case nil: lines.append("Deck: " + file)
        }
      }
    }
    for a in notes.anomalies {
      lines.append(
        "Metric " + a.name + ": id " + a.metricID
          + (a.signals.isEmpty ? "" : ", signals " + a.signals.map(\.id.rawValue).joined(separator: " ")))
    }
    for c in notes.lastWeek + notes.newCommitments.flatMap(\.commitments) {
      lines.append("Commitment " + c.commitment.id + ": " + c.commitment.text)
    }
    html.element(.ul, [.style("margin:4px 0;padding-left:20px;font-size:12px;color:#555")]) { html in
      for line in lines { html.element(.li, text: line) }
    }
  }

  private static func mark(_ d: Direction) -> String { d == .bad ? "!" : d == .good ? "+" : "*" }

  private static func colour(_ d: Direction) -> HTMLAttribute {
    d == .bad ? .style("color:#c62828") : d == .good ? .style("color:#1a7f37") : .style("color:#8e24aa")
  }

  /// As the text notes' summary lines.
  static func summary(_ c: MeetingNotes.Counts) -> [String] {
    let total = c.metricsTotal.map { " of \($0)" } ?? ""
    var anomalies = "Anomalies: \(c.anomalies)"
    if !c.anomaliesKnown {
      anomalies = "Anomalies: not known (no deck for this week)"
    } else if c.anomalies > 0 {
      anomalies +=
        " (\(c.explained) explained, \(c.investigating) investigating, \(c.routine) routine, \(c.undiscussed) not discussed)"
    }
    let k = c.commitments
    return [
      "Metrics reviewed: \(c.metricsReviewed)\(total)", anomalies,
      "Commitments: \(k.opened) opened, \(k.closed) closed, \(k.carried) carried, \(k.dropped) dropped",
    ]
  }
}

/// Every format of `wbr notes`: the four of `NotesFormat` (WBRModel) and the HTML for mail.
public enum NotesExport: String, Sendable, CaseIterable {
  case md, txt, json, csv, html

  public func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    switch self {
    case .md: return NotesFormat.md.render(notes, ascii: ascii)
    case .txt: return NotesFormat.txt.render(notes, ascii: ascii)
    case .json: return NotesFormat.json.render(notes)
    case .csv: return NotesFormat.csv.render(notes)
    case .html: return NotesHTML.render(notes, ascii: ascii)
    }
  }
}
