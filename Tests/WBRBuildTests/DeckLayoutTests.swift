import Foundation
import Testing
import WBRBuild
import WBRModel

@Suite struct DeckLayoutTests {
  func deck(_ scenario: String) throws -> Deck {
    let dir = GoldenVectors.scenarioRoot.appendingPathComponent(scenario)
    return try DeckBuilder.build(
      configPath: dir.appendingPathComponent("config.yaml").path,
      dataPath: dir.appendingPathComponent("original.csv").path
    ).0
  }

  /// `PageViewsYOY` in a table brings PageViews in under its own name, without the YOY
  /// row's percent format; building-block metrics stay out.
  @Test func derivedRowsBringTheirMetric() throws {
    let d = try deck("scenario_9")
    let pv = try #require(d.metrics.first { $0.id == "PageViews" })
    #expect(pv.name == "PageViews" && pv.format == nil)
    #expect(d.metrics.first { $0.id == "Fatals" } == nil)
    let desktop = try #require(d.metrics.first { $0.id == "Desktop_Pct" })
    #expect(desktop.comparison == .bps && desktop.format == "##%")
  }

  /// A target line becomes the plotted metric's targets, and the demo's sections are kept.
  @Test func targetLinesAndSections() throws {
    let samples = GoldenVectors.scenarioRoot.deletingLastPathComponent()
    let (d, _) = try DeckBuilder.build(
      configPath: samples.appendingPathComponent("generated-output/1-wbr-sample-config-unprefixed.yaml").path,
      dataPath: samples.appendingPathComponent("demo_uploads/1-wbr-sample-dataset.csv").path)
    let pv = try #require(d.metrics.first { $0.id == "PageViews" })
    #expect(pv.name == "Page Views" && pv.format == "##MM")  // two plotted metrics: legend names
    #expect(pv.weeklyTargets.last?.weekEnding == d.weekEnding && pv.weeklyTargets.last?.value != nil)
    #expect(d.metrics.first { $0.id == "PageViews_Target" } == nil)
    #expect(d.metrics.first { $0.id == "Impressions" }?.format == "##.2MM")
  }
}
