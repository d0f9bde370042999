import ArgumentParser

extension CursesTerminal {
  /// Starts the screen for `command` (`wbr meet`, `wbr prep`, a follower), or says why it
  /// cannot and exits 1: the one wording every full-screen command uses.
  static func start(options: TerminalOptions, command: String) throws -> CursesTerminal {
    do {
      return try CursesTerminal(options: options)
    } catch {
      Console.error("\(command): \(error)")
      throw ExitCode(1)
    }
  }
}
