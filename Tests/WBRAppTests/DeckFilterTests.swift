import Testing
import WBRModel

@testable import WBRApp

/// The deck filter over keys folded once per deck.
struct DeckFilterTests {
  private func ids(_ filter: String) -> [String] {
    DeckFilter.rows(Fixtures.content(), matching: filter).map { Fixtures.deck.metrics[$0].id }.sorted()
  }

  @Test func matchesSectionTitleOwnerAndIdIgnoringCaseAndAccents() {
    #expect(ids("CUSTOMER exp") == ["defects", "delivery", "in_stock"])
    #expect(ids("渡辺") == ["in_stock", "orders"])
    #expect(ids("ØSTER") == ["defects", "revenue"])
    #expect(ids("zoe ø") == ["defects", "revenue"])
    #expect(ids("in_sto") == ["in_stock"])
    #expect(ids("  ") == ids(""))
    #expect(ids("").count == 6)
  }

  @Test func neverMatchesAcrossTwoFields() {
    // The name "Revenue" is followed by the id "revenue": no field holds both.
    #expect(ids("revenuerevenue").isEmpty)
    #expect(ids("revenue") == ["revenue"])
  }

  @Test func asciiFoldedByteByByteAsFoundationFolds() {
    let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
    for text in [ascii, "Orders Per Visit\nORDERS_pv", "", "Zoë Øster"] {
      #expect(DeckFilter.foldedBytes(text) == Array(DeckFilter.fold(text).utf8))
    }
  }

  @Test func searchTextsAreTheFoldedFieldsJoined() {
    let deck = Fixtures.deck
    let content = Fixtures.content()
    let titles = Dictionary(uniqueKeysWithValues: deck.sections.map { ($0.id, $0.title) })
    for (i, metric) in deck.metrics.enumerated() {
      let fields = [
        metric.name, metric.id, metric.section.flatMap { titles[$0] } ?? "",
        content.ownerName(ofMetric: i) ?? "",
      ]
      #expect(content.searchTexts[i] == Array(DeckFilter.fold(fields.joined(separator: "\n")).utf8))
    }
  }

  @Test func byteSearchEdges() {
    let hay = Array("abcab".utf8)
    #expect(DeckFilter.contains(hay, []))
    #expect(DeckFilter.contains(hay, Array("cab".utf8)))
    #expect(!DeckFilter.contains(hay, Array("abcabc".utf8)))
    #expect(!DeckFilter.contains([], Array("a".utf8)))
  }
}
