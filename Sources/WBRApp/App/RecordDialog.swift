import WBRModel

/// A dialog of the meeting record, drawn over the screen (`Overlay.record`). Enter saves,
/// Esc cancels and changes nothing; nothing is written before Enter.
enum RecordDialog: Sendable, Equatable {
  /// `e`: how the discussion of a metric ended.
  case outcomeMenu(OutcomeMenu)
  /// One line of text: an explanation, a routine note, a drop reason, the export path.
  case text(TextDialog)
  /// A new commitment, or an edit of one.
  case commitment(CommitmentForm)
  /// `R`'s question: mark these metric ids reviewed? Enter saves them as one change.
  case confirmReview(metrics: [String])

  /// The key table's context: the menu takes letters, the others type text.
  var bindingContext: BindingContext {
    switch self {
    case .outcomeMenu: return .choice
    case .confirmReview: return .confirm
    case .text, .commitment: return .dialog
    }
  }

  /// Text typed into the dialog that Ctrl-C would lose, with what it was for; nil when there
  /// is none (menus, the export path, an untouched prefilled text).
  var unsavedText: (title: String, text: String)? {
    switch self {
    case .outcomeMenu, .confirmReview: return nil
    case .text(let d):
      if case .exportPath = d.purpose { return nil }
      let text = d.editor.text.trimmingCharacters(in: .whitespaces)
      return text.isEmpty || d.editor.text == d.original ? nil : (d.title, d.editor.text)
    case .commitment(let f):
      let text = f.text.text.trimmingCharacters(in: .whitespaces)
      return text.isEmpty || f.text.text == f.originalText ? nil : (f.title, f.text.text)
    }
  }
}

/// The outcomes `e` offers, each with its letter in the menu.
public enum OutcomeOption: Sendable, Equatable, CaseIterable {
  case explained, investigating, routine, clear

  var key: Character {
    switch self {
    case .explained: return "e"
    case .investigating: return "i"
    case .routine: return "r"
    case .clear: return "c"
    }
  }

  var label: String {
    switch self {
    case .explained: return "Explained"
    case .investigating: return "Investigating"
    case .routine: return "Routine"
    case .clear: return "Clear the outcome"
    }
  }
}

/// The outcome menu of one metric.
struct OutcomeMenu: Sendable, Equatable {
  /// Index into `Deck.metrics`.
  var metric: Int
  /// The options offered (clear only when the metric has an outcome).
  var options: [OutcomeOption]
  var selected: Int
}

/// A one-line text dialog.
struct TextDialog: Sendable, Equatable {
  enum Purpose: Sendable, Equatable {
    /// The owner's explanation of metric `metric` (required).
    case explanation(metric: Int)
    /// The lead's optional note on overruling metric `metric`'s signal.
    case routineNote(metric: Int)
    /// What is being checked, optionally, when metric `metric` is under investigation.
    case investigatingNote(metric: Int)
    /// What was reported back, optionally, when commitment `id` is done.
    case doneNote(commitmentID: String)
    /// Why commitment `id` is dropped (required).
    case dropReason(commitmentID: String)
    /// Why commitment `id` slips to `due`, optionally: an owner's carry in a prep session.
    case carryReason(commitmentID: String, due: Day)
    /// Where to write the notes.
    case exportPath
  }

  var purpose: Purpose
  var title: String
  /// A line under the title: whose words, what the text is for.
  var hint: String
  var editor: LineEditor
  /// The text the dialog opened with, to tell typed text from a prefilled one.
  var original: String
  /// Export: the path the lead was warned exists; Enter again on it replaces the file.
  var confirmReplace: String?

  init(purpose: Purpose, title: String, hint: String, text: String = "", maxLength: Int = 4000) {
    self.purpose = purpose
    self.title = title
    self.hint = hint
    self.editor = LineEditor(text: text, maxLength: maxLength)
    self.original = editor.text
  }
}
