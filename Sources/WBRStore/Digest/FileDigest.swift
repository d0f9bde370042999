import Foundation
import WBRModel

/// The SHA-256 of a file, read in 1 MiB chunks.
///
/// Why not `FileBytes.read` and then hash: that holds the whole deck (up to the load's size
/// bound, a hundred MB or more) in memory a second time only to hash it once; chunks keep the
/// export's memory flat and the hash runs while the data is still in cache. The same errors
/// and size bound as `FileBytes.read`, so the notes say the same thing when a read fails.
enum FileDigest {
  static let chunkSize = 1 << 20

  static func sha256(_ path: String, maxBytes: Int) throws(InputError) -> String {
    // O_NONBLOCK: a deck read from a FIFO must not block here waiting for a second writer.
    let fd = PosixFile.openFile(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw FileBytes.openFailure(path, code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw FileBytes.missing(path, reason: String(cString: strerror(errno)))
    }
    // Only a regular file can be read again as it was loaded; a pipe's bytes are gone.
    let kind = FileKind(mode: info.st_mode)
    guard kind == .regular else {
      throw FileBytes.missing(path, reason: "it is \(kind.phrase), which cannot be read a second time")
    }
    BoundedRead.makeBlocking(fd)
    if Int(info.st_size) > maxBytes {
      throw FileBytes.tooBig(path, size: Int(info.st_size), maxBytes: maxBytes)
    }
    var hasher = SHA256()
    var total = 0
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }
    while true {
      let n = Foundation.read(fd, chunk.baseAddress, chunk.count)
      if n < 0 {
        if errno == EINTR { continue }
        throw FileBytes.missing(path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      total += n
      // A growing file has no trustworthy size: check as we go.
      if total > maxBytes { throw FileBytes.tooBig(path, size: total, maxBytes: maxBytes) }
      hasher.update(buffer: UnsafeBufferPointer(chunk.prefix(n).assumingMemoryBound(to: UInt8.self)))
    }
    return SHA256.hex(hasher.finalize())
  }
}
