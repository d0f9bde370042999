import Foundation
import Testing
import WBRModel
import WBRTestSupport

/// `wbr report` on the sample deck (sample-data/): golden text, ASCII and JSON forms, and the
/// facts of the sample's designed cases as the report states them.
@Suite struct ReportSampleTests {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func sample(ascii: Bool = false) throws -> DeckReport {
    let data = repo.appendingPathComponent("sample-data")
    let loaded = try loadDeckFiles(
      deckPath: data.appendingPathComponent("retail-deck.json").path,
      ownersPath: data.appendingPathComponent("owners.json").path)
    return DeckReport(deck: loaded.deck, owners: loaded.owners, ascii: ascii)
  }

  @Test func textMatchesGoldenFile() throws {
    assertGolden(ReportText.render(try Self.sample()), at: "Golden/retail-report.txt")
  }

  @Test func asciiMatchesGoldenFile() throws {
    assertGolden(
      ReportText.render(try Self.sample(ascii: true), ascii: true), at: "Golden/retail-report-ascii.txt")
  }

  @Test func jsonMatchesGoldenFile() throws {
    assertGolden(ReportJSON.render(try Self.sample()), at: "Golden/retail-report.json")
  }

  @Test func asciiFormAddsNoNonASCIIGlyphs() throws {
    let report = try Self.sample(ascii: true)
    var text = ReportText.render(report, ascii: true)
    // Names and owners are the files' own text and stay as written.
    for name in report.deck.metrics.map(\.name) + report.owners.owners.map(\.name) {
      text = text.replacingOccurrences(of: name, with: "")
    }
    let foreign = text.unicodeScalars.filter { !$0.isASCII }.map { String($0) }
    #expect(foreign.isEmpty, "non-ASCII glyphs: \(Set(foreign).sorted())")
  }

  @Test func walkListsTheDesignedAnomaliesInOrder() throws {
    let report = try Self.sample()
    let walk = report.analysis.anomalies.map { report.deck.metrics[$0].id }
    #expect(
      walk == [
        "new_skus", "promise_met", "click_to_door", "page_load", "search_success", "contact_rate",
        "marketing_spend", "new_customers", "conversion", "gross_margin",
      ])
    let text = ReportText.render(report)
    #expect(text.contains("Anomalies in walk order (10):"))
    #expect(text.contains("42 metrics \u{00B7} 10 anomalies \u{00B7} 1 without a value this week"))
  }

  @Test func rowsShowOwnersFromAssignmentsAndTheUnownedMetric() throws {
    let text = ReportText.render(try Self.sample())
    let lines = text.components(separatedBy: "\n")
    let pageLoad = try #require(lines.first { $0.contains("Page load time p90 (ms)") })
    #expect(pageLoad.hasPrefix("! "))
    #expect(pageLoad.contains("Zo\u{00EB} \u{00D8}ster"))
    #expect(!pageLoad.contains("Kenji Mori"))
    let carbon = try #require(lines.first { $0.contains("CO\u{2082}e per order") })
    #expect(carbon.contains("(no owner)"))
    let csat = try #require(lines.first { $0.contains("Customer satisfaction (CSAT)") })
    #expect(csat.contains("n/a") && csat.hasSuffix("data.missing"))
  }

  @Test func headingsFollowKindThenSectionOrder() throws {
    let text = ReportText.render(try Self.sample())
    let headings = text.components(separatedBy: "\n").filter {
      $0.hasPrefix("Inputs \u{203A}") || $0.hasPrefix("Outputs \u{203A}")
    }
    #expect(
      headings == [
        "Inputs \u{203A} Customer experience", "Inputs \u{203A} Selection & price",
        "Inputs \u{203A} Delivery", "Inputs \u{203A} Site performance",
        "Inputs \u{203A} Customer service", "Inputs \u{203A} Growth & marketing",
        "Inputs \u{203A} Other", "Outputs \u{203A} Growth & marketing", "Outputs \u{203A} Financials",
      ])
  }

  @Test func jsonIsTheStableMachineForm() throws {
    let report = try Self.sample()
    let data = Data(ReportJSON.render(report).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["format"] as? String == "wbr-report")
    #expect(root["version"] as? Int == 1)
    #expect(root["week_ending"] as? String == "2026-11-21")
    let metrics = try #require(root["metrics"] as? [[String: Any]])
    #expect(metrics.count == 42)
    #expect(metrics.first?["id"] as? String == "in_stock")
    let flagged = metrics.filter { ($0["signals"] as? [Any])?.isEmpty == false }.compactMap {
      $0["id"] as? String
    }
    #expect(root["anomalies"] as? [String] == flagged)
    let csat = try #require(metrics.first { $0["id"] as? String == "csat" })
    #expect(csat["value"] is NSNull && csat["wow"] is NSNull)
    #expect(csat["quality"] as? [String] == ["data.missing"])
    let pageLoad = try #require(metrics.first { $0["id"] as? String == "page_load" })
    #expect(pageLoad["owner"] as? String == "zoe")
    let signals = try #require(pageLoad["signals"] as? [[String: Any]])
    #expect(signals.map { $0["id"] as? String } == ["xmr.limit", "xmr.range"])
    #expect(signals.map { $0["strength"] as? Int } == [3, 3])
    #expect(signals.map { $0["direction"] as? String } == ["bad", "bad"])
    let wow = try #require(pageLoad["wow"] as? [String: Any])
    #expect(wow["unit"] as? String == "pct")
    let spark = try #require(pageLoad["sparklines"] as? [String: Any])
    #expect((spark["wow"] as? [Any])?.count == 6 && (spark["yoy"] as? [Any])?.count == 12)
  }
}
