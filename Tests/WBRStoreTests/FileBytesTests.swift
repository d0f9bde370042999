import Foundation
import Testing
import WBRModel
import WBRStore

/// `FileBytes.read` reads a regular file straight into its array and anything without a size
/// (a pipe) in chunks, with the size bound either way.
@Suite struct FileBytesTests {
  static func scratch() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wbr-bytes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// `count` bytes that differ from one place to the next.
  static func pattern(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
  }

  @Test(arguments: [0, 1, 4095, 1 << 16, (1 << 20) + 3, 3 << 20])
  func regularFilesReadWhole(size: Int) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("f")
    try Data(Self.pattern(size)).write(to: file)
    #expect(try FileBytes.read(file.path, maxBytes: 4 << 20) == Self.pattern(size))
  }

  @Test func pipesReadInChunksWithTheBound() throws {
    // The reader stops early on the oversized pipe: its writer must get EPIPE, not the signal.
    signal(SIGPIPE, SIG_IGN)
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for (size, limit) in [((3 << 20) + 5, 4 << 20), (70_000, 4 << 20), (2 << 20, 1 << 20)] {
      let bytes = Self.pattern(size)
      let done = DispatchSemaphore(value: 0)
      Thread {
        let fd = open(fifo, O_WRONLY)
        var sent = 0
        while fd >= 0, sent < bytes.count {
          let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + sent, bytes.count - sent) }
          if n <= 0 { break }
          sent += n
        }
        if fd >= 0 { close(fd) }
        done.signal()
      }.start()
      if size <= limit {
        #expect(try FileBytes.read(fifo, maxBytes: limit) == bytes)
      } else {
        #expect(throws: InputError.self) { try FileBytes.read(fifo, maxBytes: limit) }
      }
      done.wait()
    }
  }
}
