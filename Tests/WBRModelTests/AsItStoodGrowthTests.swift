import Foundation
import Testing
import WBRModel

/// `wbr meet --follow` folds what the record grew by onto the view it shows
/// (`AsItStoodGrowth`): after every line, from any starting point, the view is the one
/// `asItStood(at:)` folds from the whole record.
@Suite struct AsItStoodGrowthTests {
  typealias F = RecordFixture

  /// Three meetings, owners preparing the coming one while a meeting goes on, amendments,
  /// a reopened week and undos on both sides of each cut.
  static let events: [RecordEvent] = {
    var stampers: [String: EventStamper] = [:]
    var out: [RecordEvent] = []
    let steps: [(Day, String, RecordChange)] = [
      (F.w1, "a", RecordSeriesTests.header(.meeting)),
      (F.w1, "a", .commitmentAdded(F.draft("c1", "Fix the feed", due: F.w2), metric: nil)),
      (F.w1, "a", .reviewed(metric: "m")),
      (F.w2, "p", RecordSeriesTests.header(.prep)),
      (F.w2, "p", .outcome(metric: "n", outcome: .explained("Promo"), signals: [], commitment: nil)),
      (F.w1, "a", .reviewed(metric: "n")),
      (F.w1, "a", .undo(target: "a-3")),
      (F.w1, "a", .outcome(metric: "k", outcome: .explained("Heat"), signals: [], commitment: nil)),
      (F.w2, "b", RecordSeriesTests.header(.meeting)),
      (F.w2, "b", .commitmentDone(id: "c1", note: "Feed fixed")),
      (F.w2, "p", .outcome(metric: "o", outcome: .explained("Rain"), signals: [], commitment: nil)),
      (F.w2, "b", .prepAccepted(target: "p-2")),
      (F.w2, "b", .reviewed(metric: "o")),
      (F.w1, "c", RecordSeriesTests.header(.amendment)),
      (F.w1, "c", .outcome(metric: "m", outcome: .explained("Late note"), signals: [], commitment: nil)),
      (F.w1, "c", .reviewed(metric: "q")),
      (F.w1, "c", .undo(target: "c-3")),
      (F.w1, "c", .reviewed(metric: "r")),
      (F.w1, "d", .reviewed(metric: "z")),
      (F.w3, "q", RecordSeriesTests.header(.prep)),
      (F.w3, "q", .outcome(metric: "m", outcome: .explained("Storm"), signals: [], commitment: nil)),
      (F.w3, "e", RecordSeriesTests.header(.meeting)),
      (
        F.w3, "e", .commitmentAdded(F.draft("c2", "Call the carrier", due: F.w3.adding(days: 7)), metric: nil)
      ),
      (F.w2, "b", .reviewed(metric: "late")),
      (F.w1, "c", .reviewed(metric: "s")),
      (F.w3, "e", .undo(target: "e-2")),
    ]
    for (week, session, change) in steps {
      var s = stampers[session] ?? F.stamper(week: week, session: session)
      s.week = week
      out.append(s.event(change))
      stampers[session] = s
    }
    return out
  }()

  /// Everything the screens read of the view.
  static func expectSame(_ view: MeetingRecord, _ stood: MeetingRecord, _ what: String) {
    #expect(view == stood, "\(what): the same events")
    #expect(view.lateEvents == stood.lateEvents, "\(what): late")
    #expect(view.problems == stood.problems, "\(what): problems")
    #expect(view.commitments == stood.commitments, "\(what): commitments")
    #expect(view.meetings == stood.meetings, "\(what): meetings")
    #expect(view.prepared == stood.prepared, "\(what): prepared")
    for w in [F.w1, F.w2, F.w3] {
      #expect(view.week(w) == stood.week(w), "\(what): week \(w)")
      #expect(view.amendments(of: w) == stood.amendments(of: w), "\(what): amendments of \(w)")
      #expect(view.isPast(w) == stood.isPast(w), "\(what): past \(w)")
    }
  }

  /// Follows `week` from the first `start` events, `chunk` lines at a time; returns how many
  /// steps asked to fold again.
  static func follow(_ week: Day, from start: Int, chunk: Int) -> Int {
    let all = events
    var growth = AsItStoodGrowth(record: MeetingRecord(events: Array(all[..<start])), week: week)
    var view = MeetingRecord(events: Array(all[..<start])).asItStood(at: week)
    var refolds = 0
    var read = start
    while read < all.count {
      let grown = Array(all[read..<min(read + chunk, all.count)])
      read += grown.count
      switch growth.take(grown) {
      case .append(let kept):
        for e in kept { view.append(e) }
      case .refold:
        refolds += 1
        view = MeetingRecord(events: Array(all[..<read])).asItStood(at: week)
      }
      expectSame(
        view, MeetingRecord(events: Array(all[..<read])).asItStood(at: week), "\(week) \(start)+\(read)")
    }
    return refolds
  }

  @Test func theGrownViewIsTheViewAsItStoodFromEveryStart() {
    for week in [F.w1, F.w2, F.w3] {
      for start in 0...Self.events.count {
        for chunk in [1, 3, Self.events.count] { _ = Self.follow(week, from: start, chunk: chunk) }
      }
    }
  }

  @Test func onlyALaterWeekAnUndoOrALatePrepLineFoldsAgain() {
    // The latest week's view is the record: nothing but its undo after the cut folds again
    // (there is no cut), so no refold at all.
    #expect(Self.follow(F.w3, from: 0, chunk: 1) == 0)
    // Week 1: week 2 begins, the amendment's undo, week 3 begins; its other amendments and
    // the reopened week's line go on the view as they come.
    #expect(Self.follow(F.w1, from: 0, chunk: 1) == 3)
    // Week 2: week 3's prep lines are kept until week 3's meeting begins; then one refold.
    #expect(Self.follow(F.w2, from: 0, chunk: 1) == 1)
  }
}
