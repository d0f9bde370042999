import Testing
import WBRModel

@testable import WBRApp

/// The meeting's progress, counted once (`MeetingProgress`) and shown by the header as it is.
@Suite struct MeetingProgressTests {
  private func header(_ h: RecordHarness) -> String {
    RootView.render(h.state, size: h.state.size).textLines()[0]
  }

  @Test func nothingIsWalkedOrReviewedAtTheStart() throws {
    let h = try RecordHarness(size: Size(width: 160, height: 48))
    #expect(MeetingProgress(h.state) == MeetingProgress(walked: 0, anomalies: 2, reviewed: 0, metrics: 6))
    #expect(header(h).contains("anomalies walked 0/2  reviewed 0/6"))
  }

  @Test func reviewedCountsSpaceAndOutcomesAndWalkedCountsRecordedAnomalies() throws {
    let h = try RecordHarness(size: Size(width: 160, height: 48))
    h.select("orders")  // not an anomaly
    h.press(.char(" "))
    #expect(MeetingProgress(h.state) == MeetingProgress(walked: 0, anomalies: 2, reviewed: 1, metrics: 6))
    h.select("revenue")  // an anomaly, given an outcome without being opened
    h.press(.char("e"), .char("i"), .enter)
    #expect(MeetingProgress(h.state) == MeetingProgress(walked: 1, anomalies: 2, reviewed: 2, metrics: 6))
    #expect(header(h).contains("anomalies walked 1/2  reviewed 2/6"))
    h.select("revenue")  // saving moved on to the next anomaly
    h.press(.char(" "))  // reviewed on top of an outcome: still one metric
    #expect(MeetingProgress(h.state).reviewed == 2)
  }

  @Test func openingAnAnomalyWalksItOnce() throws {
    let h = try RecordHarness(size: Size(width: 160, height: 48))
    h.press(.char("n"))
    h.press(.char("n"))
    h.press(.char("N"))  // back to the first: not counted twice
    #expect(MeetingProgress(h.state).walked == 2)
    #expect(MeetingProgress(h.state).reviewed == 0)
  }

  @Test func marksForMetricsNotInTheDeckDoNotCount() throws {
    let week = Fixtures.weekEnding
    let h = try RecordHarness(
      events: [
        RecordEvents.event("e1", week, .reviewed(metric: "gone")),
        RecordEvents.event("e2", week, .reviewed(metric: "nps")),
      ], size: Size(width: 160, height: 48))
    #expect(MeetingProgress(h.state).reviewed == 1)
    #expect(header(h).contains("reviewed 1/6"))
  }
}
