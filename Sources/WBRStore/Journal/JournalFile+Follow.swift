import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a record that others write, for `wbr meet --follow`: opened once, then only what
/// was appended is read (`readGrown`), unless the file at the path is no longer the one read.
extension JournalFile {
  /// What happened to the file at `path` since the last read.
  public enum DiskChange: Sendable, Equatable {
    /// Nothing more to read (or the path is gone for now: what was read stays shown).
    case unchanged
    /// It is longer than what was read: `readGrown()` reads the rest.
    case grown
    /// Another file is at the path (renamed over it, or created since a journal that did not
    /// exist was opened), or the file is shorter than what was read (truncated): what was read
    /// no longer leads to what is there, so it must be read again from the start.
    case replaced
  }

  /// Opens the journal read-only to follow it: like `openReadOnly`, but read under the shared
  /// lock (waiting up to a second, then reading anyway) so that an append half-way through is
  /// not taken for a torn line before `readGrown()` goes on from its end.
  public static func openFollowing(
    path: String, reason: String, maxBytes: Int = LoadOptions().maxFileBytes
  ) throws(JournalError) -> JournalFile {
    let fd = PosixFile.openFile(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0, FileKind(descriptor: fd) == .regular else {
      if fd >= 0 { PosixFile.closeFile(fd) }
      return try openReadOnly(path: path, reason: reason, maxBytes: maxBytes)
    }
    BoundedRead.makeBlocking(fd)
    let locked = JournalLock.acquire(fd, exclusive: false, waiting: openWait) == 0
    defer { if locked { JournalLock.release(fd) } }
    let file = JournalFile(path: path, access: .readOnly(reason: reason), contents: JournalContents(), fd: fd)
    try file.load(maxBytes: maxBytes)
    return file
  }

  /// Whether the file at `path` grew or was replaced since the last read: two `stat` calls,
  /// no lock, no read.
  public func changeOnDisk() -> DiskChange {
    var there = stat()
    guard stat(path, &there) == 0 else { return .unchanged }
    guard FileKind(mode: there.st_mode) == .regular else { return .unchanged }
    var open = stat()
    guard fd >= 0, fstat(fd, &open) == 0, FileKind(mode: open.st_mode) == .regular else { return .replaced }
    if open.st_dev != there.st_dev || open.st_ino != there.st_ino { return .replaced }
    let size = Int(there.st_size)
    if size < readOffset { return .replaced }
    return size > readOffset ? .grown : .unchanged
  }
}
