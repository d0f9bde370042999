import WBRApp
import WBRModel
import WBRPublish

/// The meeting's `x` export writes `.html` as `wbr notes --format html` does: the app cannot
/// link WBRPublish's HTML layer, so `wbr meet` and `wbr prep` hand its renderer to the saver
/// (docs/DECISIONS.md, "Notes: HTML from the meeting's export").
enum MeetingNotesHTML {
  /// `NotesHTML.render`, Unicode as every `x` export is.
  static let render: @Sendable (MeetingNotes) -> String = { NotesHTML.render($0) }
}
