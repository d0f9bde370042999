import Foundation
import WBRApp

/// `y`'s copy: OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`), which the terminal turns into a clipboard
/// write; it travels over SSH like any output, so it works where X11 or pbcopy do not.
///
/// Inside tmux the sequence reaches tmux, which keeps it (a paste buffer) and passes it to the
/// outer terminal only when its `set-clipboard` option is `on`; `external` and `off` drop what
/// an application sends, so the screen says so instead of claiming a copy.
enum Clipboard {
  /// The escape sequence for `text`.
  static func sequence(_ text: String) -> String {
    "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
  }

  /// Writes the sequence to the terminal and says how it went.
  static func copy(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ClipboardOutcome
  {
    switch Console.put(Array(sequence(text).utf8), to: Console.standardOutput) {
    case .written: break
    case .closed: return .notSent("the terminal is gone")
    case .failed(let reason): return .notSent(reason)
    }
    if let setting = tmuxSetting(environment: environment), setting != "on" {
      return .droppedByTmux(setting: setting)
    }
    return .sent(characters: text.count)
  }

  /// tmux's `set-clipboard` (`on`, `external`, `off`) when running inside tmux (`$TMUX`), nil
  /// outside it or when tmux does not answer (then the copy is reported as sent).
  static func tmuxSetting(environment: [String: String]) -> String? {
    guard let tmux = environment["TMUX"], !tmux.isEmpty else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "show-options", "-gv", "set-clipboard"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    let data = readAnswer(output.fileHandleForReading.fileDescriptor)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return value.isEmpty ? nil : value
  }

  /// tmux's short answer, read to its end. Not `FileHandle.readDataToEndOfFile()`: that traps
  /// when `read` is interrupted by a signal (EINTR), and the meeting takes SIGWINCH on every
  /// resize.
  private static func readAnswer(_ fd: Int32) -> [UInt8] {
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 256)
    while out.count < 4096 {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { break }
      out.append(contentsOf: chunk[0..<n])
    }
    return out
  }
}
