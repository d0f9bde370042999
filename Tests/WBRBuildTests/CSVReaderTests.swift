import Testing
import WBRModel

@testable import WBRBuild

@Suite struct CSVReaderTests {
  func table(_ text: String) throws -> CSVTable {
    try CSVReader.parse(bytes: Array(text.utf8), file: "t.csv")
  }

  @Test func bomQuotesAndLineEndings() throws {
    let t = try table(
      "\u{FEFF}Date,Sales,Note\r\n\"Sun, 05-Jan-2020\",\"523,419\",\"said \"\"hi\"\"\"\r\n\n2020-01-06,7,\"two\nlines\"\n"
    )
    #expect(t.header == ["Date", "Sales", "Note"])
    #expect(t.rowCount == 2)
    #expect(t.string(row: 0, column: 0) == "Sun, 05-Jan-2020")
    #expect(t.string(row: 0, column: 2) == "said \"hi\"")
    #expect(t.string(row: 1, column: 2) == "two\nlines")
    #expect(t.rowLines == [2, 4])
    #expect(NumberParser.parse(t.string(row: 0, column: 1)) == .value(523_419))
  }

  @Test func shortRowsArePaddedLongRowsRefused() throws {
    let t = try table("Date,A,B\n2020-01-01,1\n")
    #expect(t.string(row: 0, column: 2).isEmpty)
    #expect(throws: InputError.self) { try table("Date,A\n2020-01-01,1,2\n") }
    let e = try? table("Date,A\n2020-01-01,1,2\n")
    #expect(e == nil)
  }

  @Test func unclosedQuoteNamesItsLine() {
    do {
      _ = try table("Date,A\n2020-01-01,\"1\n")
      Issue.record("expected a refusal")
    } catch let error as InputError {
      #expect(error.diagnostics.first?.line == 2)
      #expect(error.diagnostics.first?.message.contains("closing quote") == true)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test(arguments: [
    ("Sun, 05-Jan-2020", "2020-01-05"), ("2020-05-01", "2020-05-01"), ("1/1/21", "2021-01-01"),
    ("4/30/2023", "2023-04-30"), ("05-Jan-2020", "2020-01-05"), ("2021-09-25 00:00:00", "2021-09-25"),
    ("Jan 5, 2020", "2020-01-05"),
  ])
  func dateForms(_ text: String, _ iso: String) {
    #expect(DateParser.parse(Substring(text))?.description == iso)
  }

  @Test func impossibleDatesAreRefused() {
    #expect(DateParser.parse("2021-02-29") == nil)
    #expect(DateParser.parse("13/1/2021") == nil)
    #expect(DateParser.parse("yesterday") == nil)
  }
}
