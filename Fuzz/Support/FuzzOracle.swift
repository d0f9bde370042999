import Foundation
import WBRModel

/// Turns the problems `OutputChecks` (Tests/WBRModelTests/OutputChecks.swift, compiled into
/// every target) finds into a crash, so that libFuzzer saves the input that caused them.
enum FuzzOracle {
  /// Stops the run with the problems, if any.
  static func require(_ problems: [String]) {
    if problems.isEmpty { return }
    FileHandle.standardError.write(Data(("fuzz oracle: " + problems.joined(separator: "\n") + "\n").utf8))
    abort()
  }

  static func require(_ ok: Bool, _ what: @autoclosure () -> String) {
    if !ok { require([what()]) }
  }

  /// The input as bytes, copied out of libFuzzer's buffer.
  static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
  }
}
