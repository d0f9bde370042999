import Foundation
import Testing
import WBRModel
import WBRStore

/// The notes' deck SHA-256 is of the deck the meeting loaded: taken from the file only while
/// it is still that file, and said to be missing (with why) otherwise.
@Suite struct DeckChecksumTests {
  /// A deck file in a fresh folder, loaded as the meeting loads it.
  struct DeckOnDisk {
    let folder: String
    let path: String
    let bytes: [UInt8]
    let loaded: LoadedDeck

    /// `padding` trailing blank lines make the file span several read chunks.
    init(padding: Int = 0) throws {
      folder =
        FileManager.default.temporaryDirectory.appendingPathComponent("wbr-sha-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      path = folder + "/deck.json"
      bytes = try Self.sampleDeck() + [UInt8](repeating: 0x0a, count: padding)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      loaded = try DeckLoader.load(deckPath: path)
    }

    /// The sample deck's bytes (sample-data/retail-deck.json).
    static func sampleDeck() throws -> [UInt8] {
      let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
      return [UInt8](try Data(contentsOf: repo.appendingPathComponent("sample-data/retail-deck.json")))
    }

    func take(maxBytes: Int = 1 << 20) -> DeckChecksum {
      DeckChecksum.take(path: path, loaded: loaded.deckStamp, maxBytes: maxBytes)
    }

    func rewrite(_ text: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
  }

  @Test func anUnchangedDeckIsHashed() throws {
    let d = try DeckOnDisk()
    defer { try? FileManager.default.removeItem(atPath: d.folder) }
    #expect(d.loaded.deckStamp != nil)
    #expect(d.take() == .sha256(SHA256.hex(of: d.bytes)))
    #expect(d.take().sha256?.count == 64 && d.take().reason == nil)
  }

  /// The file is hashed in chunks; a file of a few chunks and an odd tail gives the digest
  /// of its bytes as a whole.
  @Test func aDeckLargerThanOneReadChunkIsHashedWhole() throws {
    let d = try DeckOnDisk(padding: (5 << 19) + 37)
    defer { try? FileManager.default.removeItem(atPath: d.folder) }
    #expect(d.bytes.count > 2 << 20)
    #expect(d.take(maxBytes: 8 << 20) == .sha256(SHA256.hex(of: d.bytes)))
  }

  @Test func aDeckChangedAfterTheLoadIsNotHashed() throws {
    let d = try DeckOnDisk()
    defer { try? FileManager.default.removeItem(atPath: d.folder) }
    try d.rewrite("{}")
    #expect(d.take() == .notTaken("the deck file changed on disk after it was loaded"))
    // Grown past the bound: refused as changed without reading it.
    try d.rewrite(String(repeating: " ", count: 2 << 20))
    #expect(d.take(maxBytes: 1 << 20).reason == "the deck file changed on disk after it was loaded")
    try FileManager.default.removeItem(atPath: d.path)
    #expect(d.take().reason == "the deck file changed on disk after it was loaded")
  }

  @Test func sameBytesWrittenAgainStillCountAsAChange() throws {
    let d = try DeckOnDisk()
    defer { try? FileManager.default.removeItem(atPath: d.folder) }
    let moved = d.folder + "/old.json"
    try FileManager.default.moveItem(atPath: d.path, toPath: moved)
    try FileManager.default.copyItem(atPath: moved, toPath: d.path)
    #expect(d.take().sha256 == nil)
  }

  @Test func aDeckWithoutAStampIsNotHashed() throws {
    let d = try DeckOnDisk()
    defer { try? FileManager.default.removeItem(atPath: d.folder) }
    let fromBytes = try DeckLoader.load(deckBytes: d.bytes, deckName: d.path)
    #expect(fromBytes.deckStamp == nil)
    #expect(
      DeckChecksum.take(path: d.path, loaded: nil, maxBytes: 1 << 20)
        == .notTaken("the deck file changed while it was being loaded"))
  }
}
