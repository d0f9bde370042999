import Foundation
import Testing

/// Compares output with a golden file under `Golden/`, byte for byte (the e2e script compares
/// the binary's output with the same files using `cmp`).
///
/// `WBR_RECORD=1` (re)writes them, as for the other golden files; the gate's goldens are changed
/// only on purpose, with the reason in the commit and docs/DECISIONS.md.
enum CompatGolden {
  static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = CompatCase.folder.appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WBR_RECORD"] == "1" {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
      } catch {
        Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      Issue.record("no golden file \(url.path); WBR_RECORD=1 records it", sourceLocation: sourceLocation)
      return
    }
    guard expected != Data(actual.utf8) else { return }
    Issue.record(
      Comment(rawValue: "\(name) differs from the golden file:\n" + firstDifference(expected, actual)),
      sourceLocation: sourceLocation)
  }

  /// The first line that differs, with two lines before it, golden (-) against actual (+).
  /// Lines end at each LF byte (CSV's CRLF is one `Character`, so `String.split` would not).
  static func firstDifference(_ expected: Data, _ actual: String) -> String {
    let old = lines(Array(expected))
    let new = lines(Array(actual.utf8))
    var i = 0
    while i < old.count, i < new.count, old[i] == new[i] { i += 1 }
    var lines = ["@@ line \(i + 1)"]
    lines += old[max(0, i - 2)..<i].map { " " + $0 }
    if i < old.count { lines.append("-" + old[i]) } else { lines.append("- (end of file)") }
    if i < new.count { lines.append("+" + new[i]) } else { lines.append("+ (end of file)") }
    return lines.joined(separator: "\n")
  }

  private static func lines(_ bytes: [UInt8]) -> [String] {
    bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
  }
}
