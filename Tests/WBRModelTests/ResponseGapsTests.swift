import Foundation
import Testing
import WBRModel
import WBRTestSupport

/// Response gaps of the compatibility gate's prep journal on its deck (week 2026-11-21):
/// anomalies no one answered and open commitments without an answer, by owner, in each format.
@Suite struct ResponseGapsTests {
  static let compat = ReportSampleTests.repo.appendingPathComponent("Tests/WBRCompatTests")

  static func gaps(only: String? = nil) throws -> ResponseGaps {
    let loaded = try loadDeckFiles(
      deckPath: compat.appendingPathComponent("Decks/retail-deck.json").path,
      ownersPath: compat.appendingPathComponent("Decks/owners.json").path)
    let text = try String(contentsOf: compat.appendingPathComponent("Journals/prep.jsonl"), encoding: .utf8)
    let record = MeetingRecord(events: JournalDecoder.decode(text, file: "prep.jsonl").events)
    return ResponseGaps(
      deck: loaded.deck, analysis: DeckAnalyzer.analyze(loaded.deck), owners: loaded.owners, record: record,
      only: only)
  }

  @Test(arguments: ResponseGaps.Format.allCases)
  func eachFormatMatchesItsGoldenFile(_ format: ResponseGaps.Format) throws {
    assertGolden(try Self.gaps().render(format), at: "Golden/gaps/prep.\(format.rawValue)")
  }

  @Test func answeredAndPreparedThingsAreNoGaps() throws {
    let gaps = try Self.gaps()
    let all = gaps.owners.flatMap { $0.anomalies.map(\.metricID) }
    // page_load was accepted, new_skus replaced by the lead, in_stock prepared by Diego.
    #expect(!all.contains("page_load") && !all.contains("new_skus") && !all.contains("in_stock"))
    let open = gaps.owners.flatMap { $0.commitments.map(\.id) }
    // c-page and c-feed have prepared answers.
    #expect(open.isEmpty)
    #expect(gaps.count == 8)
    #expect(try Self.gaps(only: "zoe").owners.allSatisfy { $0.owner == "zoe" })
  }
}
