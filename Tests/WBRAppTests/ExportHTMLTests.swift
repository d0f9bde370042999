import Foundation
import Testing
import WBRModel
import WBRPublish
import WBRStore

@testable import WBRApp

/// `x` writes a file ending in `.html` as `wbr notes --format html` does, through the renderer
/// `wbr meet` hands the saver (the app itself does not link the HTML layer).
@Suite struct ExportHTMLTests {
  /// Presses `x`, turns the offered `.md` into `.html`, and writes.
  static func exportHTML(_ h: RecordHarness) -> String {
    h.press(.char("x"), .backspace, .backspace)
    h.type("html")
    h.press(.enter)
    return h.folder + "/wbr-notes-2024-06-30.html"
  }

  @Test func theExportWritesTheMailNotesOfTheRecord() throws {
    let h = try RecordHarness(events: RecordEvents.earlier, html: { NotesHTML.render($0) })
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("Promo <b>week</b>")
    h.press(.enter)
    let path = Self.exportHTML(h)
    #expect(h.state.message?.text == "Notes written to \(path)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    // The same document `wbr notes --format html` makes of the record on disk.
    let notes = NotesBuilder(
      deck: Fixtures.deck, analysis: h.state.content.notesAnalysis, owners: h.state.content.owners,
      record: try h.recordOnDisk, week: Fixtures.weekEnding, login: "maria"
    ).build()
    #expect(html == NotesHTML.render(notes))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("Promo &lt;b&gt;week&lt;/b&gt;"))
    #expect(html.contains("Report back on Revenue"))
    for forbidden in ["<script", "<style", "<link", "<img", "class=", "href=", "src="] {
      #expect(!html.contains(forbidden), "the notes have \(forbidden)")
    }
  }

  @Test func withoutTheRendererHTMLIsRefusedNotWrittenAsMarkdown() throws {
    let h = try RecordHarness()
    let path = Self.exportHTML(h)
    #expect(h.state.message?.text == "Not exported: HTML notes cannot be written here; use .md")
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func theDialogOffersHTML() throws {
    let h = try RecordHarness()
    h.press(.char("x"))
    guard case .record(.text(let dialog))? = h.state.overlay else {
      Issue.record("x opened \(String(describing: h.state.overlay))")
      return
    }
    #expect(dialog.hint.contains(".html"))
  }
}
