/// Owners' prepared entries the meeting neither accepted nor replaced: the notes list them
/// as "prepared, not discussed" (docs/JOURNAL.md, "Prepared entries"), so what an owner sent
/// before the meeting is not lost when the meeting did not get to it.
extension MeetingNotes {
  public struct PreparedNote: Sendable, Equatable {
    /// The metric it is about (an outcome, a commitment proposed on it), if any.
    public var metricID: String?
    public var metricName: String?
    /// The commitment it proposes or answers, if any.
    public var commitmentID: String?
    /// The owner the prep session was for.
    public var owner: Person
    /// The login that wrote it, and when (RFC 3339 UTC).
    public var by: String
    public var at: String
    /// `explained`, `investigating`, `routine`, `commitment`, `done`, `carry` or `drop`.
    public var kind: String
    /// The explanation, the commitment's text or the answer's note; "" when none.
    public var text: String
    /// The text of the commitment an answer is about ("" for outcomes and new commitments).
    public var answers: String = ""

    /// "Orders: explained: Promo ended (prepared by Zoë, 2026-11-23 09:12 UTC)".
    public var sentence: String {
      var s =
        answers.isEmpty
        ? (metricName ?? commitmentID.map { "commitment " + $0 } ?? "") + ": "
        : "\"" + NotesText.oneLine(answers) + "\": "
      switch kind {
      case "commitment": s += "new commitment"
      case "carry": s += "carry"
      default: s += kind
      }
      if !text.isEmpty { s += ": " + NotesText.oneLine(text) }
      let when = at.replacingFirst("T", with: " ").replacingFirst("Z", with: " UTC")
      return s + " (prepared by \(NotesText.oneLine(owner.name)), \(when))"
    }
  }
}

extension NotesBuilder {
  /// The pending prepared entries of the week, in journal order.
  func preparedNotes(_ record: MeetingRecord, metricNames: [String: String]) -> [MeetingNotes.PreparedNote] {
    record.pendingPrepared(in: week).map { entry in
      var n = MeetingNotes.PreparedNote(
        metricID: entry.event.metric, metricName: nil, commitmentID: nil, owner: person(entry.owner),
        by: entry.event.by, at: entry.event.at, kind: "", text: "")
      switch entry.event.change {
      case .outcome(_, let kind, _, _):
        n.kind = kind.name
        n.text = kind.text ?? ""
      case .outcomeContinued(_, let note, _, let id, _):
        n.kind = "investigating"
        n.text = note ?? ""
        n.commitmentID = id
      case .commitmentAdded(let draft, _):
        n.kind = "commitment"
        n.text = draft.text + ", due \(draft.due)"
        n.commitmentID = draft.id
      case .commitmentDone(let id, let note):
        n.kind = "done"
        n.text = note ?? ""
        n.commitmentID = id
      case .commitmentCarried(let id, let due, let reason):
        n.kind = "carry"
        n.text = "to \(due)" + (reason.map { ": " + $0 } ?? "")
        n.commitmentID = id
      case .commitmentDropped(let id, let reason):
        n.kind = "drop"
        n.text = reason
        n.commitmentID = id
      default: break
      }
      if case .answer(let id) = entry.subject { n.answers = record.commitment(id: id)?.text ?? "" }
      if n.metricID == nil, let id = n.commitmentID { n.metricID = record.commitment(id: id)?.metric }
      n.metricName = n.metricID.map { metricNames[$0] ?? $0 }
      return n
    }
  }
}

extension String {
  fileprivate func replacingFirst(_ target: Character, with replacement: String) -> String {
    guard let i = firstIndex(of: target) else { return self }
    return String(self[..<i]) + replacement + String(self[index(after: i)...])
  }
}
