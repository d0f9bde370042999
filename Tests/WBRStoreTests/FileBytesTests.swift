import Foundation
import Testing
import WBRModel
import WBRStore

/// `FileBytes.read` reads a regular file straight into its array and anything without a size
/// (a pipe) in chunks, with the size bound either way; its chunked form (the CSV reader's)
/// hands over the same bytes and refuses the same paths.
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

  /// `bytes` written into a pipe by a thread of its own (a pipe holds 64 kB: the reader
  /// must be reading while the rest is written); `body` gets the pipe's path.
  static func throughAPipe(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
    // The reader may stop early on an oversized stream: the writer must get EPIPE, not the signal.
    signal(SIGPIPE, SIG_IGN)
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    let writer = fds[1]
    let done = DispatchSemaphore(value: 0)
    Thread {
      var sent = 0
      while sent < bytes.count {
        let n = bytes.withUnsafeBytes { raw in
          raw.baseAddress.map { write(writer, $0 + sent, bytes.count - sent) } ?? -1
        }
        if n <= 0 { break }
        sent += n
      }
      close(writer)
      done.signal()
    }.start()
    defer {
      close(fds[0])
      done.wait()
    }
    try body("/dev/fd/\(fds[0])")
  }

  @Test(arguments: [((3 << 20) + 5, 4 << 20), (70_000, 4 << 20), (2 << 20, 1 << 20)])
  func pipesReadWithTheBound(size: Int, limit: Int) throws {
    let bytes = Self.pattern(size)
    try Self.throughAPipe(bytes) { (path) throws in
      if size <= limit {
        #expect(try FileBytes.read(path, maxBytes: limit) == bytes)
      } else {
        #expect(throws: InputError.self) { try FileBytes.read(path, maxBytes: limit) }
      }
    }
  }

  /// The chunked read hands over every byte, in order, in pieces no larger than asked.
  @Test(arguments: [0, 1, 4095, (1 << 20) + 3])
  func chunksOfARegularFile(size: Int) throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("f")
    try Data(Self.pattern(size)).write(to: file)
    var got: [UInt8] = []
    var largest = 0
    try FileBytes.read(file.path, maxBytes: 4 << 20, chunk: 1000) { piece, fileSize in
      #expect(fileSize == size)
      largest = max(largest, piece.count)
      got.append(contentsOf: piece)
    }
    #expect(got == Self.pattern(size))
    #expect(largest <= 1000)
  }

  @Test func chunksOfAPipeWithTheBound() throws {
    let bytes = Self.pattern(300_000)
    try Self.throughAPipe(bytes) { (path) throws in
      var got: [UInt8] = []
      try FileBytes.read(path, maxBytes: 1 << 20, chunk: 1 << 16) { piece, _ in got.append(contentsOf: piece)
      }
      #expect(got == bytes)
    }
    try Self.throughAPipe(bytes) { (path) throws in
      #expect {
        try FileBytes.read(path, maxBytes: 100_000, chunk: 1 << 16) { _, _ in }
      } throws: { error in
        (error as? InputError)?.diagnostics.first?.message.contains("the stream is larger than the limit")
          == true
      }
    }
  }

  /// The chunked read refuses what the whole read refuses, with the same words.
  @Test func chunksRefuseWhatTheWholeReadRefuses() throws {
    let dir = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("fifo").path
    try #require(mkfifo(fifo, 0o600) == 0)
    for path in ["/dev/zero", dir.path, fifo, dir.appendingPathComponent("none").path] {
      var whole: String?
      do throws(InputError) { _ = try FileBytes.read(path, maxBytes: 1 << 20) } catch {
        whole = error.diagnostics.first?.message
      }
      var chunked: String?
      do throws(InputError) { try FileBytes.read(path, maxBytes: 1 << 20, chunk: 1 << 16) { _, _ in } } catch
      {
        chunked = error.diagnostics.first?.message
      }
      #expect(whole != nil && chunked == whole, "\(path)")
    }
  }
}
