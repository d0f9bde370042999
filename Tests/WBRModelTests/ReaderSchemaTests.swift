import Foundation
import Testing
import WBRModel

/// The JSON Schemas in docs/schema are part of the contract pipelines validate against: they
/// must be valid JSON, and must accept what `wbr` accepts and refuse what it refuses (for the
/// rules a schema can express).
@Suite struct ReaderSchemaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var hasJSONSchema: Bool {
    run(["python3", "-c", "import jsonschema"]).status == 0
  }

  static func run(_ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      return (127, "\(error)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(arguments: ["deck", "owners"]) func schemasAreValidJSON(name: String) throws {
    let url = Self.root.appendingPathComponent("docs/schema/\(name).schema.json")
    let bytes = try [UInt8](Data(contentsOf: url))
    let result = DeckReader.read(bytes: bytes, file: url.path)
    // Read as a deck it is refused for its content, never for its syntax.
    #expect(!result.errors.contains { $0.message.hasPrefix("not valid JSON") })
    let node = try JSONParser.parse(bytes)
    #expect(node["$schema"]?.value == .string("https://json-schema.org/draft/2020-12/schema"))
  }

  @Test(.enabled(if: hasJSONSchema)) func schemasAgreeWithTheReader() throws {
    let script = """
      import json, sys, jsonschema
      def validator(name):
          schema = json.load(open(f"docs/schema/{name}.schema.json"))
          jsonschema.Draft202012Validator.check_schema(schema)
          return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
      deck, owners = validator("deck"), validator("owners")
      for path in sys.argv[1:]:
          v = owners if "owner" in path else deck
          print(path, "valid" if v.is_valid(json.load(open(path))) else "invalid")
      """
    let f = "tests-e2e/fixtures/"
    let files = [
      "sample-data/retail-deck.json", "sample-data/owners.json", f + "good-deck.json", f + "owners.json",
      f + "warnings-deck.json", f + "string-number-deck.json", f + "version2-deck.json",
      f + "empty-metrics-deck.json", f + "partial-week-deck.json",
    ].filter { FileManager.default.fileExists(atPath: Self.root.appendingPathComponent($0).path) }
    let result = Self.run(["python3", "-c", script] + files)
    #expect(result.status == 0, "\(result.output)")
    for line in result.output.split(separator: "\n") {
      let parts = line.split(separator: " ")
      guard parts.count == 2 else { continue }
      let path = String(parts[0])
      let loads = (try? DeckLoaderProbe.loads(Self.root.appendingPathComponent(path).path)) ?? false
      #expect((parts[1] == "valid") == loads, "\(path): schema says \(parts[1]), wbr loads: \(loads)")
    }
  }

  @Test func theSampleDeckCanBeReviewed() throws {
    let deck = Self.root.appendingPathComponent("sample-data/retail-deck.json").path
    let owners = Self.root.appendingPathComponent("sample-data/owners.json").path
    guard FileManager.default.fileExists(atPath: deck) else { return }
    let loaded = try loadDeckFiles(deckPath: deck, ownersPath: owners)
    #expect(!loaded.deck.metrics.isEmpty)
    #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
  }
}

/// Whether `wbr` would accept a file on its own (owners files checked as owners files).
enum DeckLoaderProbe {
  static func loads(_ path: String) throws -> Bool {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    if path.contains("owner") { return OwnersReader.read(bytes: bytes, file: path).value != nil }
    return DeckReader.read(bytes: bytes, file: path).value != nil
  }
}
