import Foundation
import Testing

/// Compares `actual` with the golden file `__Snapshots__/<test file>/<name>.txt` next to the
/// calling test file, and fails with a line diff when they differ.
///
/// Run with `WBR_RECORD=1` to (re)write the golden files instead; review the diff in git.
/// A missing golden file is a failure unless recording, so a forgotten file cannot pass.
func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let testFile = URL(fileURLWithPath: filePath)
  let folder = testFile.deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
    .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
  let file = folder.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["WBR_RECORD"] == "1" {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record("no snapshot at \(file.path); run with WBR_RECORD=1", sourceLocation: sourceLocation)
    return
  }
  guard expected != actual else { return }
  let diff = lineDiff(expected, actual)
  Issue.record("snapshot \(name) differs (-expected +actual):\n\(diff)", sourceLocation: sourceLocation)
}

/// The differing lines, numbered, as "-expected" / "+actual" pairs.
func lineDiff(_ expected: String, _ actual: String) -> String {
  let e = expected.components(separatedBy: "\n")
  let a = actual.components(separatedBy: "\n")
  var out: [String] = []
  for i in 0..<max(e.count, a.count) {
    let left = i < e.count ? e[i] : nil
    let right = i < a.count ? a[i] : nil
    guard left != right else { continue }
    if let left { out.append(String(format: "%4d -|", i + 1) + left + "|") }
    if let right { out.append(String(format: "%4d +|", i + 1) + right + "|") }
  }
  return out.joined(separator: "\n")
}
