import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `wbr` command line: the meeting screen and the headless commands around it.
@main
struct WBRCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "wbr",
    abstract: "Run a weekly business review from a terminal.",
    version: version,
    subcommands: [
      MeetCommand.self, PrepCommand.self, GapsCommand.self, CheckCommand.self, ReportCommand.self,
      BuildCommand.self, NotesCommand.self, PublishCommand.self, LogCommand.self, CommitmentsCommand.self,
      InitCommand.self, SettingsCommand.self,
    ],
    defaultSubcommand: nil
  )

  /// Parses and runs the command, and turns how it ended into the exit status with every
  /// message written through `Console` (ArgumentParser's own `main` prints with `print`,
  /// whose errors are lost, and exits 0 for a bare `wbr`).
  static func main() {
    Console.prepare()
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let problem = usageProblem(arguments) {
      Console.errorText(problem + "\n\n" + helpMessage() + "\n")
      terminate(64)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      terminate(0)
    } catch let error as ConsoleError {
      if let message = error.message { Console.error(message) }
      terminate(error.exitStatus)
    } catch {
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if status == .success {
        do {
          if !message.isEmpty { try Console.write(message + "\n") }
        } catch {
          if let line = error.message { Console.error(line) }
          terminate(error.exitStatus)
        }
      } else if !message.isEmpty {
        Console.errorText(message + "\n")
      }
      terminate(status.rawValue)
    }
  }

  /// What is wrong with a command line ArgumentParser would accept as a request for help:
  /// none at all (`wbr`), or `help` with a command that does not exist (`wbr help nonsense`).
  /// Both are usage errors (status 64), so that a script that lost its arguments fails.
  static func usageProblem(_ arguments: [String]) -> String? {
    guard let first = arguments.first else { return "Error: no command given." }
    guard first == "help" else { return nil }
    let names = configuration.subcommands.compactMap { $0.configuration.commandName }
    let rest = arguments.dropFirst()
    if rest.isEmpty || (rest.count == 1 && names.contains(rest[rest.startIndex])) { return nil }
    return
      "Error: no such command: \(rest.joined(separator: " ")) (commands: \(names.joined(separator: ", ")))"
  }
}

/// `exit(3)`, named apart from ParsableCommand's `exit(withError:)`.
private func terminate(_ status: Int32) -> Never { exit(status) }
