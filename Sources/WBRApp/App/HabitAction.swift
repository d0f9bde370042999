import WBRModel

/// Actions of the habits users bring from other terminal tools (issue #17): `y` copies, and
/// what the terminal answered. One case of `Action`, handled in `Update/HabitUpdate.swift`,
/// so that these keys touch the other updates' switches only once.
public enum HabitAction: Sendable, Equatable {
  /// `y`: copy what is selected (a metric's summary line, its drill-down summary as
  /// Markdown, a commitment) to the clipboard with OSC 52.
  case copy
  /// The backend's answer to `Effect.copy`: what was copied and how it went.
  case copied(what: String, ClipboardOutcome)
  /// A click or a wheel turn (`MouseUpdate`).
  case mouse(MouseEvent)
  /// Ctrl-R: load the deck and owners files again, in place.
  case reload
  /// The loop's look at the disk (every half second while no key comes): the files' stamps.
  case polled([FileStamp?])
  /// The reload's answer: the new content and the stamps taken before reading it.
  case reloaded(MeetingContent, stamps: [FileStamp?])
  /// The reload failed (or there is nothing to reload); the content on screen stays.
  case reloadFailed(String, stamps: [FileStamp?])
}

/// What became of an OSC 52 copy, for the footer to say.
public enum ClipboardOutcome: Sendable, Equatable {
  /// The escape sequence went to the terminal with this many characters of text.
  case sent(characters: Int)
  /// Written, but tmux (whose `set-clipboard` is `setting`, not `on`) drops it.
  case droppedByTmux(setting: String)
  /// Not written, and why.
  case notSent(String)
}
