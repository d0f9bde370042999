import Foundation
import Testing
import WBRApp
import WBRModel
import WBRStore

@testable import WBRTerm

/// `wbr meet --follow`'s poll on a real record file: only what other writers appended is
/// read and handed on as their lines (`.recordGrew`), a torn line waits for its end, a record
/// replaced or shortened on disk is read again from its start, a past week's view keeps what
/// it stood at, and the lead's side file comes first.
@Suite struct FollowPollerTests {
  static let w1 = Day(year: 2026, month: 11, day: 14) ?? Day(ordinal: 0)
  static let w2 = w1.adding(days: 7)

  /// A scratch folder with a record; removed at the end.
  final class Scratch {
    let folder: String
    let path: String

    init() throws {
      folder =
        FileManager.default.temporaryDirectory.appendingPathComponent("wbr-follow-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      path = folder + "/wbr-journal.jsonl"
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A writer of the record (the lead's meeting or an owner's prep session).
    func writer(week: Day, session: String, prep: String? = nil) throws -> RecordKeeper {
      let stamper = EventStamper(
        by: prep ?? "maria", week: week, session: session,
        clock: { Date(timeIntervalSince1970: 1_763_300_000) })
      let kind: SessionHeader.Kind = prep == nil ? .meeting : .prep
      return RecordKeeper(
        journal: try JournalFile.open(path: path), stamper: stamper,
        opening: {
          [.sessionOpened(SessionHeader(kind: kind, deck: nil, owners: OwnersSnapshot(), owner: prep))]
        })
    }

    func poller(week: Day) throws -> FollowPoller {
      let file = try JournalFile.openFollowing(path: path, reason: "following")
      return FollowPoller(
        file: file, record: MeetingRecord(events: file.contents.events), week: week, maxBytes: 1 << 24)
    }

    /// The record on disk as it stood at `week`.
    func stood(_ week: Day) throws -> MeetingRecord {
      MeetingRecord(events: try JournalFile.openReadOnly(path: path, reason: "test").contents.events)
        .asItStood(at: week)
    }

    func appendRaw(_ text: String) throws {
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(text.utf8))
      try handle.close()
    }
  }

  static func explained(_ metric: String, _ text: String) -> RecordChange {
    .outcome(metric: metric, outcome: .explained(text), signals: [], commitment: nil)
  }

  @Test func anotherWritersLinesComeAsTheirLinesOnly() throws {
    let s = try Scratch()
    let lead = try s.writer(week: Self.w1, session: "m")
    try lead.save(.reviewed(metric: "orders"))
    let poller = try s.poller(week: Self.w1)
    #expect(poller.poll().isEmpty)
    let zoe = try s.writer(week: Self.w1, session: "z", prep: "zoe")
    let saved = try zoe.save(Self.explained("revenue", "Promo ran long"))
    guard case .recordGrew(let grown)? = poller.poll().first else {
      Issue.record("no grown lines")
      return
    }
    #expect(grown.map(\.id) == ["z-1", saved.id])
    #expect(poller.poll().isEmpty)
    // The lead's next line, alone.
    let next = try lead.save(.reviewed(metric: "revenue"))
    #expect(poller.poll() == [.recordGrew([next])])
  }

  @Test func aTornLineWaitsForItsEnd() throws {
    let s = try Scratch()
    let lead = try s.writer(week: Self.w1, session: "m")
    try lead.save(.reviewed(metric: "orders"))
    let poller = try s.poller(week: Self.w1)
    var stamper = EventStamper(
      by: "maria", week: Self.w1, session: "x", clock: { Date(timeIntervalSince1970: 1_763_300_000) })
    let line = JournalEncoder.line(stamper.event(.reviewed(metric: "revenue")))
    try s.appendRaw(String(line.prefix(20)))
    #expect(poller.poll().isEmpty)
    try s.appendRaw(String(line.dropFirst(20)) + "\n")
    #expect(poller.poll().map { if case .recordGrew(let e) = $0 { e.map(\.id) } else { [] } } == [["x-1"]])
  }

  @Test func aRecordReplacedOrShortenedIsReadAgainFromItsStart() throws {
    let s = try Scratch()
    let lead = try s.writer(week: Self.w1, session: "m")
    try lead.save(.reviewed(metric: "orders"))
    try lead.save(.reviewed(metric: "revenue"))
    let poller = try s.poller(week: Self.w1)
    // Restored from a copy made after the first line: renamed over the record.
    let lines = try String(contentsOfFile: s.path, encoding: .utf8).split(separator: "\n")
    let copy = s.folder + "/copy.jsonl"
    try (lines[0...1].joined(separator: "\n") + "\n").write(toFile: copy, atomically: false, encoding: .utf8)
    #expect(rename(copy, s.path) == 0)
    let restored = try s.stood(Self.w1)
    #expect(restored.events.count == 2)
    #expect(poller.poll() == [.answer(.followed(record: restored, view: nil))])
    #expect(poller.poll().isEmpty)
    // Cut short in place (the same file, shorter than what was read).
    #expect(truncate(s.path, off_t(lines[0].utf8.count + 1)) == 0)
    #expect(poller.poll() == [.answer(.followed(record: try s.stood(Self.w1), view: nil))])
    // And it goes on from there: the next line grows it.
    try s.appendRaw(String(lines[1]) + "\n")
    #expect(poller.poll().map { if case .recordGrew(let e) = $0 { e.count } else { 0 } } == [1])
  }

  @Test func aPastWeekKeepsWhatItStoodAt() throws {
    let s = try Scratch()
    let lead = try s.writer(week: Self.w1, session: "m")
    try lead.save(.reviewed(metric: "orders"))
    let poller = try s.poller(week: Self.w1)
    // The next week's meeting begins: the view is folded again and leaves it out.
    let next = try s.writer(week: Self.w2, session: "n")
    try next.save(.reviewed(metric: "revenue"))
    let stood = try s.stood(Self.w1)
    #expect(poller.poll() == [.answer(.followed(record: stood, view: nil))])
    #expect(stood.week(Self.w2).reviewed.isEmpty)
    // More of week 2: nothing for week 1's view.
    try next.save(.reviewed(metric: "orders"))
    #expect(poller.poll().isEmpty)
  }

  @Test func theLeadsViewComesBeforeTheRecord() throws {
    let s = try Scratch()
    let lead = try s.writer(week: Self.w1, session: "m")
    try lead.save(.reviewed(metric: "orders"))
    let poller = try s.poller(week: Self.w1)
    let view = MeetingView(week: Self.w1, lead: "maria", screen: .drillDown, metric: "revenue", walk: "")
    try view.json.write(toFile: MeetingView.path(forRecord: s.path), atomically: true, encoding: .utf8)
    let next = try lead.save(.reviewed(metric: "revenue"))
    #expect(poller.poll() == [.answer(.followed(record: nil, view: view)), .recordGrew([next])])
    #expect(poller.poll().isEmpty)
  }
}
