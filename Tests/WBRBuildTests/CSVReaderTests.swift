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

  /// A row cut short (a file still being written) is an error with its line and column, never
  /// padded with blanks that would shrink the week's sums (issue #20).
  @Test func shortAndLongRowsAreRefusedWithTheirLines() throws {
    let short = refusal("Date,A,B\n2020-01-01,1,2\n2020-01-02,46303562\n")
    #expect(
      short?.diagnostics.map(\.description) == [
        "t.csv:3:20: error: [csv.short-row] expected 3 fields as in the header, found 2 (the last row: is the file cut short, or still being written?)"
      ])
    let long = refusal("Date,A\n2020-01-01,1,2\n2020-01-02,3\n")
    #expect(long?.diagnostics.map(\.code) == [.csvLongRow])
    #expect(long?.diagnostics.first?.line == 2 && long?.diagnostics.first?.column == 14)
    // Empty fields from trailing separators are fine.
    #expect(try table("Date,A\n2020-01-01,1,,\n").rowCount == 1)
  }

  @Test func manyShortRowsAreListedThenCounted() {
    let rows = (1...25).map { "2020-01-\(String(format: "%02d", $0)),1" }.joined(separator: "\n")
    let e = refusal("Date,A,B\n" + rows + "\n")
    #expect(e?.diagnostics.count == 11)
    #expect(e?.diagnostics.last?.code == .omitted && e?.diagnostics.last?.omitted == 15)
    #expect(ProblemReport(e?.diagnostics ?? []).errors == 25)
  }

  @Test func aSemicolonOrTabFileGetsADelimiterHint() throws {
    let semi = refusal("Date;Impressions;Clicks\n2020-01-05;523419;41874\n")
    #expect(semi?.diagnostics.map(\.code) == [.csvDelimiter])
    #expect(semi?.diagnostics.first?.message.contains("pass --delimiter ';'") == true)
    let tab = refusal("Date\tA\n2020-01-05\t1\n")
    #expect(tab?.diagnostics.first?.message.contains("--delimiter tab") == true)
    let t = try CSVReader.parse(
      bytes: Array("Date;A\n2020-01-05;\"1,234\"\n".utf8), file: "t.csv", separator: UInt8(ascii: ";"))
    #expect(t.header == ["Date", "A"] && t.string(row: 0, column: 1) == "1,234")
  }

  /// A doubled byte-order mark is skipped like one, so the header's first name is "Date", not
  /// an invisible character before it (issue #14).
  @Test func doubledByteOrderMarksAreSkipped() throws {
    #expect(try table("\u{FEFF}\u{FEFF}Date,A\n2020-01-01,1\n").header == ["Date", "A"])
  }

  @Test func aBlankFileIsNotCalledEmpty() {
    #expect(refusal("")?.diagnostics.first?.message.hasSuffix("found an empty file") == true)
    #expect(
      refusal("   \n\t\n")?.diagnostics.first?.message.hasSuffix("found only blank lines and spaces") == true)
    #expect(refusal("   \n\t\n")?.diagnostics.first?.code == .csvEmpty)
  }

  func refusal(_ text: String) -> InputError? {
    do {
      _ = try CSVReader.parse(bytes: Array(text.utf8), file: "t.csv")
      return nil
    } catch {
      return error
    }
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

  @Test func allNumberDatesReadInEitherOrder() {
    #expect(DateParser.read("01/05/2020") == .numeric(first: 1, second: 5, year: 2020))
    #expect(DateParser.parse("01/05/2020", order: .dmy)?.description == "2020-05-01")
    #expect(DateParser.parse("01/05/2020", order: .mdy)?.description == "2020-01-05")
    #expect(DateParser.parse("13/1/2021", order: .dmy)?.description == "2021-01-13")
    #expect(DateParser.read("32/1/2021") == nil)
  }

  /// `1,234` is a thousands separator; `0,25` or `1,2345` (a decimal comma, a typo) is not a
  /// number at all rather than 25 or 12345.
  @Test(arguments: [
    ("1,234", NumberParser.Result.value(1234)), ("1,234,567.5", .value(1_234_567.5)),
    ("523,419", .value(523_419)),
    ("0,25", .invalid), ("1,2345", .invalid), ("12,34", .invalid), ("1234,567", .invalid),
    ("1,234.5,6", .invalid),
    (",123", .invalid), ("-1,000", .value(-1000)),
  ])
  func thousandsSeparatorsAreBetweenGroupsOfThree(_ text: String, _ expected: NumberParser.Result) {
    #expect(NumberParser.parse(text) == expected)
  }
}
