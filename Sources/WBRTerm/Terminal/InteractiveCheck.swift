#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Refuses to start the full-screen meeting without a terminal on both ends.
///
/// `wbr meet` piped into a file or run from a script would fill the output with escape
/// sequences and wait for keys that never come; `wbr report` is the command for that.
enum InteractiveCheck {
  /// Exit status when standard input or output is not a terminal (EX_USAGE).
  static let exitStatus: Int32 = 64

  /// A one-line message when stdin or stdout is not a terminal, nil when both are.
  static func problem(stdinIsTTY: Bool = isatty(0) == 1, stdoutIsTTY: Bool = isatty(1) == 1)
    -> String?
  {
    if stdinIsTTY && stdoutIsTTY { return nil }
    let which =
      !stdinIsTTY && !stdoutIsTTY
      ? "standard input and output are"
      : !stdinIsTTY
        ? "standard input is" : "standard output is"
    return "wbr meet: \(which) not a terminal; use `wbr report DECK` for a plain-text view"
  }
}
