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
  /// Drill into the selected metric.
  case open
  /// Close the overlay, or leave the drill-down for the deck.
  case back
  case showHelp
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
  case openOwnerPicker
  /// Ctrl-L: paint the whole screen again (after line noise over SSH, say).
  case redraw
  /// The meeting record: outcomes, commitments, undo, export (`RecordUpdate`).
  case record(RecordAction)
}

/// Work for the run loop to do outside `update`: the only way the app touches the world.
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
  /// Journal writes and files of the meeting record (`RecordSaver`).
  case record(RecordEffect)
}
