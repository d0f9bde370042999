import Foundation
import Testing
import WBRBuild
import WBRModel

/// Every input the `wbr build` fuzzers ever flagged (Fuzz/regressions/<target>/) and every
/// seed (Fuzz/corpus/<target>/) goes through the fuzz targets' own code again and must be
/// handled: a located error or a deck that reads back and prints safely.
@Suite struct FuzzBuildRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func replay(_ target: String, _ run: ([UInt8]) -> [String]) -> Int {
    var count = 0
    for kind in ["corpus", "regressions"] {
      let dir = root.appendingPathComponent("Fuzz/\(kind)/\(target)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names.sorted() where !name.hasPrefix(".") {
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else {
          continue
        }
        let problems = run([UInt8](data))
        #expect(problems.isEmpty, "\(kind)/\(target)/\(name): \(problems.joined(separator: "; "))")
        count += 1
      }
    }
    return count
  }

  @Test func csvInputs() {
    #expect(Self.replay("CSVReaderFuzz", BuildFuzzInputs.csv) >= 3)
  }

  @Test func configInputs() {
    #expect(Self.replay("ConfigReaderFuzz", BuildFuzzInputs.config) >= 3)
  }

  /// The fixed config and data the fuzzers build with make a deck (else the build half of
  /// each target would test nothing).
  @Test func theFixedBuildWorks() throws {
    var log = BuildLog()
    let config = try ConfigReader.parse(BuildFuzzInputs.fixedConfig, file: "c.yaml", log: &log)
    let table = try CSVReader.parse(bytes: Array(BuildFuzzInputs.fixedData.utf8), file: "d.csv")
    let deck = try DeckBuilder.build(config: config, table: table, configFile: "c", dataFile: "d", log: &log)
    #expect(deck.metrics.map(\.id).count == 2)
    #expect(BuildFuzzInputs.build(config: BuildFuzzInputs.fixedConfig, table: table).isEmpty)
  }
}
