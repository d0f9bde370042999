import Foundation
import Testing

@testable import WBRModel

@Suite struct NotesExportTests {
  typealias F = RecordFixture

  @Test func writesAtomicallyAndLeavesNoTemporaryFile() throws {
    let folder = try F.tempFolder()
    let path = folder + "/notes.md"
    try AtomicFile.write("hello\n", to: path, force: false)
    #expect(try F.read(path) == "hello\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.md"])
  }

  @Test func keepsAnExistingFileUnlessForced() throws {
    let path = try F.tempFolder() + "/notes.md"
    try F.write("old", to: path)
    #expect {
      try AtomicFile.write("new", to: path, force: false)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("--force") == true
    }
    #expect(try F.read(path) == "old")
    try AtomicFile.write("new", to: path, force: true)
    #expect(try F.read(path) == "new")
  }

  @Test func missingFolderOrFileInTheWayIsCannotCreate() throws {
    let folder = try F.tempFolder()
    try F.write("x", to: folder + "/file")
    for path in [folder + "/missing/notes.md", folder + "/file/notes.md", folder] {
      #expect {
        try AtomicFile.write("x", to: path, force: true)
      } throws: { error in
        (error as? ExportError)?.exitStatus == 73
      }
    }
  }

  @Test(.enabled(if: geteuid() != 0, "root may write anywhere"))
  func unwritableFolderIsCannotCreate() throws {
    let folder = try F.tempFolder()
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    #expect {
      try AtomicFile.write("x", to: folder + "/notes.md", force: false)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("ermission") == true
    }
  }

  @Test func deviceErrorsAreIOAndPermissionErrorsCannotCreate() {
    #expect(ExportError.kind(ofErrno: ENOSPC) == .io)
    #expect(ExportError.kind(ofErrno: EIO) == .io)
    #expect(ExportError.kind(ofErrno: EDQUOT) == .io)
    #expect(ExportError.kind(ofErrno: EACCES) == .cannotCreate)
    #expect(ExportError.kind(ofErrno: EROFS) == .cannotCreate)
    #expect(ExportError(kind: .io, path: "p", reason: "r").exitStatus == 74)
  }

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
