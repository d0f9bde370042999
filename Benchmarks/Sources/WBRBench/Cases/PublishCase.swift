import Foundation
import WBRModel
import WBRPublish

/// `wbr publish` in process: loading the deck, analysing it and rendering the page
/// (`DeckPage.render`), as the command does before writing the file. The page's size is
/// checked against the 10 MB budget.
enum PublishCase {
  static let maxPageBytes = 10_000_000

  static func run(_ options: CaseOptions, output: RowOutput) throws {
    let deckPath = try options.require("deck")
    let n = options.int("metrics", default: 0)
    let runs = options.int("runs", default: 10)
    var size = 0
    let samples = Sampler.measure(warmup: 1, runs: runs) {
      guard let loaded = try? DeckLoader.load(deckPath: deckPath, ownersPath: options["owners"]) else { return }
      let page = DeckPage.render(
        deck: loaded.deck, owners: loaded.owners, analysis: DeckAnalyzer.analyze(loaded.deck))
      size = page.count
      keep(page)
    }
    guard size > 0 else { throw CaseFailure(description: "\(deckPath): cannot be loaded") }
    guard size < maxPageBytes else {
      throw CaseFailure(description: "the page is \(size) bytes, over the \(maxPageBytes)-byte budget")
    }
    output.write(Row(name: "publish: load + page (\(size / 1000) kB)", metrics: n, timings: samples))
  }
}
