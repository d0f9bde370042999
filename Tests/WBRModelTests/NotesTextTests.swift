import Foundation
import Testing
import WBRModel

@Suite struct NotesTextTests {
  @Test func cleanRemovesControlsEscapesAndBidiButKeepsLineBreaks() {
    #expect(NotesText.clean("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
    #expect(NotesText.clean("t\u{1B}]0;title\u{07}x") == "tx")
    #expect(NotesText.clean("x\u{202E}y\u{0}z\u{9B}") == "xyz")
    #expect(NotesText.clean("one\r\ntwo\rthree\u{2028}four\tfive  ") == "one\ntwo\nthree\nfour five")
    #expect(NotesText.clean("é 🚀 日本") == "é 🚀 日本")
  }

  @Test func markdownEscapesWhatWouldBreakTablesOrFormat() {
    #expect(
      NotesText.markdown("a | b `c` *d* _e_ <f> [g](h) #i &amp;")
        == ##"a \| b \`c\` \*d\* \_e\_ \<f\> \[g\](h) \#i \&amp;"##)
    #expect(NotesText.markdown("line\nbreak") == "line<br>break")
    #expect(NotesText.markdown(#"back\slash"#) == #"back\\slash"#)
  }

  @Test func markdownEscapesListMarkersOnlyAtTheStart() {
    #expect(NotesText.markdown("- item") == #"\- item"#)
    #expect(NotesText.markdown("+1.2%") == #"\+1.2%"#)
    #expect(NotesText.markdown("1. first") == #"1\. first"#)
    #expect(NotesText.markdown("2) second") == #"2\) second"#)
    #expect(NotesText.markdown("88.0% up") == "88.0% up")
    #expect(NotesText.markdown("a - b + c") == "a - b + c")
  }

  @Test func csvQuotesOnlyWhenNeeded() {
    #expect(NotesText.csvField("plain text") == "plain text")
    #expect(NotesText.csvField("a, b") == "\"a, b\"")
    #expect(NotesText.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(NotesText.csvField("two\nlines") == "\"two\nlines\"")
    #expect(NotesText.csvField("") == "")
  }

  /// CSV injection: a cell a spreadsheet would run as a formula starts with a single quote.
  @Test func csvGuardsFormulasTheOWASPWay() {
    #expect(NotesText.csvField("=1+1") == "'=1+1")
    #expect(NotesText.csvField("+SUM(A1:A9)") == "'+SUM(A1:A9)")
    #expect(NotesText.csvField("-2+3") == "'-2+3")
    #expect(NotesText.csvField("@SUM(1)") == "'@SUM(1)")
    #expect(NotesText.csvField("-") == "'-")
    #expect(NotesText.csvField("\u{FF1D}1+1") == "'\u{FF1D}1+1")
    // Tab and CR are cleaned to a space and a line break first; what follows still counts.
    #expect(NotesText.csvField("\t=1+1") == "' =1+1")
    #expect(NotesText.csvField("\r=1+1") == "\"'\n=1+1\"")
    #expect(NotesText.csvField("  @x") == "'  @x")
    // Quoting applies after the guard: the quote sits inside the field.
    #expect(
      NotesText.csvField("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
  }

  @Test func csvLeavesNumbersAndOrdinaryTextAlone() {
    for cell in [
      "-5", "+1.5", "-2e3", "-0.25E-4", " -5", "12", "2026-11-21", "a=b", "5-3", "e-mail", "x@y.z",
    ] {
      #expect(NotesText.csvField(cell) == cell, "\(cell)")
    }
    for cell in ["-5%", "-1.", "+.5", "-2e", "--5", "-5 -5", "-\u{0661}"] {
      #expect(NotesText.csvField(cell).hasPrefix("'"), "\(cell)")
    }
  }

  @Test func oneLineFoldsBreaks() {
    #expect(NotesText.oneLine("a\n\n b \nc") == "a / b / c")
  }
}
