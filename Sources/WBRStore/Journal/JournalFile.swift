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
  /// Throws only when it cannot even be read, is over `maxBytes` (not a journal), or is not
  /// a regular file: a journal is appended to, locked and synced, which a pipe or a device
  /// cannot be (`--journal /dev/zero` once grew without bound; a FIFO gave "Illegal seek").
  public static func open(
    path: String, maxBytes: Int = LoadOptions().maxFileBytes
  ) throws(JournalError) -> JournalFile {
    // Checked before opening: opening a device for writing may already do something.
    if let kind = FileKind(path: path), kind != .regular { throw notAFile(path, kind) }
    let existed = PosixFile.exists(path)
    let fd = PosixFile.openFile(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o644)
    if fd < 0 {
      let code = errno
      guard code == EACCES || code == EPERM || code == EROFS else {
        throw .cannotOpen(path: path, reason: PosixFile.reason(code))
      }
      return try openReadOnly(path: path, reason: "no permission to write it", maxBytes: maxBytes)
    }
    // And after: the path may have been swapped for something else in between.
    if let kind = FileKind(descriptor: fd), kind != .regular {
      PosixFile.closeFile(fd)
      throw notAFile(path, kind)
    }
    BoundedRead.makeBlocking(fd)
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
  /// A journal that does not exist reads as empty. A pipe (`--journal <(ssh host cat …)`)
  /// is read as a stream with the size bound; a FIFO that no program writes to reads as
  /// empty at once; devices and directories are refused.
  public static func openReadOnly(
    path: String, reason: String, maxBytes: Int = LoadOptions().maxFileBytes
  ) throws(JournalError) -> JournalFile {
    let fd = PosixFile.openFile(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      let code = errno
      if code == ENOENT && PosixFile.isDirectory(PosixFile.folder(of: path)) {
        return JournalFile(path: path, access: .readOnly(reason: reason), contents: JournalContents(), fd: -1)
      }
      if code == ENXIO, let kind = FileKind(path: path) { throw notAFile(path, kind) }
      throw .cannotOpen(path: path, reason: PosixFile.reason(code))
    }
    if let kind = FileKind(descriptor: fd), kind != .regular && kind != .fifo {
      PosixFile.closeFile(fd)
      throw notAFile(path, kind)
    }
    BoundedRead.makeBlocking(fd)
    let file = JournalFile(path: path, access: .readOnly(reason: reason), contents: JournalContents(), fd: fd)
    try file.load(maxBytes: maxBytes)
    return file
  }

  private static func tooBig(_ path: String, _ what: String, _ maxBytes: Int) -> JournalError {
    .cannotOpen(
      path: path,
      reason: "\(what), larger than the limit of \(FileBytes.megabytes(maxBytes)); is this the right file?")
  }

  private static func notAFile(_ path: String, _ kind: FileKind) -> JournalError {
    .cannotOpen(path: path, reason: "it is \(kind.phrase); the journal must be a regular file")
  }

  /// Reads what is there, never more than `maxBytes`: a regular file from its start (it is
  /// open for appending), a pipe to its end.
  private func load(maxBytes: Int) throws(JournalError) {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .io(path: path, reason: "cannot read the journal: \(PosixFile.reason(errno))")
    }
    let regular = FileKind(mode: info.st_mode) == .regular
    let size = regular ? Int(info.st_size) : 0
    if size > maxBytes { throw JournalFile.tooBig(path, "it is \(FileBytes.megabytes(size))", maxBytes) }
    switch BoundedRead.all(fd, maxBytes: maxBytes, sizeHint: size, fromStart: regular) {
    case .failure(.system(let code)):
      throw .io(path: path, reason: "cannot read the journal: \(PosixFile.reason(code))")
    case .failure(.tooBig(let n)):
      throw JournalFile.tooBig(path, regular ? "it is \(FileBytes.megabytes(n))" : "it is a stream", maxBytes)
    case .success(let bytes):
      contents = JournalDecoder.decode(bytes: bytes, file: path)
    }
  }

  /// Appends `event` as one line and fsyncs before returning: once this returns, the event
  /// is on disk. On failure nothing is shown as saved and the error says why.
  public func append(_ event: RecordEvent) throws(JournalError) {
    try append([event])
  }

  /// Appends `events` as consecutive lines in one write, and fsyncs once: a session's first
  /// line goes out with its first change.
  public func append(_ events: [RecordEvent]) throws(JournalError) {
    if case .readOnly(let reason) = access { throw .readOnly(path: path, reason: reason) }
    guard !events.isEmpty else { return }
    let line = (contents.needsNewline ? "\n" : "") + events.map { JournalEncoder.line($0) + "\n" }.joined()
    // Until the write is known to be complete, the next append must fence off a torn line.
    contents.needsNewline = true
    let code = PosixFile.writeAll(fd, Array(line.utf8))
    if code != 0 { throw .io(path: path, reason: "cannot write the journal: \(PosixFile.reason(code))") }
    let syncCode = PosixFile.sync(fd)
    if syncCode != 0 {
      throw .io(path: path, reason: "cannot save the journal to disk: \(PosixFile.reason(syncCode))")
    }
    contents.needsNewline = false
    var line0 = contents.lineCount
    for event in events {
      line0 += 1
      contents.append(.event(event), line: line0)
    }
  }

  /// Releases the lock and the file. Further appends fail as read-only.
  public func close() {
    if fd >= 0 { PosixFile.closeFile(fd) }
    fd = -1
    if access == .readWrite { access = .readOnly(reason: "the journal is closed") }
  }
}
