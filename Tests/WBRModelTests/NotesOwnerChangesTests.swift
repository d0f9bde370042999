import Foundation
import Testing
import WBRModel

/// The notes say which metrics changed hands since the previous meeting, from the owners each
/// meeting's first line recorded (`meeting.open`'s snapshot).
@Suite struct NotesOwnerChangesTests {
  typealias N = NotesFixture

  static let first = OwnersSnapshot(
    people: [Owner(id: "ana", name: "Ana (week 1)"), Owner(id: "bo", name: "Bo Chen")],
    assignments: ["in_stock": "ana", "orders": "bo", "gms": "carla", "page_views": "ana"])
  /// Orders reassigned to Ana, In-stock to a new person, GMS kept, Returns newly assigned and
  /// Page views no longer listed (neither is a change the snapshots can tell).
  static let second = OwnersSnapshot(
    people: [
      Owner(id: "ana", name: "Ana López"), Owner(id: "bo", name: "Bo Chen"),
      Owner(id: "zoe", name: "Zoë Øster"),
    ],
    assignments: ["in_stock": "zoe", "orders": "ana", "gms": "carla", "returns": "bo"])

  /// Meetings of weeks 1, 2 (and 3), each opened with its owners, each recording one change.
  static func record(_ snapshots: [(Day, OwnersSnapshot?)]) -> MeetingRecord {
    var r = MeetingRecord()
    for (i, (week, seen)) in snapshots.enumerated() {
      var s = RecordFixture.stamper(week: week, session: "s\(i)", by: "maria")
      if let seen { r = r.applying(s.event(RecordSeriesTests.header(.meeting, owners: seen))) }
      r = r.applying(s.event(.reviewed(metric: "gms")))
    }
    return r
  }

  static func notes(_ r: MeetingRecord, week: Day) -> MeetingNotes {
    let d = N.deck
    return NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), owners: N.owners, record: r, week: week, login: "x"
    ).build()
  }

  @Test func aReassignedMetricAndANewOwnerAreListedInDeckOrder() throws {
    let r = Self.record([(N.w1, Self.first), (N.w2, Self.second)])
    let changes = try #require(Self.notes(r, week: N.w2).ownerChanges)
    #expect(changes.since == N.w1)
    #expect(changes.changes.map(\.metricID) == ["orders", "in_stock"])
    // "from" is named as the earlier meeting saw the person, "to" as this one does.
    #expect(
      NotesReading.ownerChanges(changes)
        == "Owner changes since \(N.w1): Orders | all channels: Bo Chen → Ana López;"
        + " In-stock rate: Ana (week 1) → Zoë Øster")
    #expect(NotesReading.ownerChanges(changes, ascii: true).contains("Bo Chen -> Ana López"))
  }

  @Test func nothingWithoutAPreviousMeetingOrAChange() {
    let r = Self.record([(N.w1, Self.first), (N.w2, Self.second), (N.w3, Self.second)])
    #expect(Self.notes(r, week: N.w1).ownerChanges == nil)
    #expect(Self.notes(r, week: N.w3).ownerChanges == nil)
    // Week 2's notes as it stood: week 3 does not hide its changes.
    #expect(Self.notes(r, week: N.w2).ownerChanges?.changes.count == 2)
    // A person renamed is not a change of owner.
    var renamed = Self.first
    renamed.people = [Owner(id: "ana", name: "Ana Renamed"), Owner(id: "bo", name: "Bo Renamed")]
    #expect(Self.notes(Self.record([(N.w1, Self.first), (N.w2, renamed)]), week: N.w2).ownerChanges == nil)
    // A previous meeting recorded before sessions existed has no owners to compare.
    #expect(Self.notes(Self.record([(N.w1, nil), (N.w2, Self.second)]), week: N.w2).ownerChanges == nil)
  }

  @Test func aSessionThatSawNoOwnersIsPassedOver() throws {
    // Week 1 resumed by a session that saw no assignments: week 1's owners are its first session's.
    let r = Self.record([(N.w1, Self.first), (N.w1, OwnersSnapshot()), (N.w2, Self.second)])
    #expect(
      try #require(Self.notes(r, week: N.w2).ownerChanges).changes.map(\.metricID) == ["orders", "in_stock"])
  }

  @Test func everyTextFormatSaysItAndCSVKeepsItsRows() throws {
    let r = Self.record([(N.w1, Self.first), (N.w2, Self.second)])
    let notes = Self.notes(r, week: N.w2)
    let line = NotesReading.ownerChanges(try #require(notes.ownerChanges))
    #expect(PlainTextNotes.render(notes).contains("\n" + line + "\n"))
    #expect(PlainTextNotes.render(notes, ascii: true).contains("Bo Chen -> Ana López"))
    #expect(
      MarkdownNotes.render(notes).contains(
        "\n- Owner changes since \(N.w1): Orders \\| all channels: Bo Chen"))
    var unchanged = notes
    unchanged.ownerChanges = nil
    #expect(!PlainTextNotes.render(unchanged).contains("Owner changes"))
    #expect(CSVNotes.render(notes) == CSVNotes.render(unchanged))

    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONNotes.render(notes).utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let json = try #require(object["owner_changes"] as? [String: Any])
    #expect(json["since"] as? String == "\(N.w1)")
    let list = try #require(json["changes"] as? [[String: Any]])
    #expect(list.map { $0["metric"] as? String } == ["orders", "in_stock"])
    #expect((list[1]["from"] as? [String: Any])?["name"] as? String == "Ana (week 1)")
    #expect((list[1]["to"] as? [String: Any])?["id"] as? String == "zoe")
    let none = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONNotes.render(unchanged).utf8)) as? [String: Any])
    #expect(none["owner_changes"] == nil)
  }
}
