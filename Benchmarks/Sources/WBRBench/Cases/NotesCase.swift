import Foundation
import WBRModel
import WBRStore

/// The meeting notes of a large deck with a long commitment history: gathering them
/// (`NotesBuilder`) and rendering each export format, as `x` and `wbr notes` do.
enum NotesCase {
  static func run(_ options: CaseOptions, output: RowOutput) throws {
    let deckPath = try options.require("deck")
    let n = options.int("metrics", default: 0)
    let runs = options.int("runs", default: 20)
    let commitments = options.int("commitments", default: 200)
    let loaded = try DeckLoader.load(deckPath: deckPath, ownersPath: options["owners"])
    let analysis = DeckAnalyzer.analyze(loaded.deck)
    let week = loaded.deck.weekEnding
    let record = history(loaded.deck, analysis, owners: loaded.owners.owners.map(\.id), count: commitments)
    let builder = NotesBuilder(
      deck: loaded.deck, analysis: analysis, owners: loaded.owners, record: record, week: week, login: "lead",
      deckFile: deckPath, deckChecksum: .sha256(String(repeating: "0", count: 64)))
    let label = "\(record.commitments.count) commitments"
    let building = Sampler.measure(warmup: 1, runs: runs) { keep(builder.build()) }
    output.write(Row(name: "notes: gather (\(label))", metrics: n, timings: building))
    let notes = builder.build()
    for format in NotesFormat.allCases {
      let samples = Sampler.measure(warmup: 1, runs: runs) { keep(format.render(builder.build())) }
      output.write(Row(name: "notes: gather + \(format.rawValue)", metrics: n, timings: samples))
    }
    keep(notes)
  }

  /// Three meetings: commitments made in the first two, some carried, done or dropped in
  /// the second, and in the third an outcome for each anomaly (every third one investigating,
  /// which adds a commitment) and new commitments until there are `count` in all.
  static func history(_ deck: Deck, _ analysis: DeckAnalysis, owners: [String], count: Int) -> MeetingRecord {
    let w3 = deck.weekEnding
    let weeks = [w3.adding(days: -14), w3.adding(days: -7), w3]
    let ownerIDs = owners.isEmpty ? ["lead"] : owners
    var record = MeetingRecord()
    var made = 0
    let anomalies = analysis.anomalies.map { deck.metrics[$0].id }
    for (k, week) in weeks.enumerated() {
      let at = Date(timeIntervalSince1970: Double(week.ordinal + 2) * 86_400 + 15 * 3600)
      var stamper = EventStamper(by: "lead", week: week, session: "s\(k)", clock: { at })
      func apply(_ change: RecordChange) { record = record.applying(stamper.event(change)) }
      if k == 1 {
        for (i, c) in record.commitments.enumerated() {
          switch i % 4 {
          case 0: apply(.commitmentDone(id: c.id))
          case 1: apply(.commitmentCarried(id: c.id, due: w3))
          case 2: apply(.commitmentDropped(id: c.id, reason: "Superseded by the Q4 plan"))
          default: break
          }
        }
      }
      if k == 2 {
        for (i, id) in anomalies.enumerated() where made < count {
          let draft =
            i % 3 == 0
            ? CommitmentDraft(
              id: "c\(made)", text: "Report back on \(id)", owner: ownerIDs[i % ownerIDs.count],
              due: w3.adding(days: 7)) : nil
          let outcome: OutcomeKind =
            i % 3 == 0
            ? .investigating(nil) : i % 3 == 1 ? .explained("Promotion moved a week early") : .routine(nil)
          apply(.outcome(metric: id, outcome: outcome, signals: [], commitment: draft))
          if draft != nil { made += 1 }
        }
      }
      let share = k == 2 ? count - made : count / 3
      for i in 0..<max(0, share) where made < count {
        let draft = CommitmentDraft(
          id: "c\(made)", text: "Follow up \(i): check the supplier feed and the weekend orders",
          owner: ownerIDs[(made + k) % ownerIDs.count], due: week.adding(days: 7 * (1 + i % 3)))
        apply(
          .commitmentAdded(draft, metric: deck.metrics.indices.contains(i * 7) ? deck.metrics[i * 7].id : nil)
        )
        made += 1
      }
    }
    return record
  }
}
