import Foundation
import Testing
import WBRModel

@testable import WBRApp

/// `e` and Space on a metric, through the keys, the loop and a real journal.
@Suite struct RecordOutcomeTests {
  @Test func explainedIsSavedOnlyOnEnterAndShownOnceOnDisk() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"))
    #expect(h.state.bindingContext == .choice)
    h.press(.char("e"))
    #expect(h.state.bindingContext == .dialog)
    h.type("Promo week; 漢字 ok")
    #expect(h.journalLines.isEmpty)  // nothing written while typing
    h.press(.enter)
    #expect(h.state.overlay == nil)
    #expect(h.state.message?.text == "Saved: Revenue explained")
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .explained("Promo week; 漢字 ok"))
    #expect(h.journalLines.count == 1)
    #expect(
      try h.recordOnDisk.week(Fixtures.weekEnding).outcomes["revenue"]?.kind
        == .explained("Promo week; 漢字 ok"))
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.signals.contains("xmr.limit") == true)
  }

  @Test func escapeCancelsAndChangesNothing() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("half an explanation")
    h.press(.escape)
    #expect(h.state.overlay == nil)
    #expect(h.journalLines.isEmpty)
    #expect(h.state.meeting.record.events.isEmpty)
    h.press(.char("e"), .escape)
    #expect(h.state.overlay == nil)
  }

  @Test func anExplanationNeedsWords() throws {
    let h = try RecordHarness()
    h.press(.char("e"), .enter)  // Explained is the first option
    h.type("   ")
    h.press(.enter)
    #expect(h.state.message?.kind == .error)
    #expect(h.state.bindingContext == .dialog)  // still open, text kept
    #expect(h.journalLines.isEmpty)
  }

  @Test func investigatingCreatesTheOwnersReportBack() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"), .char("i"))
    #expect(h.state.bindingContext == .dialog)  // what is being checked, optional
    h.press(.enter)
    #expect(h.state.overlay == nil)
    let c = try #require(h.state.meeting.record.commitments.first)
    #expect(c.text == "Report back on Revenue")
    #expect(c.owner == "zoe")
    #expect(c.due == Fixtures.weekEnding.adding(days: 7))
    #expect(c.metric == "revenue")
    #expect(h.state.message?.text == "Saved: Revenue investigating; Zoë Øster reports back on 2024-07-07")
    // One undo takes both back.
    h.press(.char("u"))
    #expect(h.state.meeting.record.commitments.isEmpty)
    #expect(h.state.meeting.thisWeek.outcomes.isEmpty)
    #expect(h.state.message?.text == "Undone: Revenue investigating")
  }

  @Test func routineKeepsTheOverrideWithAnOptionalNote() throws {
    let h = try RecordHarness()
    h.select("delivery")
    h.press(.char("e"), .char("r"), .enter)
    #expect(h.state.meeting.thisWeek.outcomes["delivery"]?.kind == .routine(nil))
    h.select("delivery")  // saving moved on to the next anomaly
    h.press(.char("e"))
    guard case .record(.outcomeMenu(let menu)) = h.state.overlay else {
      Issue.record("no menu")
      return
    }
    #expect(menu.options == [.explained, .investigating, .routine, .clear])
    #expect(menu.selected == 2)  // the current outcome
    h.press(.char("c"))
    #expect(h.state.meeting.thisWeek.outcomes["delivery"] == nil)
    #expect(h.journalLines.count == 2)
  }

  @Test func arrowsAndEnterPickAnOption() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"), .down, .down, .down, .up, .enter)
    h.type("Checking the returns feed")
    h.press(.enter)
    #expect(h.state.meeting.thisWeek.outcomes["revenue"]?.kind == .investigating("Checking the returns feed"))
  }

  @Test func investigatingAgainContinuesLastWeeksOpenReportBack() throws {
    let last = Fixtures.weekEnding.adding(days: -7)
    let earlier = [
      RecordEvents.event(
        "w1-1", last,
        .outcome(
          metric: "revenue", outcome: .investigating(nil), signals: ["xmr.limit"],
          commitment: CommitmentDraft(
            id: "c-rb", text: "Report back on Revenue", owner: "zoe", due: Fixtures.weekEnding)))
    ]
    let h = try RecordHarness(events: earlier)
    h.press(.escape)  // from the commitments screen to the deck
    h.select("revenue")
    h.press(.char("e"), .char("i"))
    h.type("Still checking the feed")
    h.press(.enter)
    #expect(h.state.meeting.record.commitments.map(\.id) == ["c-rb"])  // no second report-back
    let c = try #require(h.state.meeting.record.commitment(id: "c-rb"))
    #expect(c.due == Fixtures.weekEnding.adding(days: 7))
    #expect(c.carryCount == 1)
    #expect(
      h.state.message?.text
        == "Saved: Revenue investigating; Zoë Øster's report-back from \(last) continues, due 2024-07-07")
    #expect(h.journalLines.last?.contains(#""type":"outcome.continue""#) == true)
    h.press(.char("u"))
    #expect(h.state.meeting.record.commitment(id: "c-rb")?.due == Fixtures.weekEnding)
  }

  @Test func spaceMarksReviewedMovesOnAndTakesItBackInPlace() throws {
    let h = try RecordHarness()
    h.press(.char("g"))
    let row = h.state.deckList.selected
    let id = Fixtures.deck.metrics[h.state.deckList.rows[row]].id
    h.press(.char(" "))
    #expect(h.state.meeting.thisWeek.reviewed == [id])
    #expect(MeetingProgress(h.state).reviewed == 1)
    #expect(h.state.deckList.selected == row + 1)  // moved on to the next row
    h.press(.up, .char(" "))  // on a marked one: unmarks and stays
    #expect(h.state.meeting.thisWeek.reviewed.isEmpty)
    #expect(h.state.deckList.selected == row)
    #expect(h.journalLines.count == 2)
    #expect(try h.recordOnDisk.week(Fixtures.weekEnding).reviewed.isEmpty)
  }

  @Test func spaceOnAMetricWithAnOutcomeOnlyMovesOn() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"), .char("i"), .enter)
    h.select("revenue")  // saving moved on to the next anomaly
    let row = h.state.deckList.selected
    let lines = h.journalLines.count
    h.press(.char(" "))
    #expect(h.state.deckList.selected == row + 1)
    #expect(h.journalLines.count == lines)  // nothing written
    #expect(h.state.meeting.thisWeek.reviewed.isEmpty)
    #expect(h.state.message?.text == "Revenue has an outcome: counted as reviewed")
  }

  @Test func spaceOnTheLastRowMarksAndStays() throws {
    let h = try RecordHarness()
    h.press(.char("G"))
    let row = h.state.deckList.selected
    h.press(.char(" "))
    #expect(h.state.deckList.selected == row)
    #expect(h.state.meeting.thisWeek.reviewed.count == 1)
  }

  @Test func mJumpsToTheNextMetricNotYetMarked() throws {
    let h = try RecordHarness()
    let rows = h.state.deckList.rows
    h.press(.char(" "), .char(" "))  // rows 0 and 1 marked; on row 2
    h.press(.char("g"), .char("m"))
    #expect(h.state.deckList.selected == 2)
    h.press(.char(" "))  // row 2 marked; on row 3
    h.press(.char("g"), .char("m"))
    #expect(h.state.deckList.selected == 3)
    for _ in 3..<rows.count { h.press(.char("m"), .char(" ")) }
    #expect(h.state.meeting.thisWeek.reviewed.count == rows.count)
    h.press(.char("m"))
    #expect(h.state.message?.text == "Every metric in this list is marked")
  }

  @Test func savingAnOutcomeSelectsTheNextAnomalyWithoutOne() throws {
    let h = try RecordHarness()
    let anomalies = h.state.deckList.rows.filter { h.state.content.analysis.metrics[$0].isAnomaly }
    #expect(anomalies.count == 2)
    h.press(.char("n"))
    #expect(h.state.deckList.selectedMetric == anomalies[0])
    h.press(.char("e"), .char("i"), .enter)
    #expect(h.state.deckList.selectedMetric == anomalies[1])
    h.press(.char("e"), .char("i"), .enter)  // none left without an outcome: stays
    #expect(h.state.deckList.selectedMetric == anomalies[1])
    #expect(h.state.meeting.thisWeek.outcomes.count == 2)
  }

  @Test func inTheDrillDownSavingAnOutcomeOpensTheNextAnomaly() throws {
    let h = try RecordHarness()
    let anomalies = h.state.deckList.rows.filter { h.state.content.analysis.metrics[$0].isAnomaly }
    h.press(.char("n"), .enter)
    #expect(h.state.screen == .drillDown(metric: anomalies[0]))
    h.press(.char("e"), .char("i"), .enter)
    #expect(h.state.screen == .drillDown(metric: anomalies[1]))
    #expect(h.state.drillDownScroll == 0)
  }

  @Test func undoWalksBackThisMeetingOnly() throws {
    let h = try RecordHarness(events: RecordEvents.earlier)
    h.press(.char("c"))  // opened on commitments; back to the deck
    #expect(h.state.screen == .deck)
    h.select("orders")
    h.press(.char(" "))
    h.select("nps")
    h.press(.char(" "))
    h.press(.char("u"))
    #expect(h.state.meeting.thisWeek.reviewed == ["orders"])
    #expect(h.state.message?.text == "Undone: NPS marked reviewed")
    h.press(.char("u"))
    #expect(h.state.meeting.thisWeek.reviewed.isEmpty)
    h.press(.char("u"))
    #expect(h.state.message?.text == "Nothing to undo in this meeting")
    #expect(h.state.meeting.record.commitments.count == 4)  // earlier meetings untouched
  }

  @Test func resumingSelectsTheLastMetricChanged() throws {
    let events = [RecordEvents.event("r1", RecordEvents.week, .reviewed(metric: "orders"))]
    let h = try RecordHarness(events: events)
    #expect(h.state.screen == .deck)
    #expect(h.state.deckList.selectedMetric == 3)
    #expect(RecordSummary.mark(h.state, metric: 3)?.glyph == "✓")
  }

  @Test func theDrillDownShowsWhatWasRecorded() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.enter)
    h.press(.char("e"), .char("e"))
    h.type("Promo week")
    h.press(.enter)
    #expect(h.state.screen == .drillDown(metric: 2))  // the next anomaly, opened
    let lines = DrillDownLayout.context(h.state, metric: 0).record?.map(\.text)
    #expect(lines == ["Explained: Promo week"])
  }
}
