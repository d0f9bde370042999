import Testing
import WBRModel

/// A signal on a partial week, or on a week with days loaded twice, is marked as such and is
/// not an anomaly when the data's quality may explain it (issue #20; docs/DECISIONS.md).
@Suite struct AnalysisDataQualityTests {
  typealias F = AnalysisFixture

  /// The worked example with C = 90 (a drop) or 158 (a rise), W's point holding `days`.
  func metric(_ current: Double, days: Int?, higherIsBetter: Bool = true) -> Metric {
    var m = F.metric(Array(F.workedExample.dropLast()) + [current], higherIsBetter: higherIsBetter)
    m.weekly[m.weekly.count - 1].days = days
    return m
  }

  func deck(_ m: Metric, duplicate: [Day] = []) -> Deck {
    var d = F.deck([m])
    if !duplicate.isEmpty { d.dataQuality = DataQuality(duplicateDays: duplicate) }
    return d
  }

  @Test func aDropOnAPartialWeekIsMarkedNotAnAnomaly() {
    let analysis = DeckAnalyzer.analyze(deck(metric(90, days: 5)))
    let a = analysis.metrics[0]
    #expect(a.quality.contains(.partial))
    #expect(a.signalIDs == [.xmrLimit, .xmrRange])
    #expect(a.signals.allSatisfy { $0.qualifiedBy == .partial && $0.direction == .bad })
    #expect(!a.isAnomaly && a.signalsQualified)
    #expect(analysis.anomalies.isEmpty)
  }

  /// Missing days cannot raise a sum: a rise on a partial week still stands.
  @Test func aRiseOnAPartialWeekIsStillAnAnomaly() {
    let analysis = DeckAnalyzer.analyze(deck(metric(158, days: 5)))
    #expect(analysis.metrics[0].quality.contains(.partial))
    #expect(analysis.metrics[0].signals.allSatisfy { $0.qualifiedBy == nil })
    #expect(analysis.anomalies == [0])
  }

  /// Direction is the move's, not good or bad: a drop of a lower-is-better metric is good news,
  /// and still may be the missing days.
  @Test func lowerIsBetterDropIsStillMarked() {
    let a = DeckAnalyzer.analyze(deck(metric(90, days: 6, higherIsBetter: false))).metrics[0]
    #expect(a.signals.allSatisfy { $0.direction == .good && $0.qualifiedBy == .partial })
    #expect(!a.isAnomaly)
  }

  @Test func aRiseOnAWeekWithDaysLoadedTwiceIsMarked() {
    let w = F.testWeek
    let rise = DeckAnalyzer.analyze(deck(metric(158, days: nil), duplicate: [w.adding(days: -2)])).metrics[0]
    #expect(rise.quality == [.short, .duplicate] || rise.quality.contains(.duplicate))
    #expect(rise.signals.allSatisfy { $0.qualifiedBy == .duplicate } && !rise.isAnomaly)
    let drop = DeckAnalyzer.analyze(deck(metric(90, days: nil), duplicate: [w.adding(days: -2)])).metrics[0]
    #expect(drop.signals.allSatisfy { $0.qualifiedBy == nil } && drop.isAnomaly)
    // A day loaded twice before the week under review does not mark it.
    let earlier = DeckAnalyzer.analyze(deck(metric(158, days: nil), duplicate: [w.adding(days: -7)])).metrics[
      0]
    #expect(!earlier.quality.contains(.duplicate) && earlier.isAnomaly)
  }

  /// A whole week is what every deck without `days` has: nothing changes (the sample deck's
  /// golden outputs stay as they were).
  @Test func aWholeWeekIsUntouched() {
    let a = DeckAnalyzer.analyze(deck(metric(90, days: nil))).metrics[0]
    #expect(!a.quality.contains(.partial) && a.signals.allSatisfy { $0.qualifiedBy == nil } && a.isAnomaly)
  }

  @Test func theReportShowsTheMarkInPlaceOfBadAndCountsIt() {
    let report = DeckReport(deck: deck(metric(90, days: 5)))
    let text = ReportText.render(report)
    #expect(text.contains("0 anomalies · 1 with signals only on partial or doubled data"))
    #expect(text.contains("xmr.limit     3 data.partial 90 is below the lower natural process limit 110.2"))
    #expect(text.contains("No anomalies this week."))
    let json = ReportJSON.render(report)
    #expect(json.contains("\"qualified_by\": \"data.partial\""))
    #expect(json.contains("\"anomaly_count\": 0"))
    #expect(json.contains("\"data.partial\""))
  }

  @Test func theNotesSayWhatTheDataLacked() {
    var d = deck(metric(90, days: 5))
    d.dataQuality = DataQuality(missingDays: [F.testWeek.adding(days: -1), F.testWeek])
    let sentence = DataQualityNote.sentence(deck: d, analysis: DeckAnalyzer.analyze(d))
    #expect(
      sentence
        == "The week is partial (no data on 2026-11-20, 2026-11-21); signals it may explain are not counted "
        + "as anomalies (1 metric)")
    #expect(
      DataQualityNote.sentence(
        deck: deck(metric(90, days: nil)), analysis: DeckAnalyzer.analyze(deck(metric(90, days: nil)))) == nil
    )
  }

  @Test func theNotesHeaderCarriesTheSentence() {
    var d = deck(metric(90, days: 5))
    d.dataQuality = DataQuality(missingDays: [F.testWeek])
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), record: MeetingRecord(events: []), week: F.testWeek,
      login: "ana"
    ).build()
    #expect(notes.header.dataQuality?.hasPrefix("The week is partial (no data on 2026-11-21)") == true)
    // Lower case after the label's colon, as the signal sentences; the JSON's sentence alone.
    #expect(MarkdownNotes.render(notes).contains("\n- Data quality: the week is partial"))
    #expect(PlainTextNotes.render(notes).contains("\n  Data quality: the week is partial"))
    #expect(JSONNotes.render(notes).contains("\"data_quality\": \"The week is partial"))
    let clean = deck(metric(90, days: nil))
    let plain = NotesBuilder(
      deck: clean, analysis: DeckAnalyzer.analyze(clean), record: MeetingRecord(events: []), week: F.testWeek,
      login: "ana"
    ).build()
    #expect(plain.header.dataQuality == nil && !JSONNotes.render(plain).contains("data_quality"))
  }

  @Test func theDataQualityLineReadsInLowerCaseAfterItsColon() {
    #expect(
      DataQualityNote.clause("Rows were loaded twice on 2026-11-18") == "rows were loaded twice on 2026-11-18"
    )
    #expect(
      DataQualityNote.clause("3 metrics have fewer than 7 days of data this week")
        == "3 metrics have fewer than 7 days of data this week")
    let d = deck(metric(90, days: nil), duplicate: [F.testWeek.adding(days: -3)])
    let notes = NotesBuilder(
      deck: d, analysis: DeckAnalyzer.analyze(d), record: MeetingRecord(events: []), week: F.testWeek,
      login: "ana"
    ).build()
    #expect(notes.header.dataQuality?.hasPrefix("Rows were loaded twice on 2026-11-18") == true)
    #expect(MarkdownNotes.render(notes).contains("\n- Data quality: rows were loaded twice on 2026-11-18"))
    #expect(PlainTextNotes.render(notes).contains("\n  Data quality: rows were loaded twice on 2026-11-18"))
  }

  /// `data_quality` is written and read back whole, and `wbr check` lists what it says with the
  /// codes the build used.
  @Test func dataQualityRoundTripsAndIsListed() throws {
    var d = deck(metric(90, days: 5), duplicate: [F.testWeek.adding(days: -3)])
    d.dataQuality?.firstDay = F.testWeek.adding(days: -100)
    d.dataQuality?.lastDay = F.testWeek.adding(days: 9)
    d.dataQuality?.missingDays = [F.testWeek.adding(days: -50), F.testWeek]
    d.dataQuality?.rowsAfterWeekEnding = 9
    d.dataQuality?.latestCompleteWeek = F.testWeek.adding(days: 7)
    let read = DeckReader.read(bytes: DeckWriter.write(d), file: "d.json")
    let back = try #require(read.value)
    #expect(back.dataQuality == d.dataQuality)
    #expect(
      read.diagnostics.map(\.code) == [
        .buildPartialWeek, .csvMissingDays, .csvDuplicateRows, .csvRowsAfterWeekEnding, .buildStaleWeekEnding,
        .deckShortHistory,
      ])
  }

  @Test func aBadDataQualityIsRefusedLikeAnyWrongType() {
    let text = String(decoding: DeckWriter.write(deck(metric(90, days: nil))), as: UTF8.self)
      .replacingOccurrences(
        of: "\"metrics\": [",
        with: "\"data_quality\": {\"missing_days\": [\"2026-02-30\"]},\n  \"metrics\": [")
    let read = DeckReader.read(bytes: Array(text.utf8), file: "d.json")
    #expect(read.value == nil)
    #expect(read.errors.map(\.code) == [.jsonType])
    #expect(read.errors.first?.path == "data_quality.missing_days[0]")
  }
}
