import WBRModel

/// The meeting record's actions: keys of the record (e, a, c, x, u, Space and the
/// commitments screen's) and keys inside its dialogs.
public enum RecordAction: Sendable, Equatable {
  /// `e` on a metric: the outcome of its discussion.
  case outcome
  /// `a`: a new commitment (linked to the metric on the deck and drill-down).
  case addCommitment
  /// Space: mark the metric reviewed, or take the mark back.
  case toggleReviewed
  /// `R`: mark every metric of the list without a signal or an outcome reviewed, after one
  /// confirmation; one journal line, one undo.
  case reviewRest
  /// `u`: revert the last change of this meeting.
  case undo
  /// `x`: export the notes.
  case export
  /// Commitments screen: mark done, carry to the next WBR, drop with a reason, edit.
  case done
  case carry
  case drop
  case edit
  /// `A`: accept the owner's prepared entry on the metric (its outcome, else a proposed
  /// commitment) or, on the commitments screen, the prepared answer to the commitment.
  case accept
  /// In a dialog: the next or previous field.
  case nextField
  case previousField
  /// In the outcome menu: pick an option by its letter.
  case choose(OutcomeOption)
}

/// What the effects answer (`EffectRunner`), never bound to keys.
public enum EffectAnswer: Sendable, Equatable {
  /// Lines of the session that are not changes are on disk: its first lines (with the change
  /// answered next), or a `meeting.held` time written with an export. Fold them in.
  case opened([RecordEvent])
  /// `event` is on disk: fold it in, close the dialog, say `note`.
  case saved(RecordEvent, note: String)
  /// An undo is on disk; `target` is the change it reverted.
  case undone(RecordEvent, target: RecordEvent)
  /// Nothing was saved or written; the dialog stays open with its text.
  case failed(String)
  /// The notes are written at `path` (absolute).
  case exported(path: String)
  /// The export target exists: Enter again replaces it.
  case exportExists(path: String)
  /// `wbr meet --follow`: the record grew (`record`, as it stands for the week) or the
  /// lead's side file changed (`view`); nil is unchanged.
  case followed(record: MeetingRecord?, view: MeetingView?)
}
