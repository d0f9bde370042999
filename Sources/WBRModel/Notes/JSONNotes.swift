/// The notes as JSON (`"format": "wbr-notes", "version": 1`, docs/NOTES-JSON.md), for the
/// next meeting and for machines: the same content as the Markdown, raw numbers next to
/// their display text, keys in a fixed order.
public enum JSONNotes {
  public static let format = "wbr-notes"
  public static let version = 1

  public static func render(_ notes: MeetingNotes) -> String {
    JSONWriter.file(.pretty, capacity: 4096) { write(notes, &$0) }.text
  }

  static func write(_ notes: MeetingNotes, _ w: inout JSONWriter) {
    let h = notes.header
    let c = notes.counts
    let k = c.commitments
    w.beginObject()
    w.field("format", format)
    w.field("version", version)
    w.key("deck")
    w.beginObject()
    w.field("title", h.title.map(NotesText.clean))
    w.field("file", h.deckFile)
    w.field("sha256", h.deckSHA256)
    w.field("sha256_missing", h.deckChecksum?.reason.map(NotesText.clean))
    if let at = h.deckReloadedAt { w.field("reloaded_at", at) }
    w.field("as_of", h.asOf)
    w.field("week_ending", h.week)
    if let q = h.dataQuality { w.field("data_quality", NotesText.clean(q)) }
    w.endObject()
    w.key("meeting")
    w.beginObject()
    w.field("week", h.week)
    w.field("date", h.meetingDate)
    w.field("lead", NotesText.clean(h.lead))
    if let minutes = h.minutes, minutes > 0 { w.field("minutes", minutes) }
    if h.meetingDate != nil {
      w.key("attendees")
      w.beginArray()
      for name in h.attendees { w.string(NotesText.clean(name)) }
      w.endArray()
    }
    if h.amendments > 0 { w.field("amendments", h.amendments) }
    w.endObject()
    w.key("counts")
    w.beginObject()
    w.field("metrics_reviewed", c.metricsReviewed)
    w.field("metrics_total", c.metricsTotal)
    w.key("anomalies")
    if c.anomaliesKnown {
      w.beginObject()
      w.field("total", c.anomalies)
      w.field("explained", c.explained)
      w.field("investigating", c.investigating)
      w.field("routine", c.routine)
      w.field("not_discussed", c.undiscussed)
      w.endObject()
    } else {
      w.null()
    }
    w.key("commitments")
    w.beginObject()
    w.field("opened", k.opened)
    w.field("closed", k.closed)
    w.field("carried", k.carried)
    w.field("dropped", k.dropped)
    w.endObject()
    w.endObject()
    w.key("last_week_commitments")
    w.beginArray()
    for n in notes.lastWeek { commitment(n, week: notes.header.week, &w) }
    w.endArray()
    w.key("anomalies")
    w.beginArray()
    for a in notes.anomalies { anomaly(a, &w) }
    w.endArray()
    w.key("new_commitments")
    w.beginArray()
    for group in notes.newCommitments {
      for n in group.commitments { commitment(n, week: notes.header.week, &w) }
    }
    w.endArray()
    if !notes.prepared.isEmpty {
      w.key("prepared_not_discussed")
      w.beginArray()
      for p in notes.prepared { prepared(p, &w) }
      w.endArray()
    }
    if let gaps = notes.gaps {
      w.key("response_gaps")
      gaps.write(&w)
    }
    if let changes = notes.ownerChanges { ownerChanges(changes, &w) }
    w.endObject()
  }

  /// `"owner_changes"`, present only when a metric changed hands since the previous meeting.
  static func ownerChanges(_ c: MeetingNotes.OwnerChanges, _ w: inout JSONWriter) {
    w.key("owner_changes")
    w.beginObject()
    w.field("since", c.since)
    w.key("changes")
    w.beginArray()
    for change in c.changes {
      w.beginObject()
      w.field("metric", change.metricID)
      w.field("name", NotesText.clean(change.metricName))
      w.key("from")
      person(change.from, &w)
      w.key("to")
      person(change.to, &w)
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }

  /// One commitment of the notes' lists, as meeting `week` left it. `carry_reason` (why it
  /// slips, when this meeting carried it with one) is an optional key added after version 1
  /// shipped: a reader that ignores unknown keys reads the rest as before.
  static func commitment(_ n: MeetingNotes.CommitmentNote, week: Day, _ w: inout JSONWriter) {
    let c = n.commitment
    w.beginObject()
    w.field("id", c.id)
    w.field("text", NotesText.clean(c.text))
    w.key("owner")
    person(n.owner, &w)
    w.field("metric", c.metric)
    w.field("created_week", c.createdWeek)
    w.field("due_week", c.due)
    w.field("status", n.status.rawValue)
    w.field("age_weeks", n.age)
    w.field("carried", c.carryCount)
    w.field("drop_reason", n.status == .dropped ? c.dropReason.map(NotesText.clean) : nil)
    w.field("from_investigation", c.fromInvestigation)
    if let review = n.review { w.field("outcome", review.rawValue) }
    if n.status == .done, let note = c.doneNote { w.field("done_note", NotesText.clean(note)) }
    if n.review == .carried, let reason = c.carryReason(in: week) {
      w.field("carry_reason", NotesText.clean(reason))
    }
    w.endObject()
  }

  static func anomaly(_ a: MeetingNotes.AnomalyNote, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("metric", a.metricID)
    w.field("name", NotesText.clean(a.name))
    w.key("owner")
    if let owner = a.owner { person(owner, &w) } else { w.null() }
    w.field("in_deck", a.analysis != nil)
    if let x = a.analysis {
      ReportJSON.week(x, &w, change: change)
      w.key("sparkline_wow")
      w.beginArray()
      for v in x.wowSparkline { w.value(v) }
      w.endArray()
      w.key("sparkline_yoy")
      w.beginArray()
      for v in x.yoySparkline { w.value(v) }
      w.endArray()
    }
    w.key("signals")
    w.beginArray()
    for s in a.signals { ReportJSON.signal(s, &w, qualified: false) }
    w.endArray()
    w.key("outcome")
    if let o = a.outcome { outcome(o, &w) } else { w.null() }
    w.endObject()
  }

  static func outcome(_ o: MetricOutcome, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("kind", o.kind.name)
    w.field("text", o.kind.text.map(NotesText.clean))
    w.field("by", o.by)
    w.field("at", o.at)
    w.field("commitment_id", o.commitmentID)
    w.endObject()
  }

  static func change(_ name: StaticString, _ c: Change?, _ w: inout JSONWriter) {
    w.key(name)
    guard let c, c.value.isFinite else { return w.null() }
    w.beginObject()
    w.field("value", c.value)
    w.field("unit", c.unit.rawValue)
    w.field("text", ChangeFormat.format(c))
    w.endObject()
  }

  /// An owner's prepared entry the meeting did not get to (present only when there is one).
  static func prepared(_ p: MeetingNotes.PreparedNote, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("kind", p.kind)
    w.field("metric", p.metricID)
    w.field("commitment_id", p.commitmentID)
    w.field("text", NotesText.clean(p.text))
    w.key("owner")
    person(p.owner, &w)
    w.field("by", NotesText.clean(p.by))
    w.field("at", p.at)
    w.endObject()
  }

  static func person(_ p: MeetingNotes.Person, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("id", p.id)
    w.field("name", NotesText.clean(p.name))
    w.endObject()
  }
}
