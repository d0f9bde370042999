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

  @Test func oneLineFoldsBreaks() {
    #expect(NotesText.oneLine("a\n\n b \nc") == "a / b / c")
  }
}
