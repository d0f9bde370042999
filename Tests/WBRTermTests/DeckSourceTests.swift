import ArgumentParser
import Testing

@testable import WBRTerm

/// `--data -`: the CSV from standard input, refused when that is a terminal.
@Suite struct DeckSourceTests {
  @Test func dataFromATerminalIsAUsageError() {
    #expect(throws: ValidationError.self) { try DeckSource.validateData("-", stdinIsTTY: true) }
    #expect(throws: Never.self) { try DeckSource.validateData("-", stdinIsTTY: false) }
    #expect(throws: Never.self) { try DeckSource.validateData("daily.csv", stdinIsTTY: true) }
    #expect(throws: Never.self) { try DeckSource.validateData(nil, stdinIsTTY: true) }
  }
}
