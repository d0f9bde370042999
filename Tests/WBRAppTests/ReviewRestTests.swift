import Foundation
import Testing
import WBRModel

@testable import WBRApp

/// `R`: the rest of the list marked reviewed after one Enter, as one journal line and one undo.
@Suite struct ReviewRestTests {
  private func quiet(_ h: RecordHarness) -> [String] {
    h.state.deckList.rows.filter { !h.state.content.analysis.metrics[$0].isAnomaly }.map {
      Fixtures.deck.metrics[$0].id
    }
  }

  @Test func rAsksOnceThenMarksEveryQuietMetricAsOneChange() throws {
    let h = try RecordHarness()
    h.select("orders")
    h.press(.char(" "))  // one already marked by hand: left as it is
    h.press(.char("R"))
    guard case .record(.confirmReview(let metrics)) = h.state.overlay else {
      Issue.record("no question")
      return
    }
    let rest = quiet(h).filter { $0 != "orders" }
    #expect(metrics == rest)
    #expect(h.state.bindingContext == .confirm)
    #expect(h.journalLines.count == 1)  // nothing written before Enter
    h.press(.enter)
    #expect(h.state.overlay == nil)
    #expect(h.journalLines.count == 2)
    #expect(h.journalLines.last?.contains(#""type":"metrics.reviewed""#) == true)
    #expect(h.state.meeting.thisWeek.reviewed == Set(rest + ["orders"]))
    #expect(try h.recordOnDisk.week(Fixtures.weekEnding).reviewed == Set(rest + ["orders"]))
    #expect(h.state.message?.text == "Reviewed: \(rest.count) metrics (u takes them all back)")
    // Anomalies are left for their outcome.
    #expect(h.state.meeting.thisWeek.reviewed.intersection(["revenue", "delivery"]).isEmpty)
    h.press(.char("u"))
    #expect(h.state.meeting.thisWeek.reviewed == ["orders"])
    #expect(h.state.message?.text == "Undone: \(rest.count) metrics marked reviewed")
    #expect(try h.recordOnDisk.week(Fixtures.weekEnding).reviewed == ["orders"])
  }

  @Test func escapeOrNSaysNoAndNothingIsWritten() throws {
    let h = try RecordHarness()
    for no: Key in [.escape, .char("n"), .char("q")] {
      h.press(.char("R"))
      #expect(h.state.bindingContext == .confirm)
      h.press(no)
      #expect(h.state.overlay == nil)
    }
    #expect(h.journalLines.isEmpty)
    #expect(h.state.meeting.thisWeek.reviewed.isEmpty)
  }

  @Test func onlyTheListOnScreenIsMarked() throws {
    let h = try RecordHarness()
    h.press(.char("/"))
    h.type("or")
    h.press(.enter)
    let shown = quiet(h)
    #expect(!shown.isEmpty && shown.count < 4)
    h.press(.char("R"), .enter)
    #expect(h.state.meeting.thisWeek.reviewed == Set(shown))
  }

  @Test func withNothingLeftItSaysSo() throws {
    let h = try RecordHarness()
    h.press(.char("R"), .enter, .char("R"))
    #expect(h.state.overlay == nil)
    #expect(h.state.message?.text == "Nothing left to mark: every metric without a signal is marked")
    #expect(h.journalLines.count == 1)
  }

  @Test func aReadOnlyJournalRefusesIt() throws {
    var s = Fixtures.state()
    s.meeting = MeetingRecordState(
      week: Fixtures.weekEnding, record: MeetingRecord(), access: .readOnly(reason: "test"), journalPath: "j")
    let (after, effects) = AppUpdate.update(s, .record(.reviewRest))
    #expect(effects == [.bell])
    #expect(after.overlay == nil)
  }

  @Test func theQuestionSaysHowMany() throws {
    let h = try RecordHarness()
    h.press(.char("R"))
    let screen = RootView.render(h.state, size: Size(width: 80, height: 24)).textLines().joined(
      separator: "\n")
    #expect(screen.contains("Mark 4 metrics reviewed? Enter"))
  }
}
