import Testing
import WBRModel

/// `wbr notes --ascii`: the glyphs the notes add (minus signs, sparklines, the signal
/// sentences' ± and −) are ASCII in md and txt, from the same mapping as `wbr report --ascii`;
/// text from the files (here "Ana López") stays as written.
@Suite struct NotesASCIITests {
  func notes(ascii: Bool) -> MeetingNotes {
    let d = NotesFixture.deck
    return NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d, ascii: ascii), owners: NotesFixture.owners,
      record: NotesFixture.record, week: NotesFixture.w3, login: "someone"
    ).build()
  }

  /// What is not ASCII in `text`, once the owner's name from the owners file is taken out.
  func addedGlyphs(_ text: String) -> String {
    String(
      text.replacingOccurrences(of: "López", with: "Lopez").unicodeScalars.filter { !$0.isASCII }.map(
        Character.init))
  }

  @Test func textFormatsAreASCIIOnRequest() throws {
    for format in [NotesFormat.md, .txt] {
      let unicode = format.render(notes(ascii: false))
      let ascii = format.render(notes(ascii: true), ascii: true)
      #expect(!addedGlyphs(unicode).isEmpty, "\(format): the fixture has glyphs to map")
      #expect(addedGlyphs(ascii).isEmpty, "\(format): \(addedGlyphs(ascii))")
      #expect(ascii.contains("López"))
    }
    let txt = NotesFormat.txt.render(notes(ascii: true), ascii: true)
    #expect(txt.contains("88.0%, WoW -700 bps"))
    let first = try #require(notes(ascii: true).anomalies.first)
    let t = try #require(first.texts(ascii: true))
    #expect(t.wowSparkline.count == 6)
    #expect(t.wowSparkline.allSatisfy { Sparkline.asciiLevels.contains($0) || $0 == Sparkline.asciiGap })
  }

  @Test func unicodeStaysTheDefault() {
    #expect(NotesFormat.txt.render(notes(ascii: false)).contains("WoW \u{2212}700 bps"))
  }

  @Test func jsonAndCSVAreTheSameEitherWay() {
    let n = notes(ascii: false)
    #expect(NotesFormat.json.render(n, ascii: true) == NotesFormat.json.render(n))
    #expect(NotesFormat.csv.render(n, ascii: true) == NotesFormat.csv.render(n))
  }
}
