import Foundation
import Testing
import WBRModel

/// The journal's lines: every event round-trips, the format is stable, bad and unknown lines
/// are reported or kept; the file itself is tested in WBRStoreTests (`JournalFileTests`).
@Suite struct JournalCodecTests {
  typealias F = RecordFixture

  func allChanges() -> [RecordChange] {
    [
      .reviewed(metric: "orders"), .unreviewed(metric: "orders"),
      .reviewedMany(metrics: ["orders", "gms", "in_stock"]), .reviewedMany(metrics: []),
      .outcome(
        metric: "gms", outcome: .explained("Promo \"moved\"\nback | `x`"), signals: ["xmr.limit"],
        commitment: nil),
      .outcome(metric: "gms", outcome: .routine(nil), signals: [], commitment: nil),
      .outcome(metric: "gms", outcome: .routine("seasonal"), signals: [], commitment: nil),
      .outcome(
        metric: "in_stock", outcome: .investigating(nil), signals: [],
        commitment: F.draft("c9", "Report back", due: F.w2)),
      .outcomeCleared(metric: "gms"),
      .commitmentAdded(F.draft("c1", "Fix the feed ✓", owner: nil, due: F.w2), metric: nil),
      .commitmentAdded(F.draft("c2", "Call DC", due: F.w2), metric: "orders"),
      .commitmentDone(id: "c1"), .commitmentCarried(id: "c2", due: F.w3),
      .commitmentCarried(id: "c2", due: F.w3, reason: "Supplier \"late\"\nagain"),
      .commitmentDropped(id: "c2", reason: "moot"),
      .commitmentEdited(id: "c2", text: "T", owner: "bo", due: F.w3),
      .commitmentEdited(id: "c2", text: nil, owner: nil, due: nil), .undo(target: "s1-1"),
      .commitmentDone(id: "c9", note: "Supplier fixed the feed"),
      .outcome(metric: "in_stock", outcome: .investigating("Checking the DC"), signals: [], commitment: nil),
      .outcomeContinued(
        metric: "in_stock", note: "Still checking", signals: ["xmr.run"], commitmentID: "c9", due: F.w3),
      .outcomeContinued(metric: "in_stock", note: nil, signals: [], commitmentID: "c9", due: F.w3),
      .seriesStarted(SeriesIdentity(id: "s-retail", title: "Retail WBR")),
      .seriesRenamed(title: "Retail & Marketplace WBR"),
      .sessionOpened(
        SessionHeader(
          kind: .meeting,
          deck: DeckReference(file: "w47/deck.json", sha256: String(repeating: "a", count: 64)),
          owners: OwnersSnapshot(
            people: [
              Owner(id: "ana", name: "Ana Ruiz", team: "Ops", email: "ana@example.com"),
              Owner(id: "bo", name: "Bo"),
            ],
            assignments: ["in_stock": "ana", "orders": "bo"]))),
      .sessionOpened(SessionHeader(kind: .amendment, deck: nil, owners: OwnersSnapshot())),
      .sessionOpened(
        SessionHeader(
          kind: .meeting, deck: DeckReference(file: "d.json", sha256: nil), owners: OwnersSnapshot())),
      .meetingHeld,
    ]
  }

  @Test func everyEventTypeRoundTripsThroughALine() {
    var s = F.stamper(week: F.w1)
    let events = allChanges().map { s.event($0) }
    let text = events.map { JournalEncoder.line($0) + "\n" }.joined()
    #expect(!events.map { JournalEncoder.line($0) }.contains { $0.contains("\n") })
    let back = JournalDecoder.decode(text, file: "j")
    #expect(back.warnings.isEmpty)
    #expect(back.events == events)
  }

  @Test func lineFormatIsStable() {
    var s = F.stamper(week: F.w1)
    let e = s.event(.commitmentCarried(id: "c2", due: F.w2))
    #expect(
      JournalEncoder.line(e)
        == #"{"v":1,"type":"commitment.carry","id":"s1-1","at":"2026-11-09T15:00:00Z","by":"lead","#
        + #""week":"2026-11-07","commitment_id":"c2","due":"2026-11-14"}"#)
  }

  @Test func meetingHeldIsTheCommonKeysOnly() {
    var s = F.stamper(week: F.w1)
    let e = s.event(.meetingHeld)
    #expect(
      JournalEncoder.line(e)
        == #"{"v":1,"type":"meeting.held","id":"s1-1","at":"2026-11-09T15:00:00Z","by":"lead","week":"2026-11-07"}"#
    )
    #expect(!e.change.isChange && !e.change.isUndoable)
  }

  @Test func completeLastLineWithoutNewlineIsKept() throws {
    var s = F.stamper(week: F.w1)
    let a = s.event(.reviewed(metric: "a"))
    let contents = JournalDecoder.decode(JournalEncoder.line(a), file: "j")
    #expect(contents.events == [a])
    #expect(contents.warnings.isEmpty)
    #expect(contents.needsNewline)
  }

  @Test func unknownTypesAndNewerVersionsAreKeptAndIgnored() {
    var s = F.stamper(week: F.w1)
    let a = s.event(.reviewed(metric: "a"))
    let future =
      #"{"v":1,"type":"metric.starred","id":"z1","at":"2026-11-09T15:00:00Z","by":"x","week":"2026-11-07"}"#
    let v2 = #"{"v":2,"type":"metric.reviewed","id":"z2","whatever":true}"#
    let text = [future, JournalEncoder.line(a), v2].joined(separator: "\n") + "\n"
    let contents = JournalDecoder.decode(text, file: "j")
    #expect(contents.warnings.isEmpty)
    #expect(contents.events == [a])
    #expect(contents.unknownCount == 2)
    #expect(contents.entries.first == .unknown(type: "metric.starred", raw: future))
    #expect(MeetingRecord(events: contents.events).week(F.w1).reviewed == ["a"])
  }

  @Test func invalidLinesSayWhereAndWhatAndAreSkipped() throws {
    let text = """
      {"v":1,"type":"metric.reviewed","id":"x","at":"2026-11-09T15:00:00Z","by":"l","week":"2026-11-32","metric":"a"}
      not json
      {"v":1,"type":"commitment.carry","id":"y","at":"2026-11-09T15:00:00Z","by":"l","week":"2026-11-07","commitment_id":"c"}

      """
    let contents = JournalDecoder.decode(text, file: "j.jsonl")
    #expect(contents.events.isEmpty)
    #expect(contents.warnings.map(\.line) == [1, 2, 3])
    #expect(contents.warnings.map(\.path) == ["week", "", "due"])
    let first = try #require(contents.warnings.first)
    #expect(
      first.description.hasPrefix("j.jsonl:1: warning: [journal.bad-line] week: expected a date YYYY-MM-DD"))
    #expect(contents.warnings[2].message.contains("found nothing"))
  }

  /// A key given twice is refused like any damaged line, at any depth, and reported with its
  /// line (issue #14, class 10): which of the two values was meant cannot be known.
  @Test func aLineWithADuplicateKeyIsSkippedWithItsLine() throws {
    var s = F.stamper(week: F.w1)
    let kept = s.event(.reviewed(metric: "a"))
    let top =
      #"{"v":1,"type":"metric.reviewed","id":"x","at":"2026-11-09T15:00:00Z","by":"l","week":"2026-11-07","metric":"a","metric":"b"}"#
    let nested =
      #"{"v":1,"type":"commitment.add","id":"y","at":"2026-11-09T15:00:00Z","by":"l","week":"2026-11-07","commitment":{"id":"c1","text":"T","due":"2026-11-14","text":"U"}}"#
    // Equal as strings (canonical equivalence), as a deck's keys are compared.
    let equivalent =
      "{\"v\":1,\"type\":\"metric.reviewed\",\"id\":\"z\",\"at\":\"2026-11-09T15:00:00Z\",\"by\":\"l\","
      + "\"week\":\"2026-11-07\",\"metric\":\"a\",\"caf\u{E9}\":1,\"cafe\u{301}\":2}"
    let text = [JournalEncoder.line(kept), top, nested, equivalent].joined(separator: "\n") + "\n"
    let contents = JournalDecoder.decode(text, file: "j.jsonl")
    #expect(contents.events == [kept])
    #expect(contents.warnings.map(\.line) == [2, 3, 4])
    #expect(contents.warnings.map(\.path) == ["metric", "commitment.text", "cafe\u{301}"])
    let first = try #require(contents.warnings.first)
    #expect(
      first.description
        == #"j.jsonl:2: warning: [journal.bad-line] metric: duplicate key "metric" (first at column 99), so its value is unclear; line skipped"#
    )
  }
}

@Suite struct JournalCrashTests {
  typealias F = RecordFixture

  /// SIGKILL or a power cut leaves some prefix of the appended bytes on disk. For every
  /// possible prefix: the events read back are exactly the complete lines (a line missing
  /// only its newline counts as complete), only a torn last line is reported, and an append
  /// after it is read back intact.
  @Test func everyPrefixOfTheJournalReadsBackAsThePrefixOfItsEvents() throws {
    var s = F.stamper(week: F.w1)
    let events = [
      s.event(.reviewed(metric: "orders")),
      s.event(
        .outcome(metric: "gms", outcome: .explained("Promo ✓ \"moved\""), signals: [], commitment: nil)),
      s.event(.commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: "gms")),
    ]
    let lines = events.map { Array((JournalEncoder.line($0) + "\n").utf8) }
    let all = lines.flatMap { $0 }
    let ends = lines.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.count) }
    let extra = s.event(.reviewed(metric: "after"))
    for cut in 0...all.count {
      let bytes = Array(all[0..<cut])
      let contents = JournalDecoder.decode(bytes: bytes, file: "j")
      let whole = ends.filter { $0 <= cut }.count
      let onlyNewlineMissing = ends.contains(cut + 1)
      let complete = whole + (onlyNewlineMissing ? 1 : 0)
      #expect(contents.events == Array(events.prefix(complete)), "cut at \(cut)")
      let torn = cut > (ends.filter { $0 <= cut }.last ?? 0) && !onlyNewlineMissing
      #expect(contents.warnings.count == (torn ? 1 : 0), "cut at \(cut)")
      let fence = contents.needsNewline ? "\n" : ""
      let appended = bytes + Array((fence + JournalEncoder.line(extra) + "\n").utf8)
      let after = JournalDecoder.decode(bytes: appended, file: "j")
      #expect(after.events == Array(events.prefix(complete)) + [extra], "append after cut at \(cut)")
    }
  }
}
