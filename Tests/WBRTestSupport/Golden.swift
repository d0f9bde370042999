import Foundation
import Testing

/// Golden files: the expected output of a test (a screen, a report, notes) kept as a plain
/// text file beside the tests, compared byte for byte, re-recorded only on purpose.
///
/// Run the tests with `WBR_RECORD=1` to (re)write the golden files instead of comparing, then
/// review the change with `git diff` and say why in the commit. A missing golden file fails
/// unless recording, so a forgotten file cannot pass.
public enum Golden {
  /// The environment variable that turns comparing into recording.
  public static let recordVariable = "WBR_RECORD"

  public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

  /// Compares `actual` with the golden file at `file`, or records it there.
  public static func check(_ actual: String, file: URL, sourceLocation: SourceLocation) {
    if isRecording {
      do {
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file, options: .atomic)
      } catch {
        Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: file) else {
      Issue.record(
        "no golden file \(file.path); run with \(recordVariable)=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    // Bytes, not `String ==`: that compares by canonical equivalence, so a precomposed "é"
    // would match a decomposed one and a golden file could drift unseen.
    guard data != Data(actual.utf8) else { return }
    let expected = String(decoding: data, as: UTF8.self)
    let message =
      "\(file.lastPathComponent) differs from its golden file \(file.path) "
      + "(- golden, + actual; \(recordVariable)=1 re-records):\n" + LineDiff.unified(expected, actual)
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}

/// Compares `actual` with the golden file at `path`, relative to the folder of the calling
/// test file (`"Golden/retail-report.json"`).
public func assertGolden(
  _ actual: String, at path: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  Golden.check(actual, file: folder.appendingPathComponent(path), sourceLocation: sourceLocation)
}

/// Compares a golden screen: `__Snapshots__/<calling test file>/<name>.txt` beside the
/// calling test file (the folder keeps the name it was made with).
public func assertGolden(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let testFile = URL(fileURLWithPath: filePath)
  let file = testFile.deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
    .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    .appendingPathComponent(name + ".txt")
  Golden.check(actual, file: file, sourceLocation: sourceLocation)
}
