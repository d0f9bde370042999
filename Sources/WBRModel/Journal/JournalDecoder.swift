/// Reads journal text back into entries (docs/JOURNAL.md).
///
/// Nothing in a journal is fatal: a torn last line (a write cut short by a power cut) or an
/// invalid line is reported and skipped, and a line of a type or version this version does
/// not know is kept and ignored.
public enum JournalDecoder {
  /// The event types this version understands.
  static let knownTypes: Set<String> = [
    "metric.reviewed", "metric.unreviewed", "outcome.set", "outcome.clear", "commitment.add",
    "commitment.done", "commitment.carry", "commitment.drop", "commitment.edit", "undo",
    "outcome.continue", "series.start", "series.rename", "meeting.open", "meeting.amend", "metrics.reviewed",
    "prep.open", "prep.accept", "meeting.held",
  ]

  /// Splits `text` into lines and decodes each. `file` names the journal in warnings.
  public static func decode(_ text: String, file: String) -> JournalContents {
    decode(bytes: Array(text.utf8), file: file)
  }

  /// Splits the file's bytes into lines and decodes each. Works on bytes, not characters:
  /// a journal grows by a few thousand lines a year and is read whole at every start.
  /// - Complexity: O(n) in the number of bytes.
  public static func decode(bytes: [UInt8], file: String) -> JournalContents {
    var contents = JournalContents()
    let newline = UInt8(ascii: "\n")
    contents.needsNewline = !(bytes.isEmpty || bytes.last == newline)
    contents.entries.reserveCapacity(bytes.reduce(0) { $1 == newline ? $0 + 1 : $0 } + 1)
    var lineNumber = 0
    var start = 0
    while start < bytes.count {
      lineNumber += 1
      let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
      let torn = end == bytes.count
      var line = bytes[start..<end]
      start = end + 1
      if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      do {
        contents.append(try entry(line), line: lineNumber)
      } catch {
        let what =
          torn
          ? "the last line is incomplete (a write cut short, e.g. by a power cut); skipped"
          : "\(error.message); line skipped"
        contents.warnings.append(
          Diagnostic(.journalBadLine, file: file, line: lineNumber, path: error.path, message: what))
      }
    }
    contents.lineCount = lineNumber
    return contents
  }

  /// One line: an event, or an unknown entry; throws `JournalLineError` when invalid.
  static func entry(_ line: ArraySlice<UInt8>) throws(JournalLineError) -> JournalEntry {
    let f = try JournalFields.parse(line)
    let version = try f.int("v")
    let type = try f.string("type")
    guard version <= RecordEvent.currentVersion, knownTypes.contains(type) else {
      return .unknown(type: type, raw: String(decoding: line, as: UTF8.self))
    }
    guard version >= 1 else { throw JournalLineError(path: "v", message: "expected 1, found \(version)") }
    let week = try f.day("week")
    let at = try f.string("at")
    guard RFC3339.looksValid(at) else {
      throw JournalLineError(path: "at", message: "expected an RFC 3339 time, found \"\(at)\"")
    }
    let change = try self.change(type, f)
    return .event(
      RecordEvent(id: try f.string("id"), at: at, by: try f.string("by"), week: week, change: change))
  }

  private static func change(_ type: String, _ f: JournalFields) throws(JournalLineError) -> RecordChange {
    switch type {
    case "metric.reviewed": return .reviewed(metric: try f.string("metric"))
    case "metric.unreviewed": return .unreviewed(metric: try f.string("metric"))
    case "metrics.reviewed": return .reviewedMany(metrics: try f.strings("metrics"))
    case "outcome.clear": return .outcomeCleared(metric: try f.string("metric"))
    case "outcome.set":
      let draft = f.has("commitment") ? try commitment(try f.object("commitment")) : nil
      return .outcome(
        metric: try f.string("metric"), outcome: try outcome(f), signals: try f.strings("signals"),
        commitment: draft)
    case "commitment.add":
      return .commitmentAdded(
        try commitment(try f.object("commitment")), metric: try f.optionalString("metric"))
    case "commitment.done":
      return .commitmentDone(id: try f.string("commitment_id"), note: try f.optionalString("note"))
    case "commitment.carry":
      return .commitmentCarried(
        id: try f.string("commitment_id"), due: try f.day("due"), reason: try f.optionalString("reason"))
    case "commitment.drop":
      return .commitmentDropped(id: try f.string("commitment_id"), reason: try f.string("reason"))
    case "commitment.edit":
      return .commitmentEdited(
        id: try f.string("commitment_id"), text: try f.optionalString("text"),
        owner: try f.optionalString("owner"), due: try f.optionalDay("due"))
    case "outcome.continue":
      return .outcomeContinued(
        metric: try f.string("metric"), note: try f.optionalString("text"), signals: try f.strings("signals"),
        commitmentID: try f.string("commitment_id"), due: try f.day("due"))
    case "series.start":
      let series = try f.object("series")
      return .seriesStarted(SeriesIdentity(id: try series.string("id"), title: try series.string("title")))
    case "series.rename": return .seriesRenamed(title: try f.string("title"))
    case "meeting.open": return .sessionOpened(try session(.meeting, f))
    case "meeting.amend": return .sessionOpened(try session(.amendment, f))
    case "prep.open":
      var header = try session(.prep, f)
      header.owner = try f.string("owner")
      return .sessionOpened(header)
    case "prep.accept": return .prepAccepted(target: try f.string("target"))
    case "meeting.held": return .meetingHeld
    default: return .undo(target: try f.string("target"))
    }
  }

  private static func session(_ kind: SessionHeader.Kind, _ f: JournalFields) throws(JournalLineError)
    -> SessionHeader
  {
    var deck: DeckReference?
    if f.has("deck") {
      let d = try f.object("deck")
      deck = DeckReference(file: try d.string("file"), sha256: try d.optionalString("sha256"))
    }
    var owners = OwnersSnapshot()
    if f.has("owners") {
      let o = try f.object("owners")
      for p in try o.objects("people") {
        owners.people.append(
          Owner(
            id: try p.string("id"), name: try p.string("name"), team: try p.optionalString("team"),
            email: try p.optionalString("email")))
      }
      owners.assignments = try o.stringMap("assignments")
    }
    return SessionHeader(kind: kind, deck: deck, owners: owners)
  }

  private static func outcome(_ f: JournalFields) throws(JournalLineError) -> OutcomeKind {
    switch try f.string("outcome") {
    case "explained": return .explained(try f.string("text"))
    case "investigating": return .investigating(try f.optionalString("text"))
    case "routine": return .routine(try f.optionalString("text"))
    case let other:
      throw JournalLineError(
        path: "outcome", message: "expected explained, investigating or routine, found \"\(other)\"")
    }
  }

  private static func commitment(_ f: JournalFields) throws(JournalLineError) -> CommitmentDraft {
    CommitmentDraft(
      id: try f.string("id"), text: try f.string("text"), owner: try f.optionalString("owner"),
      due: try f.day("due"))
  }
}
