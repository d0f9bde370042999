import Testing
import WBRModel
import WBRTestSupport

@Suite struct NotesGoldenTests {
  @Test(arguments: NotesFormat.allCases)
  func exportMatchesGolden(format: NotesFormat) throws {
    assertGolden(format.render(NotesFixture.notes()), at: "Golden/notes/week3.\(format.rawValue)")
  }

  @Test func secondWeekNotesToo() throws {
    assertGolden(
      NotesFormat.md.render(NotesFixture.notes(week: NotesFixture.w2)), at: "Golden/notes/week2.md")
  }
}
