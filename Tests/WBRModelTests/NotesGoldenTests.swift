import Testing
import WBRModel

@Suite struct NotesGoldenTests {
  @Test(arguments: NotesFormat.allCases)
  func exportMatchesGolden(format: NotesFormat) throws {
    try Golden.check(format.render(NotesFixture.notes()), "week3.\(format.rawValue)")
  }

  @Test func secondWeekNotesToo() throws {
    try Golden.check(NotesFormat.md.render(NotesFixture.notes(week: NotesFixture.w2)), "week2.md")
  }
}
