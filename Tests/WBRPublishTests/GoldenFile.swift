import Foundation
import Testing

/// Compares `actual` with `Golden/<name>` next to this file. `WBR_RECORD=1` re-records on
/// purpose (review with `git diff`); a missing golden file fails unless recording.
enum GoldenFile {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func assertMatches(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WBR_RECORD"] == "1" {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file)
      } catch {
        Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: file), let expected = String(data: data, encoding: .utf8) else {
      Issue.record("no golden file \(file.path); run with WBR_RECORD=1", sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let shown = (max(0, first - 1)..<min(max(a.count, b.count), first + 3)).map { i in
      "line \(i + 1):\n- " + (i < a.count ? String(a[i]) : "") + "\n+ " + (i < b.count ? String(b[i]) : "")
    }
    Issue.record(
      Comment(
        rawValue: "\(name) differs from the golden file (WBR_RECORD=1 re-records):\n"
          + shown.joined(separator: "\n")),
      sourceLocation: sourceLocation)
  }
}
