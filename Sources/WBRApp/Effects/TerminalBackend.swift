/// What the run loop and the effects need from a terminal: its size, keys, a way to show a
/// frame, and the bell.
///
/// `CursesTerminal` is the real one; tests drive the loop with a scripted backend, so the
/// whole app (keys → actions → state → screens) is tested without a terminal.
public protocol TerminalBackend: AnyObject {
  /// The current size in columns and rows.
  var size: Size { get }
  /// The glyph set the terminal can show (ASCII when asked or when the locale is not UTF-8).
  var glyphs: Glyphs { get }
  /// The next key; nil when none came within a short wait, so the loop can check signals.
  func nextKey() -> Key?
  /// A key that has already arrived, without waiting; nil when there is none. The loop uses
  /// it to take a burst of typed keys at once and draw one frame for all of them.
  func pendingKey() -> Key?
  /// Shows `buffer` on the screen.
  func draw(_ buffer: ScreenBuffer)
  /// Forgets what is on the screen, so the next `draw` repaints every cell.
  func invalidate()
  /// Rings the bell (`Effect.bell`).
  func bell()
  /// A SIGTERM/SIGHUP/SIGINT received and not yet handled, if any.
  var terminationSignal: Int32? { get }
}

extension TerminalBackend {
  /// Backends that cannot tell whether more input is waiting take keys one at a time.
  public func pendingKey() -> Key? { nil }
  /// Backends without a bell stay silent.
  public func bell() {}
}
