import Testing
import WBRModel
import WBRTestSupport

@testable import WBRPublish

/// `wbr notes --format html`: the reader's layout as mail-safe HTML.
@Suite struct NotesHTMLTests {
  static func notes(deck: Deck, owners: OwnersFile, record: MeetingRecord) -> MeetingNotes {
    NotesBuilder(
      deck: deck, analysis: DeckAnalyzer.analyze(deck), owners: owners, record: record, week: deck.weekEnding,
      login: "t", deckFile: "deck.json", deckChecksum: .sha256(String(repeating: "a", count: 64))
    ).build()
  }

  @Test func matchesGoldenFile() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let html = NotesHTML.render(
      Self.notes(deck: deck, owners: owners, record: PublishFixture.record(week: deck.weekEnding)))
    assertGolden(PublishFixture.normalised(html), at: "Golden/notes.html")
  }

  @Test func mailSafe() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let html = NotesHTML.render(
      Self.notes(deck: deck, owners: owners, record: PublishFixture.record(week: deck.weekEnding)))
    for forbidden in ["<script", "<style", "<link", "<img", "class=", "href=", "src=", "url(", "http"] {
      #expect(!html.contains(forbidden), "the notes have \(forbidden)")
    }
    #expect(html.contains("<table"))
    #expect(html.contains("Vendor &lt;b&gt;onboarding&lt;/b&gt; wave"))
    #expect(html.contains("due next WBR (w/e 11-28)"))
  }

  @Test func aReloadedDeckIsNamedAsReloaded() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    var notes = Self.notes(deck: deck, owners: owners, record: MeetingRecord())
    #expect(!NotesHTML.render(notes).contains("reloaded"))
    notes.header.deckReloadedAt = "2026-11-23T10:42:07Z"
    let hex = String(repeating: "a", count: 64)
    #expect(
      NotesHTML.render(notes).contains(
        "Deck: deck.json, reloaded at 2026-11-23 10:42 UTC; SHA-256 as reloaded \(hex)"))
  }

  @Test func ownerChangesAreAnEscapedLineOfTheSummary() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    var notes = Self.notes(deck: deck, owners: owners, record: MeetingRecord())
    #expect(!NotesHTML.render(notes).contains("Owner changes"))
    notes.ownerChanges = MeetingNotes.OwnerChanges(
      since: deck.weekEnding.adding(days: -7),
      changes: [
        .init(
          metricID: "m", metricName: "Net <revenue>", from: .init(id: "ana", name: "Ana"),
          to: .init(id: "zoe", name: "Zoë"))
      ])
    #expect(
      NotesHTML.render(notes).contains(
        "<li>Owner changes since \(deck.weekEnding.adding(days: -7)): Net &lt;revenue&gt;: Ana → Zoë</li>"))
    #expect(NotesHTML.render(notes, ascii: true).contains("Ana -&gt; Zoë"))
  }

  @Test func outputsWithASignalComeFirst() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let notes = Self.notes(deck: deck, owners: owners, record: MeetingRecord())
    let flags = notes.outputs.map { $0.analysis.isAnomaly }
    #expect(flags.contains(true) && flags.contains(false))
    #expect(flags == flags.sorted { $0 && !$1 }, "signals first: \(flags)")
    #expect(notes.outputs.allSatisfy { id in deck.metrics.first { $0.id == id.metricID }?.kind == .output })
  }

  @Test func anomalyCarriesTheCommitmentsBornFromIt() throws {
    let (deck, owners) = try PublishFixture.smallDeck()
    let notes = Self.notes(deck: deck, owners: owners, record: PublishFixture.record(week: deck.weekEnding))
    let promise = try #require(notes.anomalies.first { $0.metricID == "promise_met" })
    #expect(promise.commitments.map(\.commitment.id) == ["c1"])
    #expect(promise.commitments.first?.owner.email == owners.owner(id: "amara")?.email)
    let csv = NotesFormat.csv.render(notes)
    let row = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("c1,") })
    #expect(row.hasSuffix(",investigating,"))
    #expect(row.contains(",promise_met,Delivery promise met,amara,Amara Okafor,"))
  }

  @Test func hostileTextsAreShownLiterally() throws {
    let (deck0, _) = try PublishFixture.smallDeck()
    var deck = deck0
    let evil = "<script>alert(1)</script>\"' javascript:x \u{202E}"
    deck.title = evil
    for i in deck.metrics.indices {
      deck.metrics[i].name = evil
      deck.metrics[i].owner = "o"
    }
    let owners = OwnersFile(owners: [Owner(id: "o", name: evil, email: evil)])
    let html = NotesHTML.render(
      Self.notes(deck: deck, owners: owners, record: PublishFixture.record(week: deck.weekEnding)))
    #expect(!html.contains("<script"))
    #expect(!html.contains("\u{202E}"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; javascript:x \\u{202E}"))
  }
}
