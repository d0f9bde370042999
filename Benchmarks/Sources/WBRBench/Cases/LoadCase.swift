import WBRModel
import WBRStore

/// Deck load + validation + analysis: what `wbr meet`, `wbr check` and `wbr report` do before
/// anything is shown. Each part is timed on its own and then the whole, from the file on disk.
enum LoadCase {
  static func run(_ options: CaseOptions, output: RowOutput) throws {
    let deckPath = try options.require("deck")
    let owners = options["owners"]
    let n = options.int("metrics", default: 0)
    let runs = options.int("runs", default: 10)
    func load() throws(InputError) -> LoadedDeck {
      try DeckLoader.load(deckPath: deckPath, ownersPath: owners)
    }
    let loaded = try load()

    var failure: InputError?
    let loading = Sampler.measure(warmup: 1, runs: runs) {
      do throws(InputError) { keep(try load()) } catch { failure = error }
    }
    let analysing = Sampler.measure(warmup: 1, runs: runs) { keep(DeckAnalyzer.analyze(loaded.deck)) }
    let whole = Sampler.measure(warmup: 0, runs: runs) {
      do throws(InputError) { keep(DeckAnalyzer.analyze(try load().deck)) } catch { failure = error }
    }
    if let failure { throw failure }
    output.write(Row(name: "load + validation", metrics: n, timings: loading))
    output.write(Row(name: "analysis", metrics: n, timings: analysing))
    output.write(Row(name: "load + validation + analysis", metrics: n, timings: whole))
  }
}
