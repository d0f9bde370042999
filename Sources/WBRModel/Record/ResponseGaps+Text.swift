/// The response gaps as text for a reminder: plain text (a mail), Markdown (a chat post or a
/// wiki) and JSON (a bot). Every text from the deck or the record is cleaned, one line each.
extension ResponseGaps {
  public enum Format: String, Sendable, CaseIterable {
    case txt, md, json
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .txt: return text()
    case .md: return markdown()
    case .json: return json()
    }
  }

  private var headline: String {
    let n = count
    return "\(NotesText.oneLine(title)): response gaps before the meeting of the week ending \(week)"
      + (n == 0 ? ": none" : " (\(n))")
  }

  func text() -> String {
    var out = [headline]
    for o in owners {
      out += ["", NotesText.oneLine(o.name) + (o.email.map { " <\(NotesText.oneLine($0))>" } ?? "")]
      for a in o.anomalies {
        out.append("  - explain \(NotesText.oneLine(a.name)): \(NotesText.oneLine(Signal.clause(a.signal)))")
      }
      for c in o.commitments {
        out.append(
          "  - answer \"\(NotesText.oneLine(c.text))\" (due \(c.due)"
            + (c.metricName.map { ", " + NotesText.oneLine($0) } ?? "") + ")")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  func markdown() -> String {
    let md = { (s: String) in NotesText.markdown(NotesText.oneLine(s)) }
    var out = ["**" + md(headline) + "**"]
    for o in owners {
      out += ["", "**" + md(o.name) + "**", ""]
      for a in o.anomalies { out.append("- explain " + md(a.name) + ": " + md(Signal.clause(a.signal))) }
      for c in o.commitments {
        out.append(
          "- answer \"" + md(c.text) + "\" (due \(c.due)" + (c.metricName.map { ", " + md($0) } ?? "") + ")")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  func json() -> String {
    var w = JSONWriter(style: .pretty, capacity: 1024)
    write(&w)
    return w.text + "\n"
  }

  /// The gaps as one JSON object (`wbr gaps --format json`, the notes' `response_gaps`).
  func write(_ w: inout JSONWriter) {
    w.beginObject()
    w.field("title", NotesText.clean(title))
    w.field("week_ending", week)
    w.field("count", count)
    w.key("owners")
    w.beginArray()
    for o in owners {
      w.beginObject()
      w.field("id", o.owner)
      w.field("name", NotesText.clean(o.name))
      w.field("email", o.email.map(NotesText.clean))
      w.key("anomalies")
      w.beginArray()
      for a in o.anomalies {
        w.beginObject()
        w.field("metric", a.metricID)
        w.field("name", NotesText.clean(a.name))
        w.field("signal", NotesText.clean(a.signal))
        w.endObject()
      }
      w.endArray()
      w.key("commitments")
      w.beginArray()
      for c in o.commitments {
        w.beginObject()
        w.field("id", c.id)
        w.field("text", NotesText.clean(c.text))
        w.field("due_week", c.due)
        w.field("metric", c.metricName.map(NotesText.clean))
        w.endObject()
      }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }
}
