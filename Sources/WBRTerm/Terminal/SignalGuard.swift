import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

// State for the C signal handlers below. A C handler cannot capture anything, so what it needs
// lives in globals. They are `nonisolated(unsafe)` on purpose: they are written on the main
// thread before the handlers that read them are installed (and every one is touched first, so
// no lazy initialization can run inside a handler); the only value a handler writes is a
// single aligned Int32, the termination flag, which the run loop polls.
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false
nonisolated(unsafe) private var restoreBytes: UnsafeMutablePointer<UInt8>? = nil
nonisolated(unsafe) private var restoreCount = 0
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>? = nil
nonisolated(unsafe) private var terminationFlag: Int32 = 0
/// /dev/null, opened at install: what standard input becomes before a crash is reported.
nonisolated(unsafe) private var devNull: Int32 = -1

/// Signals that mean "the program is broken" or "stop and dump" (every signal whose default
/// action dumps core): restore the terminal, then let the previous handler (the Swift
/// runtime's backtracer, which also takes SIGQUIT) report it, and die of the signal.
private let crashSignals: [Int32] = [
  SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT, SIGSYS, SIGXCPU, SIGXFSZ,
]

/// Signals that mean "please stop": every other signal whose default action is to end the
/// process (SIGPIPE aside: `Console.prepare` ignores it). The run loop saves and exits
/// cleanly with 128 + the signal, as the default action's status would read.
private var terminationSignals: [Int32] {
  var signals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO]
  #if os(Linux)
    signals += [SIGPWR, SIGSTKFLT]
  #endif
  return signals + Array(wbr_sigrtmin()...min(wbr_sigrtmax(), maxSignal))
}

/// The highest signal number `previousActions` has room for.
private let maxSignal: Int32 = 64

/// Writes the terminal back to how the user had it. Async-signal-safe: tcsetattr and write.
private func restoreTerminalNow() {
  if haveSavedTermios { _ = tcsetattr(0, TCSANOW, &savedTermios) }
  if let bytes = restoreBytes { _ = write(1, bytes, restoreCount) }
}

/// Takes standard input away from whatever reports the crash next: the Swift backtracer,
/// which decided at start-up that a terminal means "interactive", prompts for a key for 30 s
/// after the backtrace, and a crash must never wait for input. With /dev/null it reads end
/// of file and quits at once. Async-signal-safe: dup2.
private func detachStandardInput() {
  if devNull >= 0 { _ = dup2(devNull, 0) }
}

/// Restores the terminal, puts the previous handler back and runs it with the fault's own
/// context (so the Swift runtime's backtrace shows the real crash site, on a sane terminal),
/// then dies of the signal. Running it directly matters: re-raising from inside this handler
/// would only queue the signal, and a handler that returns after an external `kill` would
/// let the broken program carry on.
private let crashHandler:
  @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    signal, info, context in
    restoreTerminalNow()
    detachStandardInput()
    if let previous = previousActions {
      _ = wbr_restore_handler(signal, previous + Int(signal))
      wbr_call_handler(signal, info, context, previous + Int(signal))
    }
    wbr_die_of_signal(signal)
  }

private let terminationHandler: @convention(c) (Int32) -> Void = { signal in
  if terminationFlag != 0 {
    // Asked twice: the loop is not getting to it. Give the terminal back and leave now.
    restoreTerminalNow()
    _exit(128 + signal)
  }
  terminationFlag = signal
}

/// Keeps the terminal usable whatever happens to the process.
///
/// - Crashes and dumps (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT, SIGSYS,
///   SIGXCPU, SIGXFSZ): the saved `termios` is put back, the alternate screen left and the
///   cursor shown, standard input pointed at /dev/null (so the backtracer never prompts),
///   then the previous handler is restored and run, so the Swift backtrace prints on a sane
///   terminal, and the process dies of the signal.
/// - Every other signal whose default is to end the process (SIGTERM, SIGHUP, SIGINT,
///   SIGUSR1, SIGUSR2, SIGALRM, the real-time signals, …): a flag is set that
///   `terminationSignal` reports; the run loop turns it into an action so the app can save
///   before it exits. A second signal exits at once after restoring the terminal.
///
/// Installed before curses starts: ncurses then leaves SIGINT/SIGTERM to us instead of
/// exiting on its own (which would skip saving). SIGWINCH is left to ncurses.
enum SignalGuard {
  /// Saves the terminal settings and installs the handlers. Call before `newterm`.
  static func install() {
    haveSavedTermios = tcgetattr(0, &savedTermios) == 0
    if devNull < 0 { devNull = open("/dev/null", O_RDONLY | O_CLOEXEC) }
    terminationFlag = 0
    restoreCount = 0
    restoreBytes = nil
    if previousActions == nil {
      previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(maxSignal) + 1)
      previousActions?.initialize(repeating: sigaction(), count: Int(maxSignal) + 1)
    }
    guard let previous = previousActions else { return }
    for signal in crashSignals {
      _ = wbr_install_crash_handler(signal, crashHandler, previous + Int(signal))
    }
    for signal in terminationSignals {
      _ = wbr_install_handler(signal, terminationHandler, previous + Int(signal))
    }
  }

  /// What to write to the terminal on a crash once curses owns it: leave the alternate
  /// screen, reset attributes, show the cursor, end bracketed paste.
  static func setRestoreSequence(_ text: String) {
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
    buffer.initialize(from: bytes, count: bytes.count)
    let old = restoreBytes
    restoreCount = 0
    restoreBytes = buffer
    restoreCount = bytes.count
    old?.deallocate()
  }

  /// Puts the previous handlers back (after curses has restored the terminal itself).
  static func uninstall() {
    guard let previous = previousActions else { return }
    for signal in crashSignals + terminationSignals {
      _ = wbr_restore_handler(signal, previous + Int(signal))
    }
  }

  /// The termination signal received since `install`, if any.
  static var terminationSignal: Int32? { terminationFlag == 0 ? nil : terminationFlag }
}
