import Foundation
import WBRBuild
import WBRModel

/// Writes a small config and CSV to a temporary directory and builds them.
struct BuildFixture {
  let dir: URL
  var configPath: String { dir.appendingPathComponent("wbr.yaml").path }
  var dataPath: String { dir.appendingPathComponent("daily.csv").path }

  init(config: String, csv: String) throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("wbr-build-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try config.write(toFile: dir.appendingPathComponent("wbr.yaml").path, atomically: true, encoding: .utf8)
    try csv.write(toFile: dir.appendingPathComponent("daily.csv").path, atomically: true, encoding: .utf8)
  }

  func build(_ options: BuildOptions = BuildOptions()) throws(InputError) -> (Deck, [Diagnostic]) {
    try DeckBuilder.build(configPath: configPath, dataPath: dataPath, options: options)
  }

  /// The error a build is refused with (nil when it succeeds).
  func refusal(_ options: BuildOptions = BuildOptions()) -> InputError? {
    do {
      _ = try build(options)
      return nil
    } catch {
      return error
    }
  }

  /// Daily rows from `from` for `days` days: "YYYY-MM-DD,<value(i)>".
  static func rows(from: String, days: Int, _ value: (Int) -> String) -> String {
    guard let start = Day(iso: from) else { return "" }
    return (0..<days).map { "\(start.adding(days: $0)),\(value($0))" }.joined(separator: "\n")
  }

  static func config(weekEnding: String, metrics: String, extraSetup: String = "") -> String {
    "setup:\n  week_ending: \(weekEnding)\n  title: Test\n\(extraSetup)metrics:\n\(metrics)"
  }
}
