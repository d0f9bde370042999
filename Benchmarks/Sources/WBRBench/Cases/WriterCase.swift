import Foundation
import WBRModel
import WBRStore

/// The JSON writers on a large deck (issue #18: at least 200 MB/s of output): the report of
/// `wbr report --json`, the deck file of `wbr build`, the notes JSON and journal lines. Each
/// row times the writing alone (the deck loaded and analysed beforehand) and names the bytes
/// written, so MB/s = bytes / median.
enum WriterCase {
  static func run(_ options: CaseOptions, output: RowOutput) throws {
    let deckPath = try options.require("deck")
    let n = options.int("metrics", default: 0)
    let runs = options.int("runs", default: 20)
    let loaded = try DeckLoader.load(deckPath: deckPath, ownersPath: options["owners"])
    let report = DeckReport(deck: loaded.deck, owners: loaded.owners)
    let only = options["only"]  // a part of a row's name, to time (or profile) one writer
    func row(_ name: String, _ bytes: @autoclosure () -> Int, _ body: () -> Void) {
      if let only, !name.contains(only) { return }
      let samples = Sampler.measure(warmup: 2, runs: runs, body)
      output.write(Row(name: "writer: \(name), \(megabytes(bytes()))", metrics: n, timings: samples))
    }
    row("report JSON", ReportJSON.bytes(report).count) { keep(ReportJSON.bytes(report)) }
    row("deck JSON (wbr build)", DeckWriter.write(loaded.deck).count) { keep(DeckWriter.write(loaded.deck)) }
    let record = NotesCase.history(
      loaded.deck, report.analysis, owners: loaded.owners.owners.map(\.id), count: 200)
    let notes = NotesBuilder(
      deck: loaded.deck, analysis: report.analysis, owners: loaded.owners, record: record,
      week: loaded.deck.weekEnding, login: "lead", deckFile: deckPath,
      deckChecksum: .sha256(String(repeating: "0", count: 64))
    ).build()
    row("notes JSON", JSONNotes.render(notes).utf8.count) { keep(JSONNotes.render(notes)) }
    let events = journal(loaded.deck, count: 10_000)
    row("journal, 10,000 lines", events.reduce(0) { $0 + JournalEncoder.line($1).utf8.count + 1 }) {
      for e in events { keep(JournalEncoder.line(e)) }
    }
  }

  /// Events of every kind, in turn, on the deck's metrics.
  static func journal(_ deck: Deck, count: Int) -> [RecordEvent] {
    let week = deck.weekEnding
    let at = Date(timeIntervalSince1970: Double(week.ordinal + 2) * 86_400 + 15 * 3600)
    var stamper = EventStamper(by: "lead", week: week, session: "s1", clock: { at })
    return (0..<count).map { i in
      let metric = deck.metrics[i % deck.metrics.count].id
      let draft = CommitmentDraft(
        id: "c\(i)", text: "Follow up \(i): check the supplier feed", owner: "owner-\(i % 7)",
        due: week.adding(days: 7))
      switch i % 5 {
      case 0: return stamper.event(.reviewed(metric: metric))
      case 1:
        return stamper.event(
          .outcome(
            metric: metric, outcome: .explained("Promotion moved a week early"), signals: [], commitment: nil)
        )
      case 2: return stamper.event(.commitmentAdded(draft, metric: metric))
      case 3: return stamper.event(.commitmentCarried(id: "c\(i - 1)", due: week.adding(days: 14)))
      default: return stamper.event(.undo(target: "e\(i)"))
      }
    }
  }

  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.2f MB", Double(bytes) / 1_000_000)
  }
}
