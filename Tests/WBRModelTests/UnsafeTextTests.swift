import Foundation
import Testing
import WBRModel

/// One definition of unsafe text for every output (issue #14, class 5), and file text
/// cleaned as a piece before wbr joins it with its own words (class 4: a stray ESC in a
/// deck's `prefix` printed "$53" for 153).
@Suite struct UnsafeTextTests {
  typealias A = AnalysisFixture

  /// Unicode's Bidi_Control property (PropList.txt), every code point.
  static let bidiControls: [UInt32] = [
    0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
  ]
  static let invisibleControls: [UInt32] = [
    0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206A, 0x206F, 0xFEFF, 0xFFF9, 0xFFFB, 0xE0001, 0x2028, 0x2029,
  ]

  @Test func theDefinitionCoversBidiControlsAndInvisibleFormatControls() throws {
    for v in Self.bidiControls + Self.invisibleControls + [0x00, 0x1B, 0x7F, 0x85, 0x9B] {
      let scalar = try #require(Unicode.Scalar(v))
      #expect(SafeText.isUnsafe(scalar), "U+\(String(v, radix: 16))")
    }
    // Kept: what real text needs (ZWJ in emoji, ZWNJ in Persian, ZWSP in Thai, soft hyphen,
    // the tag characters of subdivision flags).
    for v: UInt32 in [0x200B, 0x200C, 0x200D, 0x00AD, 0xE0067, 0x0627, 0x4E2D, 0x1F600] {
      let scalar = try #require(Unicode.Scalar(v))
      #expect(!SafeText.isUnsafe(scalar), "U+\(String(v, radix: 16))")
    }
  }

  @Test func removingTakesEscapeSequencesWholeAndOnlyWithinThePiece() {
    #expect(SafeText.removingUnsafe("a\u{1B}[31mb\u{1B}]0;t\u{7}c\u{200F}d") == "abcd")
    #expect(SafeText.removingUnsafe("$\u{1B}") + "153" == "$153")
    #expect(SafeText.removingUnsafe("$\u{1B}[") + "153" == "$153")
    #expect(SafeText.removingUnsafe("x\r\ny\u{2029}z", lineBreak: " ") == "x y z")
  }

  /// A one-metric deck whose value this week is 153 with `prefix`.
  static func deck(prefix: String) -> Deck {
    var m = A.metric([120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 153], id: "gms")
    m.name = "GMS"
    m.prefix = prefix
    return A.deck([m])
  }

  @Test(arguments: ["$\u{1B}", "$\u{1B}[", "$\u{1B}]", "$\u{1B}[3", "$\u{9B}", "$\u{200F}"])
  func aStrayEscapeInAPrefixNeverEatsADigit(_ prefix: String) throws {
    let d = Self.deck(prefix: prefix)
    let analysis = DeckAnalyzer.analyze(d)
    #expect(analysis.metrics[0].format.format(153) == "$153")
    let report = ReportText.render(DeckReport(deck: d, owners: OwnersFile(), analysis: analysis))
    #expect(report.contains("$153") && !report.contains("$53"))
    let json = ReportJSON.render(DeckReport(deck: d, owners: OwnersFile(), analysis: analysis))
    #expect(json.contains("\"$153\"") || json.contains("$153"))
    var stamper = RecordFixture.stamper(week: A.testWeek, by: "maria")
    let record = MeetingRecord().applying(
      stamper.event(.outcome(metric: "gms", outcome: .explained("promo"), signals: [], commitment: nil)))
    let notes = NotesBuilder(deck: d, analysis: analysis, record: record, week: A.testWeek, login: "x")
      .build()
    for format in [NotesFormat.md, .txt, .json] {
      let text = format.render(notes)
      #expect(text.contains("$153") && !text.contains("$53"), "\(format)")
    }
    // Signal sentences carry the prefix too ("$153 is above the upper natural process limit …").
    for s in analysis.metrics[0].signals { #expect(!s.sentence.contains("$53")) }
  }

  /// Notes made from file and typed text that end in an escape introducer read exactly as
  /// the notes made without it: each piece is cleaned before the notes' own words follow it.
  @Test(arguments: ["\u{1B}", "\u{1B}[", "\u{1B}]", "\u{1B}[1;", "\u{9B}", "\u{200E}", "\u{FEFF}"])
  func aStrayEscapeAtTheEndOfAnyPieceTakesNothingAfterIt(_ tail: String) {
    for format in [NotesFormat.md, .txt, .csv] {
      let poisoned = format.render(Self.notes(tail: tail))
      let plain = format.render(Self.notes(tail: ""))
      let p = poisoned.split(separator: "\n", omittingEmptySubsequences: false)
      let q = plain.split(separator: "\n", omittingEmptySubsequences: false)
      let first = (0..<min(p.count, q.count)).first { p[$0] != q[$0] } ?? min(p.count, q.count)
      #expect(
        poisoned == plain,
        "\(format), pieces ending in \(SafeText.clean(tail)), line \(first + 1): \(SafeText.clean(first < p.count ? String(p[first]) : "")) vs \(first < q.count ? String(q[first]) : "")"
      )
    }
  }

  /// Every text piece of a small meeting: title, as-of, names, prefix, owners, the lead, who
  /// recorded, explanations, commitments, their metrics and drop reasons, all ending in `tail`.
  static func notes(tail t: String) -> MeetingNotes {
    let w = A.testWeek
    var gms = A.metric([120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 153], id: "gms")
    gms.name = "GMS" + t
    gms.prefix = "$" + t
    gms.owner = "ana"
    var orders = A.metric([5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 5, 9], id: "orders")
    orders.name = "Orders" + t
    var d = A.deck([gms, orders])
    d.title = "Retail" + t
    d.asOf = "today" + t
    let owners = OwnersFile(owners: [Owner(id: "ana", name: "Ana" + t), Owner(id: "bo", name: "Bo" + t)])
    var record = MeetingRecord()
    var earlier = RecordFixture.stamper(week: w.adding(days: -7), session: "a", by: "maria" + t)
    for change in [
      RecordChange.commitmentAdded(.init(id: "c1", text: "Call" + t, owner: "bo", due: w), metric: "gms"),
      .commitmentAdded(.init(id: "c2", text: "Audit" + t, owner: "ana", due: w), metric: nil),
    ] {
      record = record.applying(earlier.event(change))
    }
    var now = RecordFixture.stamper(week: w, session: "b", by: "maria" + t)
    for change in [
      RecordChange.commitmentDropped(id: "c2", reason: "moot" + t),
      .outcome(metric: "gms", outcome: .routine("seasonal" + t), signals: [], commitment: nil),
      .outcome(
        metric: "orders", outcome: .explained("late" + t + "\nsecond line" + t), signals: [], commitment: nil),
      .commitmentAdded(
        .init(id: "c3", text: "Check" + t, owner: "ana", due: w.adding(days: 7)), metric: "orders"),
    ] {
      record = record.applying(now.event(change))
    }
    return NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), owners: owners, record: record, week: w, lead: "Lee" + t,
      login: "x", deckFile: "deck.json"
    ).build()
  }

  /// Typed text with bidi and invisible controls reaches no output raw: the journal line
  /// escapes them (and reads back the same), reports and notes escape or remove them.
  @Test func bidiAndInvisibleControlsReachNoOutputRaw() throws {
    let hostile = String(
      String.UnicodeScalarView((Self.bidiControls + Self.invisibleControls).compactMap(Unicode.Scalar.init)))
    let text = "A" + hostile + "Z"
    var stamper = RecordFixture.stamper(week: A.testWeek, by: "m" + hostile)
    let event = stamper.event(
      .outcome(metric: "gms", outcome: .explained(text), signals: [], commitment: nil))
    let line = JournalEncoder.line(event)
    #expect(OutputChecks.unsafeCharacters(line, what: "journal line").isEmpty)
    let decoded = JournalDecoder.decode(bytes: Array((line + "\n").utf8), file: "j")
    #expect(decoded.events == [event])

    var d = Self.deck(prefix: "$")
    d.metrics[0].name = text
    d.title = text
    let analysis = DeckAnalyzer.analyze(d)
    let report = DeckReport(deck: d, owners: OwnersFile(), analysis: analysis)
    #expect(OutputChecks.unsafeCharacters(ReportText.render(report), what: "report").isEmpty)
    #expect(OutputChecks.jsonProblems(ReportJSON.render(report), what: "report json").isEmpty)
    let notes = NotesBuilder(
      deck: d, analysis: analysis, record: MeetingRecord().applying(event), week: A.testWeek, login: "x"
    ).build()
    #expect(OutputChecks.notesProblems(notes).isEmpty)
  }

  @Test func aPrefixWithControlsLoadsWithAWarningAndWithoutThem() throws {
    let metric = """
          "id": "sales", "name": "Sales", "kind": "output", "prefix": "$\\u001b",
          "weekly": [{ "week_ending": "2026-11-14", "value": 10 }, { "week_ending": "2026-11-21", "value": 153 }]
      """
    let result = loadDeck(deckText(metric: metric))
    let loaded = try #require(result.loaded)
    #expect(
      result.lines.contains {
        $0.contains("metrics[0].prefix: expected printable characters, found \"$\\u{1B}\"")
      })
    #expect(ValueFormat(metric: loaded.deck.metrics[0]).format(153) == "$153")
  }

  /// Every scalar the definition names, alone in typed text, is escaped in the journal line
  /// (the JSON writer decides which bytes to look at by their first byte: a scalar it did not
  /// look at would pass raw) and reads back as itself.
  @Test func everyUnsafeScalarIsEscapedInJSONAndReadsBack() throws {
    let unsafe = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { SafeText.isUnsafe($0) }
    #expect(unsafe.count == 95)  // 65 C0, DEL and C1; 12 bidi; 2 separators; 16 invisible format controls
    var stamper = RecordFixture.stamper(week: A.testWeek, by: "m")
    for chunk in stride(from: 0, to: unsafe.count, by: 16) {
      let scalars = unsafe[chunk..<min(chunk + 16, unsafe.count)]
      let text = "a" + String(String.UnicodeScalarView(scalars)) + "z"
      let event = stamper.event(
        .outcome(metric: "m", outcome: .explained(text), signals: [], commitment: nil))
      let line = JournalEncoder.line(event)
      #expect(OutputChecks.unsafeCharacters(line, what: "line").isEmpty, "\(scalars.map(\.value))")
      #expect(JournalDecoder.decode(bytes: Array((line + "\n").utf8), file: "j").events == [event])
    }
  }
}
