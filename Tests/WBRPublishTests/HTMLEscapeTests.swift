import Testing
import WBRModel

@testable import WBRPublish

/// The HTML layer's one entry point for text: everything from a file is shown literally.
@Suite struct HTMLEscapeTests {
  func text(_ s: String) -> String {
    var w = HTMLWriter()
    w.element(.p, text: s)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  func attribute(_ s: String) -> String {
    var w = HTMLWriter()
    w.element(.span, [.text("title", s)], text: "")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  @Test func markupIsText() {
    #expect(text("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    #expect(text("</style><b>") == "<p>&lt;/style&gt;&lt;b&gt;</p>")
    #expect(text("&lt; stays as typed") == "<p>&amp;lt; stays as typed</p>")
  }

  @Test func attributeValuesCannotBreakOut() {
    #expect(
      attribute("\"><img src=x onerror=alert(1)>")
        == "<span title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"></span>")
    #expect(attribute("' onmouseover='x") == "<span title=\"&#39; onmouseover=&#39;x\"></span>")
    #expect(attribute("two\nlines") == "<span title=\"two&#10;lines\"></span>")
  }

  @Test func hiddenCharactersAreShown() {
    #expect(text("a\u{202E}b\u{202C}c") == "<p>a\\u{202E}b\\u{202C}c</p>")
    #expect(text("x\u{1B}[31my") == "<p>x\\u{1B}[31my</p>")
    #expect(text("nul\u{0}") == "<p>nul\\u{0}</p>")
    #expect(text("\u{2066}iso\u{2069}") == "<p>\\u{2066}iso\\u{2069}</p>")
    #expect(text("tab\there") == "<p>tab here</p>")
    // The one definition of unsafe text (`SafeText.isUnsafe`, issue #14): every bidi control
    // and the invisible format controls too.
    #expect(
      text("rlm\u{200F}alm\u{061C}wj\u{2060}bom\u{FEFF}")
        == "<p>rlm\\u{200F}alm\\u{61C}wj\\u{2060}bom\\u{FEFF}</p>")
  }

  @Test func otherTextIsUnchanged() {
    #expect(text("Zoë Øster 東京 👩‍👩‍👧 \u{200D}") == "<p>Zoë Øster 東京 👩‍👩‍👧 \u{200D}</p>")
    #expect(text("javascript:alert(1)") == "<p>javascript:alert(1)</p>")
  }

  @Test func numbersHaveAtMostOneDecimal() {
    var w = HTMLWriter()
    w.empty(.circle, [.number("cx", 12.34), .number("cy", -0.04), .number("r", 3), .number("x", .nan)])
    #expect(
      String(decoding: w.bytes, as: UTF8.self) == "<circle cx=\"12.3\" cy=\"0\" r=\"3\" x=\"0\"></circle>")
  }

  /// A hostile deck: every text field carries markup; the page has none of it as markup.
  @Test func hostileDeckGivesNoMarkup() throws {
    let (deck0, _) = try PublishFixture.smallDeck()
    var deck = deck0
    let evil = "</style><script>alert(1)</script><img src=x onerror=alert(2)>\"' javascript:alert(3) \u{202E}"
    deck.title = evil
    deck.asOf = evil
    deck.sections = deck.sections.map { Section(id: $0.id, title: evil) }
    for i in deck.metrics.indices {
      deck.metrics[i].name = evil + "\(i)"
      deck.metrics[i].description = evil
      deck.metrics[i].prefix = evil
      deck.metrics[i].owner = "o"
      deck.metrics[i].annotations.append(Annotation(date: deck.weekEnding, text: evil))
    }
    let owners = OwnersFile(owners: [Owner(id: "o", name: evil)])
    let page = PublishFixture.page(deck, owners)
    for forbidden in ["<script", "<img", "</style><s", "\u{202E}", " onerror=alert(2)>", "href=\"javascript"]
    {
      #expect(!page.contains(forbidden), "the page has \(forbidden)")
    }
    #expect(page.contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.contains("\\u{202E}"))
    // Only our own style element.
    #expect(page.components(separatedBy: "</style>").count == 2)
  }
}
