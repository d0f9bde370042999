import Foundation
import Testing

@testable import WBRModel

@Suite struct NotesExportTests {
  @Test func jsonNotesParseWithFormatAndVersion() throws {
    let text = NotesFormat.json.render(NotesFixture.notes())
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(object?["format"] as? String == "wbr-notes")
    #expect(object?["version"] as? Int == 1)
    let anomalies = object?["anomalies"] as? [[String: Any]]
    #expect(anomalies?.count == 4)
  }

  @Test func csvHasOneRowPerCommitmentWithCRLF() {
    let csv = NotesFormat.csv.render(NotesFixture.notes())
    #expect(
      csv.hasPrefix(
        "commitment_id,metric_id,metric_name,owner_id,owner_name,owner_email,text,created_week,due_week,status,"
          + "review,age_weeks,anomaly_outcome,anomaly_text\r\n"))
    #expect(csv.components(separatedBy: "\r\n").count == 6)  // header, 4 rows, trailing empty
  }

  /// A commitment typed as a formula reaches the CSV guarded; the number columns do not.
  @Test func csvCommitmentTextCannotRunAsAFormula() throws {
    var notes = NotesFixture.notes()
    let first = try #require(notes.newCommitments.first?.commitments.first)
    notes.newCommitments[0].commitments[0].commitment.text = "=cmd|' /C calc'!A0"
    let csv = NotesFormat.csv.render(notes)
    let row = try #require(
      csv.components(separatedBy: "\r\n").first { $0.hasPrefix(first.commitment.id + ",") })
    #expect(row.contains(",'=cmd|' /C calc'!A0,"))
    #expect(row.contains(",\(first.commitment.due),open,new,\(first.age),"))
    #expect(!csv.components(separatedBy: "\r\n").contains { $0.hasPrefix("=") || $0.contains(",=") })
  }

  @Test func countsFollowTheRecord() {
    let c = NotesFixture.notes().counts
    #expect(c.metricsReviewed == 4 && c.metricsTotal == 5)
    #expect(
      c.anomalies == 4 && c.explained == 1 && c.investigating == 1 && c.routine == 1 && c.undiscussed == 1)
    #expect(c.commitments == CommitmentCounts(opened: 2, closed: 0, carried: 1, dropped: 1))
  }

  @Test func olderWeekNotesShowThatWeeksState() throws {
    let notes = NotesFixture.notes(week: NotesFixture.w2)
    let feed = try #require(notes.lastWeek.first { $0.commitment.id == "cA" })
    #expect(feed.commitment.due == NotesFixture.w3)  // not the later carry
    #expect(feed.review == .carried)
    #expect(!notes.counts.anomaliesKnown)
    #expect(notes.header.deckSHA256 == nil)
  }
}
