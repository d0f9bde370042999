import Testing
import WBRApp

@testable import WBRTerm

/// ncurses' mouse events as the app's (`wbr_read_mouse` kinds → `MouseEvent`), and the
/// switches that turn the mouse off.
@Suite struct MouseDecodeTests {
  @Test func kinds() {
    #expect(CursesKeys.mouse(kind: 1, x: 4, y: 7) == .mouse(MouseEvent(.click, x: 4, y: 7)))
    #expect(CursesKeys.mouse(kind: 2, x: 0, y: 0) == .mouse(MouseEvent(.doubleClick, x: 0, y: 0)))
    #expect(CursesKeys.mouse(kind: 3, x: 1, y: 2) == .mouse(MouseEvent(.wheelUp, x: 1, y: 2)))
    #expect(CursesKeys.mouse(kind: 4, x: 1, y: 2) == .mouse(MouseEvent(.wheelDown, x: 1, y: 2)))
    #expect(CursesKeys.mouse(kind: 0, x: 1, y: 2) == nil)
  }

  @Test func offByFlagOrSettings() {
    let off = SettingsParser.parse("[display]\nmouse = false\n", path: "s.toml").settings
    #expect(TerminalOptions.resolve(asciiFlag: false, noColorFlag: false, environment: [:]).mouse)
    #expect(
      !TerminalOptions.resolve(asciiFlag: false, noColorFlag: false, environment: [:], settings: off).mouse)
    #expect(
      !TerminalOptions.resolve(asciiFlag: false, noColorFlag: false, environment: [:], noMouseFlag: true)
        .mouse)
  }
}
