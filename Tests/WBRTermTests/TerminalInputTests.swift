import Testing

@testable import WBRTerm

/// Key decoding and start-up decisions, without a terminal. Curses key codes are ncurses'
/// stable ABI values (KEY_CODE_YES = 0o400, KEY_DOWN = 0o402, …).
@Suite struct TerminalInputTests {
  let ok: Int32 = 0
  let keyCode: Int32 = 0o400

  @Test func charactersAndControlBytes() {
    #expect(CursesKeys.decode(status: ok, code: 0x71) == .char("q"))
    #expect(CursesKeys.decode(status: ok, code: 0xEB) == .char("ë"))
    #expect(CursesKeys.decode(status: ok, code: 0x6F22) == .char("漢"))
    #expect(CursesKeys.decode(status: ok, code: 10) == .enter)
    #expect(CursesKeys.decode(status: ok, code: 13) == .enter)
    #expect(CursesKeys.decode(status: ok, code: 127) == .backspace)
    #expect(CursesKeys.decode(status: ok, code: 8) == .backspace)
    #expect(CursesKeys.decode(status: ok, code: 9) == .tab)
    #expect(CursesKeys.decode(status: ok, code: 27) == .escape)
    #expect(CursesKeys.decode(status: ok, code: 3) == .ctrl("c"))
    #expect(CursesKeys.decode(status: ok, code: 0) == .ctrl("@"))
    #expect(CursesKeys.decode(status: ok, code: 0x9B) == .unknown(0x9B))
    #expect(CursesKeys.decode(status: -1, code: 0) == nil)  // ERR: timeout
  }

  @Test func keypadCodes() {
    #expect(CursesKeys.decode(status: keyCode, code: 0o402) == .down)
    #expect(CursesKeys.decode(status: keyCode, code: 0o403) == .up)
    #expect(CursesKeys.decode(status: keyCode, code: 0o404) == .left)
    #expect(CursesKeys.decode(status: keyCode, code: 0o405) == .right)
    #expect(CursesKeys.decode(status: keyCode, code: 0o406) == .home)
    #expect(CursesKeys.decode(status: keyCode, code: 0o550) == .end)
    #expect(CursesKeys.decode(status: keyCode, code: 0o522) == .pageDown)
    #expect(CursesKeys.decode(status: keyCode, code: 0o523) == .pageUp)
    #expect(CursesKeys.decode(status: keyCode, code: 0o527) == .enter)
    #expect(CursesKeys.decode(status: keyCode, code: 0o407) == .backspace)
    #expect(CursesKeys.decode(status: keyCode, code: 0o512) == .delete)
    #expect(CursesKeys.decode(status: keyCode, code: 0o541) == .backTab)
    #expect(CursesKeys.decode(status: keyCode, code: 0o632) == .resize)
    #expect(CursesKeys.decode(status: keyCode, code: 0o411) == .function(1))
    #expect(CursesKeys.decode(status: keyCode, code: 0o424) == .function(12))
    #expect(CursesKeys.decode(status: keyCode, code: 0o777) == .unknown(0o777))
  }

  @Test(arguments: [
    ([String: String](), false, false, true),
    (["NO_COLOR": "1"], false, false, false),
    (["NO_COLOR": ""], false, false, true),  // no-color.org: present *and not empty*
    ([:], true, false, true),
    ([:], false, true, false),
  ])
  func options(env: [String: String], ascii: Bool, noColor: Bool, color: Bool) {
    let o = TerminalOptions.resolve(asciiFlag: ascii, noColorFlag: noColor, environment: env)
    #expect(o.color == color)
    #expect(o.ascii == ascii)
    #expect(o.glyphs == (ascii ? .ascii : .unicode))
  }

  @Test func interactiveCheckPointsAtReport() {
    #expect(InteractiveCheck.problem(stdinIsTTY: true, stdoutIsTTY: true) == nil)
    let message = InteractiveCheck.problem(stdinIsTTY: true, stdoutIsTTY: false)
    #expect(message?.contains("standard output is not a terminal") == true)
    #expect(message?.contains("wbr report") == true)
    #expect(
      InteractiveCheck.problem(stdinIsTTY: false, stdoutIsTTY: false)?.contains("input and output") == true)
    #expect(InteractiveCheck.exitStatus == 64)
  }

  @Test func asciiStandIns() {
    #expect(CursesTerminal.asciiStandIn(for: "ë") == UInt8(ascii: "e"))
    #expect(CursesTerminal.asciiStandIn(for: "Ø") == UInt8(ascii: "?"))
    #expect(CursesTerminal.asciiStandIn(for: "漢") == UInt8(ascii: "?"))
  }
}
