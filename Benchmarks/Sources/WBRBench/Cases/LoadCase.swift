import WBRModel
import WBRStore

#if canImport(Glibc)
  import Glibc
#endif

/// Deck load + validation + analysis: what `wbr meet`, `wbr check` and `wbr report` do before
/// anything is shown. Each part is timed on its own and then the whole, from the file on disk.
///
/// Peak memory is the process's peak after one load and one analysis, before the timed runs:
/// what `wbr check` or `wbr report` needs (the timed runs keep a deck while loading another).
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
    keep(DeckAnalyzer.analyze(loaded.deck))
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let peak = Int(usage.ru_maxrss)

    var failure: InputError?
    let loading = Sampler.measure(warmup: 1, runs: runs) {
      do throws(InputError) { keep(try load()) } catch { failure = error }
    }
    let analysing = Sampler.measure(warmup: 1, runs: runs) { keep(DeckAnalyzer.analyze(loaded.deck)) }
    let whole = Sampler.measure(warmup: 0, runs: runs) {
      do throws(InputError) { keep(DeckAnalyzer.analyze(try load().deck)) } catch { failure = error }
    }
    if let failure { throw failure }
    output.write(Row(name: "load + validation", metrics: n, timings: loading, peakKiB: peak))
    output.write(Row(name: "analysis", metrics: n, timings: analysing, peakKiB: peak))
    output.write(Row(name: "load + validation + analysis", metrics: n, timings: whole, peakKiB: peak))
  }
}
