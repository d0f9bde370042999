import Foundation
import Testing
import WBRModel

/// A three-week meeting history on a small deck, for the notes tests, and golden files.
enum NotesFixture {
  typealias A = AnalysisFixture
  static let w3 = A.testWeek
  static let w2 = w3.adding(days: -7)
  static let w1 = w3.adding(days: -14)

  static var deck: Deck {
    var inStock = A.metric(
      [0.95, 0.96, 0.95, 0.94, 0.95, 0.96, 0.95, 0.96, 0.95, 0.94, 0.95, 0.88], id: "in_stock", kind: .input,
      format: "##.1%", comparison: .bps)
    inStock.name = "In-stock rate"
    inStock.owner = "ana"
    var orders = A.metric(A.workedExample, id: "orders")
    orders.name = "Orders | all channels"
    orders.owner = "bo"
    var gms = A.metric(
      [2.1e6, 2.2e6, 2.15e6, 2.18e6, 2.2e6, 2.12e6, 2.16e6, 2.2e6, 2.14e6, 2.17e6, 2.19e6, 2.16e6], id: "gms",
      format: "##.2MM", target: 2.4e6)
    gms.name = "GMS"
    gms.prefix = "$"
    gms.owner = "carla"
    var views = A.metric([10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 11], id: "page_views", kind: .input)
    views.name = "Page views"
    views.owner = "ana"
    var returns = A.metric([5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 5, 9], id: "returns", higherIsBetter: false)
    returns.name = "Returns"
    var d = A.deck([orders, gms, returns, inStock, views])
    d.title = "Retail WBR"
    d.asOf = "2026-11-23T07:00:00Z"
    return d
  }

  static let owners = OwnersFile(owners: [
    Owner(id: "ana", name: "Ana López"), Owner(id: "bo", name: "Bo Chen"),
  ])

  /// The journal of three meetings.
  static var record: MeetingRecord {
    var r = MeetingRecord()
    func run(_ week: Day, _ session: String, _ changes: [RecordChange]) {
      var s = RecordFixture.stamper(week: week, session: session, by: "maria")
      for c in changes { r = r.applying(s.event(c)) }
    }
    run(
      w1, "a",
      [
        .commitmentAdded(
          .init(id: "cA", text: "Fix the supplier feed", owner: "ana", due: w2), metric: "in_stock"),
        .commitmentAdded(.init(id: "cB", text: "Call the DC", owner: "bo", due: w2), metric: nil),
      ])
    run(
      w2, "b",
      [
        .commitmentCarried(id: "cA", due: w3), .commitmentDone(id: "cB"),
        .commitmentAdded(
          .init(id: "cC", text: "Audit returns, then \"report\"", owner: "carla", due: w3), metric: nil),
      ])
    run(
      w3, "c",
      [
        .commitmentCarried(id: "cA", due: w3.adding(days: 7)),
        .commitmentDropped(id: "cC", reason: "Vendor changed"),
        .reviewed(metric: "page_views"),
        .outcome(
          metric: "orders", outcome: .explained("Promo | moved `early`\nsee *wiki* <b>"),
          signals: ["xmr.limit"],
          commitment: nil),
        .outcome(
          metric: "in_stock", outcome: .investigating(nil), signals: [],
          commitment: .init(
            id: "cD", text: "Report back on In-stock rate", owner: "ana", due: w3.adding(days: 7))),
        .outcome(metric: "gms", outcome: .routine("Seasonal\u{1B}[31m dip"), signals: [], commitment: nil),
        .commitmentAdded(
          .init(id: "cE", text: "1. Check | pipes, `ticks`", owner: "bo", due: w3.adding(days: 14)),
          metric: "orders"),
      ])
    return r
  }

  static func notes(week: Day = w3) -> MeetingNotes {
    let d = deck
    return NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), owners: owners, record: record, week: week,
      login: "someone",
      deckFile: "/data/retail-deck.json", deckChecksum: .sha256(SHA256.hex(of: Array("deck".utf8)))
    ).build()
  }
}
