import Foundation
import Testing
import WBRModel
import WBRTestSupport

/// The compatibility gate (docs/JOURNAL.md, "Compatibility"): frozen journals, as recorded by
/// today's `wbr` or written by hand to the journal format, must read and fold to the same
/// record and give the same notes in every format, byte for byte. A change that alters one
/// changes its golden file on purpose, with the reason in docs/DECISIONS.md.
@Suite struct CompatTests {
  @Test(arguments: CompatCase.journals)
  func journalFoldsToTheSameRecord(_ journal: String) throws {
    let (contents, record) = try CompatRun.read(journal: journal)
    assertGolden(
      RecordDump.text(journal: journal, contents: contents, record: record),
      at: "Golden/" + CompatCase.recordGoldenName(journal))
  }

  @Test(arguments: CompatCase.all)
  func notesAreTheSame(_ c: CompatCase) throws {
    for (format, text) in try CompatRun.notes(c) {
      assertGolden(text, at: "Golden/" + c.goldenName(format))
    }
  }

  /// The set stays whole: `cases.txt` reads, every journal has a case, every golden file
  /// belongs to a case (a stale golden would check nothing), and nothing depends on the login.
  @Test func theGateIsComplete() throws {
    let cases = try CompatCase.load()
    #expect(cases.count >= 10)
    #expect(Set(cases.map(\.name)).count == cases.count, "case names repeat")
    let files = FileManager.default
    let journals = try files.contentsOfDirectory(atPath: CompatCase.path("Journals")).sorted()
    #expect(journals == CompatCase.journals, "journals without a case, or cases without a journal")
    var expected = Set(CompatCase.journals.map(CompatCase.recordGoldenName))
    for c in cases { expected.formUnion(c.formats.map(c.goldenName)) }
    var found: Set<String> = []
    for folder in ["records", "notes"] {
      for name in try files.contentsOfDirectory(atPath: CompatCase.path("Golden/" + folder)) {
        found.insert(folder + "/" + name)
      }
    }
    #expect(found.subtracting(expected).sorted() == [], "golden files of no case")
    #expect(expected.subtracting(found).sorted() == [], "missing golden files (WBR_RECORD=1 records them)")
  }

  /// A case whose notes would name the login (nothing recorded in its week, no `--lead`) would
  /// differ from one machine to the next; the runs here use a login no user has.
  @Test(arguments: CompatCase.all)
  func notesDoNotDependOnTheLogin(_ c: CompatCase) throws {
    for (format, text) in try CompatRun.notes(c) {
      #expect(
        !text.contains("no-login-in-the-gate"), "\(c.name).\(format.rawValue): pass --lead in cases.txt")
    }
  }

  /// The dump's quoting keeps every golden line one line, and shows what would be invisible.
  @Test func quotingEscapesWhatCannotBeSeen() {
    #expect(
      RecordDump.quote("a\"b\\c\nd\u{1B}[0m\u{202E}é\u{200B}") == #""a\"b\\c\nd\u{1B}[0m\u{202E}é\u{200B}""#)
  }
}
