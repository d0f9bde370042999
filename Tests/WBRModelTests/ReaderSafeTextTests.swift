import Testing
import WBRModel

@Suite struct ReaderSafeTextTests {
  @Test func replacesControlsWithVisibleEscapes() {
    #expect(SafeText.clean("a\u{1B}[31mb") == "a\\u{1B}[31mb")
    #expect(SafeText.clean("tab\there") == "tab\\u{9}here")
    #expect(SafeText.clean("nul\u{0}") == "nul\\u{0}")
    #expect(SafeText.clean("del\u{7F}") == "del\\u{7F}")
    #expect(SafeText.clean("c1\u{9B}2J") == "c1\\u{9B}2J")
    #expect(SafeText.clean("rlo\u{202E}cod.exe") == "rlo\\u{202E}cod.exe")
    #expect(SafeText.clean("ls\u{2028}") == "ls\\u{2028}")
  }

  @Test func newlinesOnlyWhenAsked() {
    #expect(SafeText.clean("a\nb") == "a\\u{A}b")
    #expect(SafeText.clean("a\nb", keepingNewlines: true) == "a\nb")
    #expect(SafeText.clean("a\r\nb", keepingNewlines: true) == "a\\u{D}\nb")
  }

  @Test func leavesOrdinaryTextAlone() {
    for text in ["Ana Núñez", "日本語", "👩‍👩‍👧 family", "e\u{301}", "$1.2M −3 %", ""] {
      #expect(SafeText.clean(text) == text)
    }
  }
}

@Suite struct ReaderTimestampTests {
  func asOfError(_ value: String) -> String? {
    let text = deckText(extraTop: " \"as_of\": \"\(value)\",")
    return loadDeck(text).refusal?.diagnostics.first?.message
  }

  @Test func acceptsRFC3339() {
    for ok in [
      "2026-11-23T07:00:00Z", "2026-11-23t07:00:00z", "2026-11-23 07:00:00+01:00",
      "2026-11-23T07:00:00.123-05:30",
      "2016-12-31T23:59:60Z",
    ] {
      #expect(asOfError(ok) == nil, "\(ok)")
    }
  }

  @Test func refusesOtherTimestamps() {
    for bad in [
      "2026-11-23", "2026-11-23T07:00Z", "2026-11-23T07:00:00", "2026-02-30T07:00:00Z",
      "2026-11-23T24:00:00Z",
      "2026-11-23T07:00:00+0100", "2026-11-23T07:00:00.Z", "yesterday",
    ] {
      #expect(
        asOfError(bad)
          == "expected an RFC 3339 timestamp such as \"2026-11-23T07:00:00Z\", found a string \"\(bad)\"",
        "\(bad)")
    }
  }
}
