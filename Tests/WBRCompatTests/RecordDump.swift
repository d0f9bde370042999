import WBRModel

/// A stable plain-text dump of what a journal reads and folds to: the lines read (events,
/// unknown entries, warnings), which undos took effect, the events skipped, each meeting
/// week's record and what the screens ask of it, and every commitment with its history.
///
/// Everything is in a fixed order (file order, or sorted), and every string is quoted with
/// its control, invisible and bidirectional characters escaped, so a golden file is readable
/// and a difference in the fold shows as a line diff. The switches over events are
/// exhaustive: a new event type does not compile until it has a line here.
enum RecordDump {
  static func text(journal: String, contents: JournalContents, record: MeetingRecord) -> String {
    var out: [String] = []
    let events = contents.events
    out.append("# \(journal): the journal as read and its fold (Tests/WBRCompatTests, docs/JOURNAL.md)")
    out.append(
      "read: \(events.count) events, \(contents.unknownCount) unknown, \(contents.warnings.count) warnings;"
        + (contents.needsNewline ? " the last line has no newline" : " ends with a newline"))
    for warning in contents.warnings {
      let path = warning.path.isEmpty ? "" : " \(warning.path):"
      out.append("warning: line \(warning.line):\(path) \(quote(warning.message))")
    }
    out.append("")
    out.append("entries:")
    for entry in contents.entries {
      switch entry {
      case .event(let e):
        out.append("  " + describe(e) + (record.undone.contains(e.id) ? "  [undone]" : ""))
      case .unknown(let type, let raw):
        out.append("  unknown \(quote(type)): \(quote(raw))")
      }
    }
    out.append("")
    out += undos(events, record) + skipped(record) + series(record)
    for week in record.meetingWeeks { out += self.week(week, record) }
    out.append("commitments: \(record.commitments.count)")
    for c in record.commitments { out += commitment(c) }
    return out.joined(separator: "\n") + "\n"
  }

  /// Each undo and whether it took effect: the first undo of an undone event did.
  private static func undos(_ events: [RecordEvent], _ record: MeetingRecord) -> [String] {
    var out: [String] = []
    var claimed: Set<String> = []
    for e in events {
      guard case .undo(let target) = e.change else { continue }
      let applied = record.undone.contains(target) && !claimed.contains(target)
      if applied { claimed.insert(target) }
      out.append("  \(e.id) undoes \(quote(target)): " + (applied ? "applied" : "ignored"))
    }
    return out.isEmpty ? [] : ["undo:"] + out + [""]
  }

  private static func skipped(_ record: MeetingRecord) -> [String] {
    guard !record.skipped.isEmpty else { return [] }
    return ["skipped:"] + record.skipped.map { "  \($0.eventID): \(quote($0.reason))" } + [""]
  }

  /// The series, and the week changes written after a later week began without an amending
  /// session; nothing for a journal from before series.
  private static func series(_ record: MeetingRecord) -> [String] {
    var out: [String] = []
    if let s = record.series { out += ["series: \(quote(s.id)) \(quote(s.title))", ""] }
    if !record.reopened.isEmpty {
      out += ["reopened:"] + record.reopened.map { "  \($0.eventID) after \($0.laterWeek)" } + [""]
    }
    return out
  }

  /// One meeting: its record, and what the deck, commitments screen and `u` ask of it.
  private static func week(_ week: Day, _ record: MeetingRecord) -> [String] {
    let w = record.week(week)
    var out = ["week \(week): first change at \(record.firstEventTime(in: week) ?? "-")"]
    for session in record.meeting(week)?.sessions ?? [] {
      let h = session.header
      let people = h.owners.people.map { "\(quote($0.id)) \(quote($0.name))" }.joined(separator: ", ")
      out.append(
        "  session \(quote(session.id)) \(h.kind.rawValue) by \(quote(session.by)); deck "
          + (h.deck.map { quote($0.file) } ?? "-") + "; people [\(people)]")
    }
    let amended = record.amendments(of: week).map(\.id)
    if !amended.isEmpty { out.append("  amended: " + amended.joined(separator: ", ")) }
    out.append(
      "  reviewed: " + (w.reviewed.isEmpty ? "-" : w.reviewed.sorted().map(quote).joined(separator: ", ")))
    for (metric, o) in w.outcomes.sorted(by: { $0.key < $1.key }) {
      var line = "  outcome \(quote(metric)): \(o.kind.name)"
      if let text = o.kind.text { line += " \(quote(text))" }
      line += "; signals [\(o.signals.map(quote).joined(separator: ", "))]"
      if let id = o.commitmentID { line += "; commitment \(quote(id))" }
      out.append(line + "; by \(quote(o.by)) at \(o.at) (\(o.eventID))")
    }
    for p in record.prepared where p.week == week {
      out.append("  prepared \(p.event.id) owner \(p.owner.map(quote) ?? "-"): \(describe(p.status))")
    }
    let counts = record.commitmentCounts(in: week)
    out.append(
      "  commitments: opened \(counts.opened), closed \(counts.closed), carried \(counts.carried),"
        + " dropped \(counts.dropped); open from earlier: \(record.hasOpenEarlierCommitments(in: week))")
    for c in record.commitmentsUnderReview(in: week) {
      out.append("  under review \(quote(c.id)): \(record.reviewOutcome(of: c, in: week).rawValue)")
    }
    for group in record.newCommitmentsByOwner(in: week) {
      let owner = group.owner.map(quote) ?? "nobody"
      out.append("  new for \(owner): " + group.items.map { quote($0.id) }.joined(separator: ", "))
    }
    out.append(
      "  u reverts: \(record.lastUndoable(in: week)?.id ?? "-"); resumes at: "
        + (record.resumeMetric(in: week).map(quote) ?? "-"))
    return out + [""]
  }

  private static func commitment(_ c: Commitment) -> [String] {
    var out = ["  \(quote(c.id)) \(quote(c.text))"]
    var facts = [
      "owner " + (c.owner.map(quote) ?? "-"), "metric " + (c.metric.map(quote) ?? "-"),
      "created \(c.createdWeek)", "due \(c.due)", c.status.rawValue,
    ]
    if let closed = c.closedWeek { facts.append("closed \(closed)") }
    if let reason = c.dropReason { facts.append("reason \(quote(reason))") }
    if c.fromInvestigation { facts.append("from an investigation") }
    facts.append("carried \(c.carryCount)×")
    out.append("    " + facts.joined(separator: "; "))
    for step in c.history {
      out.append("    \(step.week) \(step.eventID) \(quote(step.by)) \(step.at): \(describe(step.action))")
    }
    return out
  }

  private static func describe(_ e: RecordEvent) -> String {
    var s = "\(e.id) \(e.week) \(quote(e.by)) \(e.at) \(e.change.type)"
    switch e.change {
    case .reviewed(let metric), .unreviewed(let metric), .outcomeCleared(let metric):
      s += " \(quote(metric))"
    case .reviewedMany(let metrics):
      s += " [\(metrics.map(quote).joined(separator: ", "))]"
    case .outcome(let metric, let kind, let signals, let draft):
      s += " \(quote(metric)) \(kind.name)" + (kind.text.map { " \(quote($0))" } ?? "")
      s += " signals [\(signals.map(quote).joined(separator: ", "))]"
      if let draft { s += " " + describe(draft) }
    case .commitmentAdded(let draft, let metric):
      s += " " + describe(draft) + (metric.map { " metric \(quote($0))" } ?? "")
    case .commitmentDone(let id, let note):
      s += " \(quote(id))" + (note.map { " note \(quote($0))" } ?? "")
    case .commitmentCarried(let id, let due, let reason):
      s += " \(quote(id)) due \(due)" + (reason.map { " reason \(quote($0))" } ?? "")
    case .commitmentDropped(let id, let reason):
      s += " \(quote(id)) reason \(quote(reason))"
    case .commitmentEdited(let id, let text, let owner, let due):
      s += " \(quote(id))" + edits(text, owner, due)
    case .undo(let target):
      s += " \(quote(target))"
    case .outcomeContinued(let metric, let note, let signals, let id, let due):
      s += " \(quote(metric))" + (note.map { " \(quote($0))" } ?? "")
      s += " signals [\(signals.map(quote).joined(separator: ", "))] continues \(quote(id)) due \(due)"
    case .seriesStarted(let series):
      s += " \(quote(series.id)) \(quote(series.title))"
    case .seriesRenamed(let title):
      s += " \(quote(title))"
    case .sessionOpened(let header):
      s += " deck " + (header.deck.map { "\(quote($0.file)) \($0.sha256 ?? "-")" } ?? "-")
      s += " people [\(header.owners.people.map { quote($0.id) }.joined(separator: ", "))]"
      s += " assignments \(header.owners.assignments.count)"
      if let owner = header.owner { s += " owner \(quote(owner))" }
    case .prepAccepted(let target):
      s += " \(quote(target))"
    case .meetingHeld:
      break
    }
    return s
  }

  private static func describe(_ status: PreparedEntry.Status) -> String {
    switch status {
    case .pending: return "pending"
    case .accepted(let id): return "accepted by \(id)"
    case .replaced(let id): return "replaced by \(id)"
    }
  }

  private static func describe(_ d: CommitmentDraft) -> String {
    "{\(quote(d.id)) \(quote(d.text)) owner \(d.owner.map(quote) ?? "-") due \(d.due)}"
  }

  private static func describe(_ action: CommitmentStep.Action) -> String {
    switch action {
    case .created: return "created"
    case .done(let note): return "done" + (note.map { " \(quote($0))" } ?? "")
    case .carried(let due, let reason):
      return "carried to \(due)" + (reason.map { " reason \(quote($0))" } ?? "")
    case .dropped(let reason): return "dropped \(quote(reason))"
    case .edited(let text, let owner, let due): return "edited" + edits(text, owner, due)
    }
  }

  private static func edits(_ text: String?, _ owner: String?, _ due: Day?) -> String {
    (text.map { " text \(quote($0))" } ?? "") + (owner.map { " owner \(quote($0))" } ?? "")
      + (due.map { " due \($0)" } ?? "")
  }

  /// `"…"` with `\`, `"`, control characters (C0, DEL, C1), line and paragraph separators,
  /// bidirectional controls, zero-width characters and U+FEFF escaped as `\u{…}`.
  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x09: out += "\\t"
      case 0x0D: out += "\\r"
      case 0...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF:
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
