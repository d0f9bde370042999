import Foundation
import WBRModel

/// What the output writers' libFuzzer targets do with one input (Fuzz/NotesWriterFuzz,
/// JournalWriterFuzz, DeckWriterFuzz call these; the regression tests replay their seeds and
/// findings through the same code). The input is any text, cut at U+001F into the pieces that
/// fill every text field a writer takes (file text and typed text alike); the output must be
/// valid for its format (JSON parses, CSV keeps its fields, a journal line reads back as the
/// same event, a written deck reads back as the same deck) and carry no unsafe character.
enum FuzzWriters {
  static let week = Day(year: 2026, month: 11, day: 21) ?? Day(ordinal: 0)

  /// The input's text in `count` pieces: cut at U+001F, repeated when there are fewer.
  static func pieces(_ bytes: [UInt8], _ count: Int) -> [String] {
    let text = String(decoding: bytes, as: UTF8.self)
    let parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    return (0..<count).map { parts.isEmpty ? "" : parts[$0 % parts.count] }
  }

  /// Twelve weekly values picked by the bytes of `seed`, corners included (±1e308, 5e-324,
  /// zero, missing).
  static func values(_ seed: String) -> [Double?] {
    let corners: [Double?] = [
      100, 120, 153, 0, -1, 0.5, 1e308, -1e308, .leastNonzeroMagnitude, nil, 1e15, 99.95, 0.0001,
    ]
    let bytes = Array(seed.utf8)
    return (0..<12).map { k in
      bytes.isEmpty ? Double(100 + k % 5) : corners[Int(bytes[k % bytes.count]) % corners.count]
    }
  }

  /// A two-metric deck whose every text is a piece of the input.
  static func deck(_ t: [String]) -> Deck {
    let points = values(t[8]).enumerated().map { k, v in
      WeeklyPoint(weekEnding: week.adding(days: -7 * (11 - k)), value: v)
    }
    let gms = Metric(
      id: "gms", name: t[3], kind: .output, section: "s", owner: "ana", description: t[5], format: "##.1KK",
      prefix: t[4], weekly: points, weeklyTargets: [WeeklyPoint(weekEnding: week, value: 150)],
      annotations: [Annotation(date: week, text: t[7])])
    let orders = Metric(
      id: "orders", name: t[6], kind: .input, owner: "bo", prefix: t[2],
      weekly: points.reversed().enumerated().map {
        WeeklyPoint(weekEnding: week.adding(days: -7 * (11 - $0.offset)), value: $0.element.value)
      })
    return Deck(
      title: t[0], weekEnding: week, asOf: "2026-11-23T07:00:00Z", sections: [Section(id: "s", title: t[1])],
      metrics: [gms, orders])
  }

  /// Notes: every piece in the deck, owners, journal and header → md, txt, json and csv.
  static func notes(_ bytes: [UInt8]) -> [String] {
    let t = pieces(bytes, 16)
    let d = deck(t)
    let owners = OwnersFile(owners: [Owner(id: "ana", name: t[9]), Owner(id: "bo", name: t[10])])
    var record = MeetingRecord()
    var earlier = stamper(by: t[11], week: week.adding(days: -7))
    for change in [
      RecordChange.commitmentAdded(.init(id: "c1", text: t[12], owner: "bo", due: week), metric: "gms"),
      .commitmentAdded(.init(id: "c2", text: t[13], owner: "ana", due: week), metric: nil),
    ] {
      record = record.applying(earlier.event(change))
    }
    var now = stamper(by: t[14], week: week)
    for change in [
      RecordChange.commitmentDropped(id: "c2", reason: t[15]),
      .commitmentCarried(id: "c1", due: week.adding(days: 7)),
      .outcome(metric: "gms", outcome: .routine(t[13]), signals: [], commitment: nil),
      .outcome(metric: "orders", outcome: .explained(t[12]), signals: [], commitment: nil),
      .commitmentAdded(.init(id: "c3", text: t[11], owner: nil, due: week.adding(days: 7)), metric: "x"),
    ] {
      record = record.applying(now.event(change))
    }
    var problems: [String] = []
    for ascii in [false, true] {
      let notes = NotesBuilder(
        deck: d, analysis: DeckAnalyzer.analyze(d, ascii: ascii), owners: owners, record: record, week: week,
        lead: t[10], login: "fuzz", deckFile: t[9], deckChecksum: .notTaken(t[15])
      ).build()
      problems += OutputChecks.notesProblems(notes)
    }
    return problems
  }

  /// Journal lines: every event type with every text a piece → one line each, safe, that
  /// reads back as the very same event.
  static func journal(_ bytes: [UInt8]) -> [String] {
    let t = pieces(bytes, 8)
    var s = stamper(by: t[0], week: week)
    let changes: [RecordChange] = [
      .reviewed(metric: t[1]), .unreviewed(metric: t[1]),
      .outcome(metric: t[1], outcome: .explained(t[2]), signals: [t[3]], commitment: nil),
      .outcome(metric: t[1], outcome: .routine(t[2]), signals: [], commitment: nil),
      .outcome(
        metric: t[1], outcome: .investigating(nil), signals: [],
        commitment: .init(id: t[4], text: t[5], owner: t[6], due: week)),
      .outcomeCleared(metric: t[1]),
      .commitmentAdded(.init(id: t[4], text: t[5], owner: t[6], due: week), metric: t[1]),
      .commitmentDone(id: t[4]), .commitmentCarried(id: t[4], due: week),
      .commitmentDropped(id: t[4], reason: t[7]),
      .commitmentEdited(id: t[4], text: t[5], owner: t[6], due: week), .undo(target: t[7]),
    ]
    var problems: [String] = []
    for change in changes {
      let event = s.event(change)
      let line = JournalEncoder.line(event)
      let what = "journal line \(change.type)"
      if line.contains("\n") { problems.append("\(what): holds a line break") }
      problems += OutputChecks.unsafeCharacters(line, what: what)
      let back = JournalDecoder.decode(bytes: Array((line + "\n").utf8), file: "j")
      if back.events != [event] || !back.warnings.isEmpty {
        problems.append("\(what): does not read back as the event it was written from")
      }
    }
    return problems
  }

  /// Reports and the deck writer (`wbr build`'s output): every deck text a piece → the text
  /// and JSON reports, and a written deck that is safe JSON and reads back as the same texts.
  static func deck(_ bytes: [UInt8]) -> [String] {
    let d = deck(pieces(bytes, 9))
    var problems = OutputChecks.deckPipeline(d)
    let written = DeckWriter.write(d)
    problems += OutputChecks.jsonProblems(String(decoding: written, as: UTF8.self), what: "written deck")
    let read = DeckReader.read(bytes: written, file: "deck.json")
    guard let back = read.value else {
      return problems + ["written deck: refused on reading back: \(read.errors.first?.message ?? "?")"]
    }
    let texts = { (x: Deck) -> [String] in
      [x.title] + x.sections.map(\.title)
        + x.metrics.flatMap { m in
          [m.name, m.prefix ?? "", m.description ?? ""] + m.annotations.map(\.text)
        }
    }
    if texts(back) != texts(d) { problems.append("written deck: texts differ once read back") }
    return problems
  }

  static func stamper(by: String, week: Day) -> EventStamper {
    EventStamper(by: by, week: week, session: "f", clock: { Date(timeIntervalSince1970: 1_795_000_000) })
  }
}
