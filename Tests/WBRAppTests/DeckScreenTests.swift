import Foundation
import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// The deck screen on the sample retail deck: headings, columns, badges, the header, and how
/// they give way on narrow terminals. Goldens in `__Snapshots__/DeckScreenTests/`; "mono"
/// files are the text alone (what a monochrome terminal shows), the others add the styles.
@Suite struct DeckScreenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func retail(width: Int, height: Int, ascii: Bool = false) throws -> AppState {
    let loaded = try DeckLoader.load(
      deckPath: root.appendingPathComponent("sample-data/retail-deck.json").path,
      ownersPath: root.appendingPathComponent("sample-data/owners.json").path)
    let content = MeetingContent(deck: loaded.deck, owners: loaded.owners, ascii: ascii)
    return AppState(
      content: content, size: Size(width: width, height: height), glyphs: ascii ? .ascii : .unicode)
  }

  private func screen(_ s: AppState) -> ScreenBuffer { RootView.render(s, size: s.size) }

  @Test(arguments: [(80, 24), (160, 48)], [false, true])
  func retailDeck(size: (Int, Int), ascii: Bool) throws {
    let s = Fixtures.apply(
      [.nextAnomaly, .nextAnomaly], to: try Self.retail(width: size.0, height: size.1, ascii: ascii))
    let shown = screen(s)
    let name = "retail-\(size.0)x\(size.1)-\(ascii ? "ascii" : "unicode")"
    assertGolden(shown.snapshot, named: name)
    assertGolden(shown.textLines().joined(separator: "\n") + "\n", named: name + "-mono")
    if ascii { #expect(!shown.textLines().joined().contains { "●▶…›─▁█−±".contains($0) }) }
  }

  @Test func retailDeckFiltered() throws {
    let s = Fixtures.apply(
      [.startFilter, .edit(.insert("rate")), .submit], to: try Self.retail(width: 80, height: 24))
    assertGolden(screen(s).snapshot, named: "retail-80x24-filter")
    #expect(s.filterInput == nil)
    #expect(screen(s).textLines()[0].contains("filter: rate"))
  }

  @Test func retailDeckAtTheMinimumSize() throws {
    let s = Fixtures.apply([.nextAnomaly], to: try Self.retail(width: 40, height: 10))
    assertGolden(screen(s).snapshot, named: "retail-40x10")
  }

  @Test func valuesAreNeverCut() throws {
    for width in [40, 60, 80, 120, 160] {
      let s = Fixtures.apply([.moveToLast], to: try Self.retail(width: width, height: 200))
      let text = screen(s).textLines().joined(separator: "\n")
      #expect(text.contains("$1,042.91M"), "width \(width)")
      #expect(!text.contains("$1,042.9…"))
    }
  }

  @Test func columnsGiveWayInOrder() throws {
    let natural = try Self.retail(width: 80, height: 24).content.columns
    let wide = natural.fitted(to: 200)
    #expect(wide.yoySpark > 0 && wide.owner > 0 && wide.target > 0 && wide.name == DeckColumns.nameCap)
    let mid = natural.fitted(to: 100)
    #expect(mid.yoySpark == 0 && mid.owner > 0)
    let narrow = natural.fitted(to: 40)
    #expect(narrow.yoySpark == 0 && narrow.owner == 0 && narrow.target == 0 && narrow.spark == 0)
    #expect(narrow.value > 0 && narrow.name >= DeckColumns.minimumName)
  }

  @Test func headingsAreNeverSelected() throws {
    var s = try Self.retail(width: 80, height: 24)
    for _ in 0..<60 {
      s = Fixtures.apply([.move(1)], to: s)
      let line = s.deckList.lineOfRow[s.deckList.selected]
      #expect(s.deckList.lines[line] == .metric(position: s.deckList.selected))
    }
    s = Fixtures.apply([.moveToFirst], to: s)
    #expect(s.deckList.scroll == 0)  // the first heading is back on screen
    #expect(s.deckList.lines.first == .heading(group: 0))
    s = Fixtures.apply([.moveToLast], to: s)
    #expect(s.deckList.selected == s.deckList.rows.count - 1)
  }

  @Test func headerShowsFiscalWeekAsOfAndWalk() throws {
    var s = try Self.retail(width: 160, height: 48)
    var header = screen(s).textLines()[0]
    #expect(header.contains("week ending 2026-11-21") && header.contains("wk 47"))
    #expect(header.contains("as of 11-23 07:00") && header.contains("walked 0/10"))
    #expect(header.contains("reviewed 0/42"))
    s = Fixtures.apply([.nextAnomaly, .nextAnomaly, .nextAnomaly], to: s)
    header = screen(s).textLines()[0]
    #expect(header.contains("anomaly 3 of 10") && header.contains("walked 3/10"))
    s = Fixtures.apply([.previousAnomaly], to: s)
    #expect(screen(s).textLines()[0].contains("walked 3/10"))  // a revisit is not counted twice
    s.size = Size(width: 40, height: 10)
    let narrow = screen(s).textLines()[0]
    #expect(narrow.hasPrefix(" Retail WBR") && !narrow.contains("as of"))
  }

  @Test func ownerPickerShowsOnlyThatOwnersMetrics() throws {
    var s = Fixtures.apply(
      [.show(.ownerPicker), .edit(.insert("amara")), .submit], to: try Self.retail(width: 100, height: 24))
    #expect(s.overlay == nil)
    #expect(s.deckList.owner == "amara")
    #expect(!s.deckList.rows.isEmpty)
    #expect(s.deckList.rows.allSatisfy { s.content.ownerName(ofMetric: $0) == "Amara Okafor" })
    #expect(screen(s).textLines()[0].contains("owner: Amara Okafor"))
    s = Fixtures.apply([.clearFilter], to: s)
    #expect(s.deckList.owner == nil && s.deckList.rows.count == s.content.deck.metrics.count)
  }

  @Test func escapeWhileTypingDropsTheFilter() throws {
    let s = Fixtures.apply(
      [.startFilter, .edit(.insert("rate")), .cancel], to: try Self.retail(width: 80, height: 24))
    #expect(s.deckList.filter.isEmpty && s.filterInput == nil)
    #expect(!screen(s).textLines()[0].contains("filter:"))
  }

  @Test func filterSearchesFoldedBytes() {
    #expect(DeckFilter.contains(Array("abcabd".utf8), Array("abd".utf8)))
    #expect(!DeckFilter.contains(Array("abcab".utf8), Array("abd".utf8)))
    #expect(DeckFilter.contains(Array("ab".utf8), []))
    #expect(!DeckFilter.contains([], Array("a".utf8)))
    #expect(DeckFilter.fold("Zoë Øster").hasPrefix("zoe "))
  }
}
