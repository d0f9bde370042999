import WBRApp

/// The benchmark's terminal as the run loop sees it: `FrameTerminal` for the size, glyphs and frames,
/// plus a queue of keys that have "already arrived", so `MeetingLoop.handleBurst` takes a
/// paste the way it takes one from a real terminal.
final class QueuedKeys: TerminalBackend {
  let terminal: FrameTerminal
  var queue: [Key] = []
  private var next = 0

  init(_ terminal: FrameTerminal) { self.terminal = terminal }

  var size: Size { terminal.size }
  var glyphs: Glyphs { terminal.glyphs }
  var terminationSignal: Int32? { nil }
  func nextKey() -> Key? { pendingKey() }
  func draw(_ buffer: ScreenBuffer) { terminal.draw(buffer) }
  func invalidate() { terminal.invalidate() }

  func pendingKey() -> Key? {
    guard next < queue.count else {
      queue = []
      next = 0
      return nil
    }
    next += 1
    return queue[next - 1]
  }

  /// A seeded unbracketed paste of `count` characters as keys, like the monkey's
  /// (`scripts/monkey.py`, `paste_text`): runs of letters, digits and punctuation, newlines,
  /// and escape sequences and control bytes, each byte a key. Without `q`, `x` and Ctrl-C,
  /// so the paste neither quits nor exports; one in five pastes starts with `/` (a filter).
  static func paste(_ count: Int, seed: UInt64) -> [Key] {
    var rng = SplitMix(seed)
    let letters = Array("abcdefghijklmnoprstuvwyz 0123456789.,:-_/ jjjkknn")
    let payloads = [
      "\u{1b}[31mred", "\u{1b}[2J\u{1b}[H", "bell\u{07}", "\u{01}\u{02}\u{7f}", "\u{1b}[6n", "\u{1b}c",
    ]
    var text: [Character] = rng.below(5) == 0 ? ["/"] : []
    while text.count < count {
      let r = rng.below(100)
      if r < 15 {
        text += Array(payloads[rng.below(payloads.count)])
      } else if r < 20 {
        text.append("\n")
      } else {
        for _ in 0..<20 { text.append(letters[rng.below(letters.count)]) }
      }
    }
    return text.prefix(count).map(key)
  }

  private static func key(_ c: Character) -> Key {
    switch c {
    case "\n", "\r": return .enter
    case "\u{1b}": return .escape
    case "\t": return .tab
    case "\u{7f}": return .backspace
    default:
      if let v = c.asciiValue, v < 0x20 { return .ctrl(Character(UnicodeScalar(v + 0x60))) }
      return .char(c)
    }
  }
}

/// A small seeded generator (SplitMix64): the same keys every run.
struct SplitMix {
  private var state: UInt64
  init(_ seed: UInt64) { state = seed }
  mutating func below(_ n: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Int(z % UInt64(n))
  }
}
