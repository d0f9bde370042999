import Foundation
import Testing

@testable import WBRModel

/// The notes record the meeting's length and who took part (issue #13): the lead, then every
/// other writer of the week's sessions, in every format where it fits.
@Suite struct NotesAttendeesTests {
  typealias N = NotesFixture

  /// The fixture's week-3 meeting (maria from 15:00) with Zoë writing at 15:25 from her own
  /// session, and maria once more at 15:40.
  static func notes(lead: String? = nil) -> MeetingNotes {
    var record = N.record
    func stamp(_ session: String, _ by: String, minutes: Double, _ change: RecordChange) {
      let at = Date(timeIntervalSince1970: Double(N.w3.ordinal + 2) * 86_400 + 15 * 3600 + minutes * 60)
      var s = EventStamper(by: by, week: N.w3, session: session, clock: { at })
      record = record.applying(s.event(change))
    }
    stamp("z", "Zoë", minutes: 25, .reviewed(metric: "returns"))
    stamp("c2", "maria", minutes: 40, .reviewed(metric: "gms"))
    let d = N.deck
    return NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), owners: N.owners, record: record, week: N.w3, lead: lead,
      login: "someone"
    ).build()
  }

  /// The length runs to the meeting's last `meeting.held` (an export, the session's end),
  /// past its last change; one from a session that recorded nothing stretches nothing and
  /// names nobody.
  @Test func theLengthRunsToTheLastMeetingHeld() {
    func notes(_ extra: [(String, String, Double)]) -> MeetingNotes {
      var record = N.record
      func stamp(_ session: String, _ by: String, minutes: Double, _ change: RecordChange) {
        let at = Date(timeIntervalSince1970: Double(N.w3.ordinal + 2) * 86_400 + 15 * 3600 + minutes * 60)
        var s = EventStamper(by: by, week: N.w3, session: session, clock: { at })
        record = record.applying(s.event(change))
      }
      stamp("c2", "maria", minutes: 40, .reviewed(metric: "gms"))
      for (session, by, minutes) in extra { stamp(session, by, minutes: minutes, .meetingHeld) }
      let d = N.deck
      return NotesBuilder(
        deck: d, analysis: DeckAnalyzer.analyze(d), owners: N.owners, record: record, week: N.w3,
        login: "someone"
      ).build()
    }
    #expect(notes([]).header.minutes == 40)
    #expect(notes([("c2", "maria", 52.5)]).header.minutes == 52)
    #expect(notes([("c2", "maria", 52.5), ("c2", "maria", 58)]).header.minutes == 58)
    let idle = notes([("c2", "maria", 52.5), ("q", "Quinn", 300)])
    #expect(idle.header.minutes == 52)
    #expect(idle.header.attendees == ["maria"])
    #expect(NotesFormat.md.render(notes([("c2", "maria", 58)])).contains("(58 min), led by maria"))
  }

  @Test func attendeesAreTheLeadThenEveryOtherWriterOnce() {
    #expect(Self.notes().header.attendees == ["maria", "Zoë"])
    #expect(Self.notes().header.minutes == 40)
    #expect(Self.notes(lead: "Bo").header.attendees == ["Bo", "maria", "Zoë"])
  }

  @Test func markdownSaysTheMinutesAndWhoElseRecorded() {
    let md = NotesFormat.md.render(Self.notes())
    #expect(md.contains("(40 min), led by maria; also recording: Zoë."))
  }

  @Test func plainTextSaysTheMinutesAndWhoElseRecorded() {
    let txt = NotesFormat.txt.render(Self.notes())
    #expect(txt.contains("(40 min), led by maria; also recording: Zoë"))
  }

  @Test func jsonHasTheMinutesAndAttendees() throws {
    let text = NotesFormat.json.render(Self.notes())
    #expect(text.contains(#""lead": "maria","#))
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let meeting = try #require(object?["meeting"] as? [String: Any])
    #expect(meeting["minutes"] as? Int == 40)
    #expect(meeting["attendees"] as? [String] == ["maria", "Zoë"])
  }

  @Test func jsonOfAMeetingNotHeldHasNeither() throws {
    let d = N.deck
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), record: MeetingRecord(), week: N.w3, login: "someone"
    ).build()
    let text = NotesFormat.json.render(notes)
    #expect(!text.contains("minutes") && !text.contains("attendees"))
  }

  /// CSV is one row per commitment for trackers: the meeting's length and people have no
  /// column there (docs/DECISIONS.md), and its rows do not change.
  @Test func csvKeepsItsColumns() {
    let csv = NotesFormat.csv.render(Self.notes())
    #expect(csv.hasPrefix(CSVNotes.header.joined(separator: ",") + "\r\n"))
    #expect(!csv.contains("Zoë"))
  }
}
