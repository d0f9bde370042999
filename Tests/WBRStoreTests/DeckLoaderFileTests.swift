import Foundation
import Testing
import WBRModel
import WBRStore

/// Loading from paths: the size bound before the read, the operating system's reason when a
/// file cannot be read.
@Suite struct DeckLoaderFileTests {
  /// A fresh directory for one test's files.
  func scratch() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wbr-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func loadsFromPaths() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let deck = dir.appendingPathComponent("deck.json")
    try Data(StoreFixture.oneMetricDeck.utf8).write(to: deck)
    let loaded = try DeckLoader.load(deckPath: deck.path)
    #expect(loaded.deck.metrics.count == 1)
    #expect(loaded.deckPath == deck.path && loaded.ownersPath == nil)
  }

  @Test func aMissingFileGivesTheOSReason() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("nope.json").path
    #expect(
      throws: InputError(
        kind: .missing,
        diagnostics: [
          Diagnostic(.fileUnreadable, file: path, message: "cannot read the file: No such file or directory")
        ])
    ) {
      try DeckLoader.load(deckPath: path)
    }
  }

  @Test func bothMissingFilesAreReported() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    do {
      _ = try DeckLoader.load(deckPath: dir.path, ownersPath: dir.appendingPathComponent("o.json").path)
      Issue.record("loaded a directory")
    } catch {
      #expect(error.exitStatus == 66)
      #expect(
        error.diagnostics.map(\.message) == [
          "cannot read the file: it is a directory", "cannot read the file: No such file or directory",
        ])
    }
  }

  @Test func refusesFilesOverTheSizeLimit() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let deck = dir.appendingPathComponent("deck.json")
    try Data(StoreFixture.oneMetricDeck.utf8).write(to: deck)
    do {
      _ = try DeckLoader.load(deckPath: deck.path, options: LoadOptions(maxFileBytes: 100))
      Issue.record("loaded a file over the limit")
    } catch {
      #expect(error.kind == .refused)
      #expect(error.diagnostics.first?.message.hasPrefix("the file is ") == true)
      #expect(error.diagnostics.first?.message.contains("larger than the limit of 100 bytes") == true)
    }
  }
}
