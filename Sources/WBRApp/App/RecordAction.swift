import WBRModel

/// The meeting record's actions: keys of the record (e, a, c, x, u, Space and the
/// commitments screen's), keys inside its dialogs, and the saver's answers.
public enum RecordAction: Sendable, Equatable {
  /// `e` on a metric: the outcome of its discussion.
  case outcome
  /// `a`: a new commitment (linked to the metric on the deck and drill-down).
  case addCommitment
  /// Space: mark the metric reviewed, or take the mark back.
  case toggleReviewed
  /// `u`: revert the last change of this meeting.
  case undo
  /// `x`: export the notes.
  case export
  /// Commitments screen: mark done, carry to the next WBR, drop with a reason, edit.
  case done
  case carry
  case drop
  case edit
  /// In a dialog: the next or previous field.
  case nextField
  case previousField
  /// In the outcome menu: pick an option by its letter.
  case choose(OutcomeOption)

  // Answers from the saver (never bound to keys).
  /// `event` is on disk: fold it in, close the dialog, say `note`.
  case saved(RecordEvent, note: String)
  /// An undo is on disk; `target` is the change it reverted.
  case undone(RecordEvent, target: RecordEvent)
  /// Nothing was saved; the dialog stays open with its text.
  case failed(String)
  /// An informational answer ("nothing to undo").
  case notice(String)
  /// The notes are written at `path` (absolute).
  case exported(path: String)
  /// The export target exists: Enter again replaces it.
  case exportExists(path: String)
}

/// What to save; the saver stamps ids, time, lead and week (docs/JOURNAL.md).
public enum RecordCommand: Sendable, Equatable {
  case reviewed(metric: String)
  case unreviewed(metric: String)
  /// An outcome; *investigating* also creates the owner's "report back" commitment.
  case outcome(metric: String, OutcomeKind, signals: [String], metricName: String, owner: String?)
  case clearOutcome(metric: String)
  case addCommitment(text: String, owner: String?, metric: String?, due: Day)
  case done(id: String)
  case carry(id: String, due: Day)
  case drop(id: String, reason: String)
  /// `nil` fields are unchanged.
  case edit(id: String, text: String?, owner: String?, due: Day?)
}

/// The record's work for the run loop: journal writes and files.
public enum RecordEffect: Sendable, Equatable {
  /// Append and fsync; answer `.saved(event, note)` or `.failed`.
  case save(RecordCommand, note: String)
  /// Append an undo of this meeting's last change; answer `.undone` or `.notice`.
  case undo
  /// Write the notes (format from the extension); answer `.exported`, `.exportExists` or
  /// `.failed`. `replace` allows overwriting an existing file.
  case export(path: String, replace: Bool)
  /// Ctrl-C or a signal with typed text in a dialog: keep the text in the recovery note next
  /// to the journal (docs/DECISIONS.md, "Unsaved text on exit").
  case keepUnsaved(title: String, text: String)
}
