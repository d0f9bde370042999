import ArgumentParser
import Foundation
import WBRStore

/// `wbr meet` without a deck: the newest week's deck of the series folder it runs in.
enum SeriesDecks {
  /// The newest week's deck in the current folder or its week folders, relative to the
  /// current folder; exits 66 with a message when there is none.
  static func newestOrExit(command: String) throws -> String {
    let cwd = FileManager.default.currentDirectoryPath
    guard let newest = SeriesFolder.newestDeck(in: cwd) else {
      CheckCommand.printError(
        "\(command): no deck given, and none in \(cwd) or the week folders in it; give the deck file")
      throw ExitCode(66)
    }
    let path = newest.path.hasPrefix(cwd + "/") ? String(newest.path.dropFirst(cwd.count + 1)) : newest.path
    CheckCommand.printError("\(command): the newest week's deck: \(path) (week ending \(newest.week))")
    return path
  }
}
