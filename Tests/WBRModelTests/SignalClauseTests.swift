import Foundation
import Testing
import WBRModel

/// A signal sentence after a colon, inside a line, continues in lower case ("Bad news: the
/// move of 203 …", "explain Orders: the move of …"); standing alone (JSON, the drill-down, the
/// report) it keeps its capital.
@Suite struct SignalClauseTests {
  static let move = "The move of 203 from last week is larger than the upper range limit 86.3"

  @Test(arguments: [
    (move, "the move of 203 from last week is larger than the upper range limit 86.3"),
    ("WoW +14.6% is beyond the ±10% threshold", "WoW +14.6% is beyond the ±10% threshold"),
    ("YoY −12.0% is at the ±12% threshold", "YoY −12.0% is at the ±12% threshold"),
    (
      "158 is above the upper natural process limit 132.5",
      "158 is above the upper natural process limit 132.5"
    ),
    ("8 weeks in a row below the centre line 41.34", "8 weeks in a row below the centre line 41.34"),
    ("", ""),
  ])
  func onlyAnOrdinaryFirstWordGoesToLowerCase(_ sentence: String, _ clause: String) {
    #expect(Signal(id: .xmrRange, direction: .bad, sentence: sentence).clause == clause)
  }

  @Test func theNotesContinueTheSentenceAfterTheLabel() throws {
    var notes = NotesFixture.notes()
    let i = try #require(notes.anomalies.firstIndex { $0.outcome != nil && $0.analysis != nil })
    notes.anomalies[i].analysis?.signals = [Signal(id: .xmrRange, direction: .bad, sentence: Self.move)]
    #expect(NotesFormat.md.render(notes).contains("- Bad news: the move of 203 from last week"))
    #expect(NotesFormat.txt.render(notes).contains("Bad news: the move of 203 from last week"))
    #expect(!NotesFormat.md.render(notes).contains("The move"))
    // JSON holds the sentence as the analysis wrote it.
    #expect(NotesFormat.json.render(notes).contains("\"sentence\": \"The move of 203"))
  }

  @Test func theGapsContinueTheSentenceAfterTheMetric() throws {
    var gaps = try ResponseGapsTests.gaps()
    gaps.owners[0].anomalies[0].signal = Self.move
    let name = gaps.owners[0].anomalies[0].name
    #expect(gaps.render(.txt).contains("  - explain \(name): the move of 203 from last week"))
    #expect(gaps.render(.md).contains("- explain \(name): the move of 203 from last week"))
    #expect(gaps.render(.json).contains("\"signal\": \"The move of 203"))
  }
}
