import Testing
import WBRModel

@testable import WBRApp

/// `s` cycles the deck's order and comes back to the meeting's; the owner filter's walk is
/// counted within the owner.
@Suite struct DeckSortTests {
  @Test func sCyclesTheOrdersAndReturnsToTheMeetingOrder() {
    var s = Fixtures.state()
    let meeting = s.deckList.rows
    let analysis = s.content.analysis.metrics
    s = Fixtures.apply([.cycleSort], to: s)
    #expect(s.deckList.sort == .signals)
    let firstQuiet = s.deckList.rows.firstIndex { !analysis[$0].isAnomaly } ?? 0
    #expect(s.deckList.rows[..<firstQuiet].allSatisfy { analysis[$0].isAnomaly })
    #expect(s.deckList.rows[firstQuiet...].allSatisfy { !analysis[$0].isAnomaly })
    let strengths = s.deckList.rows[..<firstQuiet].map { analysis[$0].strength }
    #expect(strengths == strengths.sorted(by: >))
    #expect(!s.deckList.lines.contains { if case .heading = $0 { return true } else { return false } })
    s = Fixtures.apply([.cycleSort], to: s)
    #expect(s.deckList.sort == .owner)
    let names = s.deckList.rows.map { s.content.ownerName(ofMetric: $0)?.lowercased() ?? "\u{10FFFF}" }
    #expect(names == names.sorted())
    s = Fixtures.apply([.cycleSort], to: s)
    #expect(s.deckList.sort == .wow)
    let moves = s.deckList.rows.map { analysis[$0].wow.map { abs($0.value) } ?? -1 }
    #expect(moves == moves.sorted(by: >))
    s = Fixtures.apply([.cycleSort], to: s)
    #expect(s.deckList.sort == .meeting)
    #expect(s.deckList.rows == meeting)
    #expect(s.deckList.lines.contains { if case .heading = $0 { return true } else { return false } })
  }

  @Test func theSelectedMetricStaysSelectedAcrossOrders() {
    var s = Fixtures.state()
    s = Fixtures.apply([.move(3)], to: s)
    let metric = s.deckList.selectedMetric
    for _ in DeckSort.allCases {
      s = Fixtures.apply([.cycleSort], to: s)
      #expect(s.deckList.selectedMetric == metric)
    }
  }

  @Test func theHeaderSaysTheOrderAndCountsAnOwnersAnomalies() {
    var s = Fixtures.state(width: 160, height: 30)
    s = Fixtures.apply([.cycleSort], to: s)
    let header = RootView.render(s, size: s.size).textLines()[0]
    #expect(header.contains("sort: signals first"))
    // Zoë's metrics only: her anomalies are counted, and named.
    s = Fixtures.apply(
      [.cycleSort, .cycleSort, .cycleSort, .show(.ownerPicker), .submit, .nextAnomaly], to: s)
    let zoe = s.deckList.rows.filter { s.content.analysis.metrics[$0].isAnomaly }
    #expect(!zoe.isEmpty)
    let line = RootView.render(s, size: s.size).textLines()[0]
    #expect(line.contains("Zoë Øster: anomaly 1 of \(zoe.count)"))
  }
}
