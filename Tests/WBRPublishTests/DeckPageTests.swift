import Foundation
import Testing
import WBRModel
import WBRTestSupport

@testable import WBRPublish

/// The page of a few sample metrics, as a golden file, and what it must and must not hold.
@Suite struct DeckPageTests {
  @Test func pageMatchesGoldenFile() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    assertGolden(PublishFixture.normalised(PublishFixture.page(deck, owners)), at: "Golden/sample-page.html")
  }

  @Test func pageWithTheMeetingMatchesGoldenFile() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let page = PublishFixture.page(deck, owners, record: PublishFixture.record(week: deck.weekEnding))
    assertGolden(PublishFixture.normalised(page), at: "Golden/sample-page-meeting.html")
  }

  @Test func metricsComeInScreenOrderWithTheirPositions() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let page = PublishFixture.page(deck, owners)
    let analysis = DeckAnalyzer.analyze(deck)
    var last = page.startIndex
    for (n, index) in analysis.order.enumerated() {
      let marker = "id=\"m\(n + 1)\""
      let found = try #require(
        page.range(of: marker, range: last..<page.endIndex), "block \(n + 1) missing or out of order")
      let block = page[found.upperBound...].prefix(2000)
      #expect(block.contains(deck.metrics[index].name), "block \(n + 1) is not \(deck.metrics[index].name)")
      last = found.upperBound
    }
    #expect(page.components(separatedBy: "<article").count - 1 == deck.metrics.count)
  }

  @Test func signalSentencesAndBadgesComeFromTheAnalysis() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let page = PublishFixture.page(deck, owners)
    let analysis = DeckAnalyzer.analyze(deck)
    #expect(!analysis.anomalies.isEmpty)
    for i in analysis.anomalies {
      for signal in analysis.metrics[i].signals {
        // After its "Bad news:" label, in lower case where the sentence opens on a word.
        #expect(page.contains(" " + signal.clause.replacingOccurrences(of: "&", with: "&amp;") + " "))
      }
    }
    #expect(page.contains("Anomalies in walk order (\(analysis.anomalies.count))"))
  }

  @Test func colourOnlyWhereASignalIsAboutTheCell() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let page = PublishFixture.page(deck, owners)
    let analysis = DeckAnalyzer.analyze(deck)
    let coloured =
      page.components(separatedBy: "class=\"cell bad\"").count
      + page.components(
        separatedBy: "class=\"cell good\""
      ).count + page.components(separatedBy: "class=\"cell warn\"").count - 3
    let expected = analysis.metrics.reduce(0) { n, a in
      n
        + [SignalTone.Cell.value, .wow, .yoy, .vsTarget].filter { SignalTone.signal(for: $0, in: a) != nil }
        .count
    }
    #expect(coloured == expected)
    #expect(expected > 0)
    // A quiet metric has no coloured cell at all.
    let quiet = try #require(analysis.order.first { !analysis.metrics[$0].isAnomaly })
    let n = try #require(analysis.order.firstIndex(of: quiet)) + 1
    let start = try #require(page.range(of: "id=\"m\(n)\""))
    let end = try #require(page.range(of: "</article>", range: start.upperBound..<page.endIndex))
    let block = page[start.upperBound..<end.lowerBound]
    #expect(!block.contains("class=\"cell bad") && !block.contains("class=\"cell good"))
  }

  @Test func selfContainedWithoutScript() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let page = PublishFixture.page(deck, owners, record: PublishFixture.record(week: deck.weekEnding))
    for forbidden in [
      "<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http://", "https://",
    ] {
      #expect(!page.contains(forbidden), "the page has \(forbidden)")
    }
    #expect(page.contains("Content-Security-Policy"))
    #expect(page.contains("break-inside:avoid"))
  }

  @Test func theSameDeckGivesTheSameBytes() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    #expect(PublishFixture.page(deck, owners) == PublishFixture.page(deck, owners))
  }

  @Test func dueAtTheNextMeetingReadsAsNextWBR() {
    let w = Day(year: 2026, month: 11, day: 21)!
    #expect(NotesReading.due(w.adding(days: 7), week: w) == "due next WBR (w/e 11-28)")
    #expect(NotesReading.due(w.adding(days: 14), week: w) == "due w/e 2026-12-05")
    #expect(NotesReading.due(w, week: w) == "was due w/e 2026-11-21")
  }
}
