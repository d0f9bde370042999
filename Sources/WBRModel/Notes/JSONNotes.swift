/// The notes as JSON (`"format": "wbr-notes", "version": 1`, docs/NOTES-JSON.md), for the
/// next meeting and for machines: the same content as the Markdown, raw numbers next to
/// their display text, keys in a fixed order.
public enum JSONNotes {
  public static let format = "wbr-notes"
  public static let version = 1

  public static func render(_ notes: MeetingNotes) -> String { json(notes).pretty + "\n" }

  public static func json(_ notes: MeetingNotes) -> OrderedJSON {
    typealias M = OrderedJSON.Member
    let h = notes.header
    let c = notes.counts
    let k = c.commitments
    return .object([
      M("format", .string(format)), M("version", .int(version)),
      M(
        "deck",
        .object(
          [
            M("title", .optional(h.title.map(NotesText.clean))), M("file", .optional(h.deckFile)),
            M("sha256", .optional(h.deckSHA256)),
            M("sha256_missing", .optional(h.deckChecksum?.reason.map(NotesText.clean))),
            M("as_of", .optional(h.asOf)),
            M("week_ending", .string(h.week.description)),
          ] + (h.dataQuality.map { [M("data_quality", .string(NotesText.clean($0)))] } ?? []))),
      M(
        "meeting",
        .object([
          M("week", .string(h.week.description)), M("date", .optional(h.meetingDate?.description)),
          M("lead", .string(NotesText.clean(h.lead))),
        ])),
      M(
        "counts",
        .object([
          M("metrics_reviewed", .int(c.metricsReviewed)),
          M("metrics_total", c.metricsTotal.map { .int($0) } ?? .null),
          M(
            "anomalies",
            !c.anomaliesKnown
              ? .null
              : .object([
                M("total", .int(c.anomalies)), M("explained", .int(c.explained)),
                M("investigating", .int(c.investigating)), M("routine", .int(c.routine)),
                M("not_discussed", .int(c.undiscussed)),
              ])),
          M(
            "commitments",
            .object([
              M("opened", .int(k.opened)), M("closed", .int(k.closed)), M("carried", .int(k.carried)),
              M("dropped", .int(k.dropped)),
            ])),
        ])),
      M("last_week_commitments", .array(notes.lastWeek.map(commitment))),
      M("anomalies", .array(notes.anomalies.map(anomaly))),
      M("new_commitments", .array(notes.newCommitments.flatMap { $0.commitments.map(commitment) })),
    ])
  }

  static func commitment(_ n: MeetingNotes.CommitmentNote) -> OrderedJSON {
    typealias M = OrderedJSON.Member
    let c = n.commitment
    var m: [M] = [
      M("id", .string(c.id)), M("text", .string(NotesText.clean(c.text))), M("owner", person(n.owner)),
      M("metric", .optional(c.metric)), M("created_week", .string(c.createdWeek.description)),
      M("due_week", .string(c.due.description)), M("status", .string(n.status.rawValue)),
      M("age_weeks", .int(n.age)), M("carried", .int(c.carryCount)),
      M("drop_reason", .optional(n.status == .dropped ? c.dropReason.map(NotesText.clean) : nil)),
      M("from_investigation", .bool(c.fromInvestigation)),
    ]
    if let review = n.review { m.append(M("outcome", .string(review.rawValue))) }
    return .object(m)
  }

  static func anomaly(_ a: MeetingNotes.AnomalyNote) -> OrderedJSON {
    typealias M = OrderedJSON.Member
    var m: [M] = [
      M("metric", .string(a.metricID)), M("name", .string(NotesText.clean(a.name))),
      M("owner", a.owner.map(person) ?? .null), M("in_deck", .bool(a.analysis != nil)),
    ]
    if let x = a.analysis {
      m += [
        M("value", .optional(x.current)), M("value_text", .string(x.format.format(x.current))),
        M("previous", .optional(x.previous)), M("prior_year", .optional(x.priorYear)),
        M("target", .optional(x.target)), M("wow", change(x.wow)), M("yoy", change(x.yoy)),
        M("vs_target", change(x.vsTarget)),
        M("sparkline_wow", .array(x.wowSparkline.map { .optional($0) })),
        M("sparkline_yoy", .array(x.yoySparkline.map { .optional($0) })),
      ]
    }
    m.append(
      M(
        "signals",
        .array(
          a.signals.map { s in
            .object([
              M("id", .string(s.id.rawValue)), M("strength", .int(s.strength)),
              M("direction", .string(s.direction.rawValue)), M("sentence", .string(s.sentence)),
            ])
          })))
    m.append(M("outcome", a.outcome.map(outcome) ?? .null))
    return .object(m)
  }

  static func outcome(_ o: MetricOutcome) -> OrderedJSON {
    .object([
      .init("kind", .string(o.kind.name)), .init("text", .optional(o.kind.text.map(NotesText.clean))),
      .init("by", .string(o.by)), .init("at", .string(o.at)),
      .init("commitment_id", .optional(o.commitmentID)),
    ])
  }

  static func change(_ c: Change?) -> OrderedJSON {
    guard let c, c.value.isFinite else { return .null }
    return .object([
      .init("value", .number(c.value)), .init("unit", .string(c.unit.rawValue)),
      .init("text", .string(ChangeFormat.format(c))),
    ])
  }

  static func person(_ p: MeetingNotes.Person) -> OrderedJSON {
    .object([.init("id", .optional(p.id)), .init("name", .string(NotesText.clean(p.name)))])
  }
}
