import Foundation
import Testing
import WBRModel
import WBRStore

@testable import WBRPublish

/// The sample deck (sample-data/), cut to a few metrics for the golden page, and a meeting's
/// record on it.
enum PublishFixture {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func sample() throws -> LoadedDeck {
    let data = repo.appendingPathComponent("sample-data")
    return try DeckLoader.load(
      deckPath: data.appendingPathComponent("retail-deck.json").path,
      ownersPath: data.appendingPathComponent("owners.json").path)
  }

  /// Two quiet inputs, the anomalies of several kinds, and a metric with a missing week.
  static let goldenIDs: Set<String> = [
    "in_stock", "new_skus", "promise_met", "page_load", "marketing_spend", "gross_margin", "conversion",
    "orders",
  ]

  static func smallDeck() throws -> (Deck, OwnersFile) {
    let loaded = try sample()
    var deck = loaded.deck
    deck.metrics = deck.metrics.filter { goldenIDs.contains($0.id) }
    return (deck, loaded.owners)
  }

  static func record(week: Day) -> MeetingRecord {
    let at = Date(timeIntervalSince1970: Double(week.ordinal + 2) * 86_400 + 15 * 3600)
    var stamper = EventStamper(by: "maria", week: week, session: "s1", clock: { at })
    var record = MeetingRecord()
    let changes: [RecordChange] = [
      .outcome(
        metric: "new_skus", outcome: .explained("Vendor <b>onboarding</b> wave"), signals: [], commitment: nil
      ),
      .outcome(
        metric: "promise_met", outcome: .investigating(nil), signals: [],
        commitment: .init(
          id: "c1", text: "Report back on Delivery promise met", owner: "amara", due: week.adding(days: 7))),
      .commitmentAdded(
        .init(id: "c2", text: "Check the checkout & \"A/B\" test", owner: "tom", due: week.adding(days: 7)),
        metric: "gross_margin"),
      .reviewed(metric: "in_stock"),
    ]
    for change in changes { record = record.applying(stamper.event(change)) }
    return record
  }

  static func page(_ deck: Deck, _ owners: OwnersFile = OwnersFile(), record: MeetingRecord? = nil) -> String
  {
    String(
      decoding: DeckPage.render(
        deck: deck, owners: owners, analysis: DeckAnalyzer.analyze(deck), record: record), as: UTF8.self)
  }

  /// The page with a line break before each block-level tag, so a golden diff points at the
  /// element that changed rather than at one very long line.
  static func normalised(_ html: String) -> String {
    var out = ""
    var rest = Substring(html)
    let blocks = [
      "<article", "<section", "<div", "<p", "<h1", "<h2", "<h3", "<ul", "<ol", "<li", "<tr", "<table",
      "<svg", "<figure", "<figcaption", "<dl", "<dt", "<dd", "<header", "<nav", "<main", "<head", "<body",
      "<style",
      "<title", "<meta", "</",
    ]
    while let open = rest.firstIndex(of: "<") {
      out += rest[..<open]
      rest = rest[open...]
      if blocks.contains(where: { rest.hasPrefix($0 + ">") || rest.hasPrefix($0 + " ") })
        && !(out.last == "\n") && !rest.hasPrefix("</")
      {
        out += "\n"
      }
      out.append("<")
      rest = rest.dropFirst()
    }
    return out + rest
  }
}
