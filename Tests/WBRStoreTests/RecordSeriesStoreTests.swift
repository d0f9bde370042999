import Foundation
import Testing
import WBRModel
import WBRStore

/// The record on disk across weeks: a session's first lines, continued report-backs, line
/// numbers for problems, and finding the record like git (docs/JOURNAL.md, "Where it is").
@Suite struct RecordSeriesStoreTests {
  typealias F = StoreFixture

  static let header = SessionHeader(
    kind: .meeting, deck: DeckReference(file: "w1/deck.json", sha256: "ab"),
    owners: OwnersSnapshot(people: [Owner(id: "ana", name: "Ana")], assignments: ["m": "ana"]))

  static func opening(_ week: Day) -> () -> [RecordChange] {
    {
      SessionOpening.changes(
        check: .adopt, deckTitle: "Retail WBR", newSeriesID: "series-1", header: header)
    }
  }

  @Test func theFirstChangeGoesOutWithTheSessionsFirstLinesInOneWrite() throws {
    let path = try F.tempFolder() + "/wbr-journal.jsonl"
    do {
      let k = RecordKeeper(
        journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1), opening: Self.opening(F.w1)
      )
      #expect(!k.sessionOpened)
      try k.save(.reviewed(metric: "m"))
      #expect(k.sessionOpened)
      try k.save(.reviewed(metric: "n"))
      #expect(k.journal.contents.line(ofEvent: "s1-4") == 4)
    }
    let lines = try F.read(path).split(separator: "\n").map { String($0) }
    #expect(lines.count == 4)
    #expect(lines[0].contains(#""type":"series.start""#) && lines[0].contains(#""title":"Retail WBR""#))
    #expect(lines[1].contains(#""type":"meeting.open""#) && lines[1].contains(#""sha256":"ab""#))
    #expect(lines[1].contains(#""assignments":{"m":"ana"}"#))
    let record = MeetingRecord(events: try JournalFile.open(path: path).contents.events)
    #expect(record.series?.title == "Retail WBR")
    #expect(record.meeting(F.w1)?.owners?.people.map(\.name) == ["Ana"])
    #expect(record.week(F.w1).reviewed == ["m", "n"])
  }

  @Test func openingWithoutAChangeWritesNothing() throws {
    let path = try F.tempFolder() + "/wbr-journal.jsonl"
    do {
      _ = RecordKeeper(
        journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1), opening: Self.opening(F.w1)
      )
    }
    #expect(try F.read(path).isEmpty)
  }

  @Test func investigatingAgainNextWeekContinuesTheReportBack() throws {
    let path = try F.tempFolder() + "/wbr-journal.jsonl"
    do {
      let k = RecordKeeper(journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1))
      try k.setOutcome(metric: "m", .investigating(nil), metricName: "M", owner: "ana")
    }
    let k = RecordKeeper(
      journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w2, session: "s2"))
    let e = try k.setOutcome(
      metric: "m_new", .investigating("DC check"), metricName: "M", owner: "ana", earlierIDs: ["m"])
    guard case .outcomeContinued(_, let note, _, let id, let due) = e.change else {
      Issue.record("expected outcome.continue, got \(e.change.type)")
      return
    }
    #expect(note == "DC check" && due == F.w3)
    #expect(k.record.commitments.count == 1)
    #expect(k.record.commitment(id: id)?.carryCount == 1)
    // Another owner gets a report-back of their own.
    let other = try k.setOutcome(metric: "x", .investigating(nil), metricName: "X", owner: "bo")
    #expect(other.change.type == "outcome.set")
    #expect(k.record.commitments.count == 2)
  }

  @Test func theDefaultDueIsTheNextMeetingTheRecordKnows() throws {
    let path = try F.tempFolder() + "/wbr-journal.jsonl"
    do {
      let k = RecordKeeper(
        journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w3, session: "s3"))
      try k.save(.reviewed(metric: "m"))
    }
    // Amending week 1 after week 3 met: "next WBR" is week 3, not week 2.
    let k = RecordKeeper(
      journal: try JournalFile.open(path: path), stamper: F.stamper(week: F.w1, session: "s4"))
    #expect(k.nextMeeting == F.w3)
    let id = try k.addCommitment(text: "Fix", owner: nil, metric: nil)
    #expect(k.record.commitment(id: id)?.due == F.w3)
  }

  @Test func discoveryFindsTheNearestRecordAboveTheDeck() throws {
    let root = RecordDiscovery.resolved(try F.tempFolder())
    let week = root + "/series/w48"
    try FileManager.default.createDirectory(atPath: week, withIntermediateDirectories: true)
    let deck = week + "/deck.json"
    let env = ["HOME": root]
    // Nothing above: a new record next to the deck; the search stopped below the home folder.
    let fresh = RecordDiscovery.locate(option: nil, environment: env, deckPath: deck)
    #expect(fresh.path == week + "/wbr-journal.jsonl")
    #expect(fresh.source == .new(searched: root + "/series"))
    #expect(
      fresh.newRecordNote
        == "new meeting record at \(week)/wbr-journal.jsonl; no earlier meetings found above \(root)/series")
    // A record in the home folder itself is not found.
    try F.write("", to: root + "/wbr-journal.jsonl")
    #expect(RecordDiscovery.locate(option: nil, environment: env, deckPath: deck).isNew)
    // The series folder's record is found from the week folder.
    try F.write("", to: root + "/series/wbr-journal.jsonl")
    let found = RecordDiscovery.locate(option: nil, environment: env, deckPath: deck)
    #expect(found == RecordLocation(path: root + "/series/wbr-journal.jsonl", source: .found))
    // The option, then the environment, win.
    #expect(RecordDiscovery.locate(option: "x.jsonl", environment: env, deckPath: deck).source == .option)
    #expect(
      RecordDiscovery.locate(option: nil, environment: ["WBR_JOURNAL": "e.jsonl"], deckPath: deck)
        == RecordLocation(path: "e.jsonl", source: .environment))
  }

  @Test func siblingWeekFoldersWithARecordAreListed() throws {
    let root = RecordDiscovery.resolved(try F.tempFolder())
    for w in ["w46", "w47", "w48"] {
      try FileManager.default.createDirectory(atPath: root + "/" + w, withIntermediateDirectories: true)
    }
    try F.write("", to: root + "/w46/wbr-journal.jsonl")
    try F.write("", to: root + "/w48/wbr-journal.jsonl")
    #expect(
      RecordDiscovery.siblingRecords(deckPath: root + "/w48/deck.json") == [root + "/w46/wbr-journal.jsonl"])
  }
}
