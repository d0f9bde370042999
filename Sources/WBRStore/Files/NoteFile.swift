#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends to a small text file that may not exist yet (the meeting's recovery note), and
/// syncs it: only a regular file, never a FIFO or a device planted at its path, and never a
/// wait (`FileHandle(forWritingAtPath:)` blocks forever on a FIFO nothing reads).
public enum NoteFile {
  /// Whether `text` is now on disk at the end of `path`.
  public static func append(_ text: String, to path: String) -> Bool {
    let fd = PosixFile.openFile(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return false }
    defer { PosixFile.closeFile(fd) }
    guard FileKind(descriptor: fd) == .regular else { return false }
    BoundedRead.makeBlocking(fd)
    return PosixFile.writeAll(fd, Array(text.utf8)) == 0 && PosixFile.sync(fd) == 0
  }
}
