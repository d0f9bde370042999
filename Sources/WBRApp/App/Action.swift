import WBRModel

/// Everything that can happen to the meeting screen. Keys become actions through
/// `KeyBindings`; the run loop adds `.resize` and `.terminate`; effects may answer with more.
public enum Action: Sendable, Equatable {
  /// Leave the meeting (q, Ctrl-C): exit status 0.
  case quit
  /// SIGTERM, SIGHUP or SIGINT arrived: save and exit with 128 + signal.
  case terminate(signal: Int32)
  /// The terminal has a new size.
  case resize(Size)
  /// Move the selection by rows (negative is up).
  case move(Int)
  /// Move the selection by screenfuls (negative is up).
  case page(Int)
  case moveToFirst
  case moveToLast
  /// The next (or previous) anomaly in screen order: the anomaly walk.
  case nextAnomaly
  case previousAnomaly
  /// `m`: the next metric in screen order not yet marked (neither reviewed nor given an outcome).
  case nextUnmarked
  /// `s`: the deck's next order (`DeckSort`), back to the meeting order after the last.
  case cycleSort
  /// Drill into the selected metric.
  case open
  /// Close the overlay, or leave the drill-down for the deck.
  case back
  /// Open an overlay over the screen: the help, the owner picker.
  case show(Panel)
  case showCommitments
  /// Start typing a filter on the deck.
  case startFilter
  case clearFilter
  /// An edit of the text being typed (filter, dialog, picker query).
  case edit(LineEditor.Edit)
  /// Enter in a text field or picker.
  case submit
  /// Esc in a text field or picker.
  case cancel
  /// Ctrl-L: paint the whole screen again (after line noise over SSH, say).
  case redraw
  /// The meeting record's keys: outcomes, commitments, undo, export (`RecordUpdate`).
  case record(RecordAction)
  /// What an effect answered (`EffectRunner`): a save is on disk, a write failed.
  case answer(EffectAnswer)
  /// Other writers appended these events to the record (the loop's poll, or read under an
  /// append's lock before this writer's own line): fold them in, in file order, and say whose
  /// change replaced whose (docs/JOURNAL.md, "Several writers").
  case recordGrew([RecordEvent])
  /// Habits from other terminal tools (issue #17): copy, reload, and their answers (`HabitUpdate`).
  case habit(HabitAction)
  /// The meeting clock (issue #13): `t`, and the loop's time (`ClockUpdate`).
  case clock(ClockAction)
}

/// Work outside `update`: the only way the app touches the world. `EffectRunner` performs
/// every case (one exhaustive switch) and answers with actions that go through `update` again.
public enum Effect: Sendable, Equatable {
  /// Stop the loop and exit with this status (after the effects before it have run).
  case exit(status: Int32)
  /// Ring the terminal bell (nothing to do for that key here).
  case bell
  /// Repaint every cell on the next frame instead of only the changed ones.
  case redraw
  /// Draw the state as it is now, before the effects after this one run: for work that
  /// takes seconds (the notes export), so the screen says what is happening meanwhile.
  case drawFrame
  /// Append `change` to the journal and fsync (new commitments' ids are stamped there);
  /// answer `.saved(event, note)` or `.failed`.
  case save(RecordChange, note: String)
  /// Append an undo of `target` (this meeting's last change in effect); answer `.undone` or
  /// `.failed`.
  case undo(target: RecordEvent)
  /// Write the notes of the record in the state (format from the extension); answer
  /// `.exported`, `.exportExists` or `.failed`. `replace` allows overwriting an existing file.
  case export(path: String, replace: Bool)
  /// Ctrl-C or a signal with typed text in a dialog: keep the text in the recovery note next
  /// to the journal (docs/DECISIONS.md, "Unsaved text on exit").
  case keepUnsaved(title: String, text: String)
  /// Put `text` on the terminal's clipboard (OSC 52, written by the backend); answer
  /// `.habit(.copied(what, outcome))`. `what` names it on the screen ("the metric's summary").
  case copy(text: String, what: String)
  /// Load the deck and owners again through the `ContentSource`; answer
  /// `.habit(.reloaded …)` or `.habit(.reloadFailed …)`.
  case reload
}
