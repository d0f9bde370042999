import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The journal file: append-only JSON Lines, one event per line, each written and fsync'd
/// before `append` returns, so that whatever the screen shows as saved survives SIGKILL or a
/// power cut.
///
/// One writer at a time: the writer holds an exclusive advisory lock (`flock`) on the file
/// itself for as long as it is open; a second `wbr` on the same journal gets the journal
/// read-only, with the reason. The file is never rewritten, truncated or reordered; a torn
/// last line is reported, skipped and fenced off with a newline before the next append.
public final class JournalFile {
  /// Whether appends are allowed.
  public enum Access: Sendable, Equatable {
    case readWrite
    /// Read-only, and why, in words for the status line.
    case readOnly(reason: String)
  }

  public let path: String
  public private(set) var access: Access
  /// What was read at open, plus every event appended since.
  public private(set) var contents: JournalContents
  private var fd: Int32

  private init(path: String, access: Access, contents: JournalContents, fd: Int32) {
    self.path = path
    self.access = access
    self.contents = contents
    self.fd = fd
  }

  deinit { close() }

  public var isReadOnly: Bool { access != .readWrite }

  /// Opens (creating it if need be) and locks the journal for writing; falls back to
  /// read-only, with the reason, when another process holds it or it cannot be written.
  /// Throws only when it cannot even be read, or is over `maxBytes` (not a journal).
  public static func open(
    path: String, maxBytes: Int = LoadOptions().maxFileBytes
  ) throws(JournalError) -> JournalFile {
    let existed = PosixFile.exists(path)
    let fd = PosixFile.openFile(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    if fd < 0 {
      let code = errno
      guard code == EACCES || code == EPERM || code == EROFS else {
        throw .cannotOpen(path: path, reason: PosixFile.reason(code))
      }
      return try openReadOnly(path: path, reason: "no permission to write it", maxBytes: maxBytes)
    }
    if !existed { _ = PosixFile.syncFolder(of: path) }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      let reason =
        code == EWOULDBLOCK
        ? "another wbr has this journal open; changes here will not be saved"
        : "cannot lock it (\(PosixFile.reason(code)))"
      PosixFile.closeFile(fd)
      return try openReadOnly(path: path, reason: reason, maxBytes: maxBytes)
    }
    let file = JournalFile(path: path, access: .readWrite, contents: JournalContents(), fd: fd)
    try file.load(maxBytes: maxBytes)
    return file
  }

  /// Opens the journal for reading only, without a lock (`wbr notes`, a second `wbr`).
  /// A journal that does not exist reads as empty.
  public static func openReadOnly(
    path: String, reason: String, maxBytes: Int = LoadOptions().maxFileBytes
  ) throws(JournalError) -> JournalFile {
    let fd = PosixFile.openFile(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      let code = errno
      if code == ENOENT && PosixFile.isDirectory(PosixFile.folder(of: path)) {
        return JournalFile(path: path, access: .readOnly(reason: reason), contents: JournalContents(), fd: -1)
      }
      throw .cannotOpen(path: path, reason: PosixFile.reason(code))
    }
    let file = JournalFile(path: path, access: .readOnly(reason: reason), contents: JournalContents(), fd: fd)
    try file.load(maxBytes: maxBytes)
    return file
  }

  private func load(maxBytes: Int) throws(JournalError) {
    var info = stat()
    if fstat(fd, &info) == 0, Int(info.st_size) > maxBytes {
      throw .cannotOpen(
        path: path,
        reason: "it is \(FileBytes.megabytes(Int(info.st_size))), larger than the limit of "
          + "\(FileBytes.megabytes(maxBytes)); is this the right file?")
    }
    switch PosixFile.readAll(fd) {
    case .failure(let e):
      throw .io(path: path, reason: "cannot read the journal: \(e.reason)")
    case .success(let bytes):
      contents = JournalDecoder.decode(bytes: bytes, file: path)
    }
  }

  /// Appends `event` as one line and fsyncs before returning: once this returns, the event
  /// is on disk. On failure nothing is shown as saved and the error says why.
  public func append(_ event: RecordEvent) throws(JournalError) {
    if case .readOnly(let reason) = access { throw .readOnly(path: path, reason: reason) }
    let line = (contents.needsNewline ? "\n" : "") + JournalEncoder.line(event) + "\n"
    // Until the write is known to be complete, the next append must fence off a torn line.
    contents.needsNewline = true
    let code = PosixFile.writeAll(fd, Array(line.utf8))
    if code != 0 { throw .io(path: path, reason: "cannot write the journal: \(PosixFile.reason(code))") }
    let syncCode = PosixFile.sync(fd)
    if syncCode != 0 {
      throw .io(path: path, reason: "cannot save the journal to disk: \(PosixFile.reason(syncCode))")
    }
    contents.needsNewline = false
    contents.entries.append(.event(event))
  }

  /// Releases the lock and the file. Further appends fail as read-only.
  public func close() {
    if fd >= 0 { PosixFile.closeFile(fd) }
    fd = -1
    if access == .readWrite { access = .readOnly(reason: "the journal is closed") }
  }
}
