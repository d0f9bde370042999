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
/// Several writers share it (docs/JOURNAL.md, "Several writers"): each append takes an
/// exclusive `flock`, reads what the others appended since (so its own lines follow theirs in
/// the record as in the file), writes its lines in one `write`, fsyncs and lets go. Between
/// appends `readGrown()` reads what the others wrote. On a network file system it falls back
/// to one writer holding the lock for the whole session (`Sharing.oneWriter`); a second
/// `wbr` there gets the journal read-only, with the reason. The file is never rewritten,
/// truncated or reordered; a torn last line is reported, skipped and fenced off with a
/// newline before the next append.
public final class JournalFile {
  /// Whether appends are allowed.
  public enum Access: Sendable, Equatable {
    case readWrite
    /// Read-only, and why, in words for the status line.
    case readOnly(reason: String)
  }

  /// How this writer shares the file with others.
  public enum Sharing: Sendable, Equatable {
    /// Any number of writers: the lock is taken per append.
    case severalWriters
    /// This writer holds the lock for the whole session, and why (a network file system).
    case oneWriter(reason: String)
  }

  public let path: String
  public private(set) var access: Access
  public private(set) var sharing: Sharing
  /// What was read at open, plus every event appended since, by this writer or another, in
  /// file order.
  public internal(set) var contents: JournalContents
  var fd: Int32
  /// How many bytes of the file `contents` holds: where the next read of what grew starts.
  var readOffset = 0
  /// Events other writers appended that an append of this one read (under its lock, before
  /// writing), not yet taken by `readGrown()` or `takeGrown()`.
  var grownByOthers: [RecordEvent] = []

  init(path: String, access: Access, sharing: Sharing = .severalWriters, contents: JournalContents, fd: Int32)
  {
    self.path = path
    self.access = access
    self.sharing = sharing
    self.contents = contents
    self.fd = fd
  }

  deinit { close() }

  public var isReadOnly: Bool { access != .readWrite }

  /// How long an open or an append waits for another writer's lock before giving up: an
  /// append holds it for one write and one fsync, so this is only reached when something
  /// holds it for a session (an older `wbr`, a writer on a network file system).
  static let lockWait: Duration = .seconds(5)
  /// How long an open waits for the shared lock before taking the journal as held for a
  /// session by another (the screen is not up yet; an append takes milliseconds).
  static let openWait: Duration = .seconds(1)

  /// Opens (creating it if need be) the journal for writing, shared with other writers;
  /// falls back to one writer on a network file system (`fileSystem`, detected unless given)
  /// and to read-only, with the reason, when another process holds it for itself or it cannot
  /// be written. Throws only when it cannot even be read, is over `maxBytes` (not a journal),
  /// or is not a regular file: a journal is appended to, locked and synced, which a pipe or a
  /// device cannot be (`--journal /dev/zero` once grew without bound; a FIFO gave "Illegal
  /// seek").
  ///
  /// A new journal is created readable by its owner only (0600), or also by its folder's
  /// group when the folder is a shared series folder (setgid, `wbr init --shared`: 0660),
  /// whatever the umask.
  public static func open(
    path: String, maxBytes: Int = LoadOptions().maxFileBytes, fileSystem: FileSystemKind? = nil
  ) throws(JournalError) -> JournalFile {
    // Checked before opening: opening a device for writing may already do something.
    if let kind = FileKind(path: path), kind != .regular { throw notAFile(path, kind) }
    let existed = PosixFile.exists(path)
    let mode = SharedFolder.newFileMode(in: PosixFile.folder(of: path))
    let fd = PosixFile.openFile(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, mode)
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
    if !existed {
      _ = fchmod(fd, mode)
      _ = PosixFile.syncFolder(of: path)
    }
    let system = fileSystem ?? FileSystemKind.of(descriptor: fd)
    if let reason = system.oneWriterReason {
      return try openOneWriter(path: path, fd: fd, reason: reason, maxBytes: maxBytes)
    }
    // Shared while reading, so no append is half-way through what is read.
    let code = JournalLock.acquire(fd, exclusive: false, waiting: openWait)
    if code != 0 {
      PosixFile.closeFile(fd)
      let reason =
        code == EWOULDBLOCK
        ? "another wbr holds this journal for itself (an older wbr, or one on a network file system);"
          + " changes here will not be saved"
        : "cannot lock it (\(PosixFile.reason(code)))"
      return try openReadOnly(path: path, reason: reason, maxBytes: maxBytes)
    }
    defer { JournalLock.release(fd) }
    let file = JournalFile(path: path, access: .readWrite, contents: JournalContents(), fd: fd)
    try file.load(maxBytes: maxBytes)
    return file
  }

  /// One writer for the session (a network file system): the lock is held until `close`; a
  /// second `wbr` gets the journal read-only.
  private static func openOneWriter(
    path: String, fd: Int32, reason: String, maxBytes: Int
  ) throws(JournalError) -> JournalFile {
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      let why =
        code == EWOULDBLOCK
        ? "another wbr has this journal open, and \(reason); changes here will not be saved"
        : "cannot lock it (\(PosixFile.reason(code)))"
      PosixFile.closeFile(fd)
      return try openReadOnly(path: path, reason: why, maxBytes: maxBytes)
    }
    let file = JournalFile(
      path: path, access: .readWrite, sharing: .oneWriter(reason: reason), contents: JournalContents(), fd: fd
    )
    try file.load(maxBytes: maxBytes)
    return file
  }

  /// Opens the journal for reading only, without writing (`wbr notes`, a past week).
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

  static func tooBig(_ path: String, _ what: String, _ maxBytes: Int) -> JournalError {
    .cannotOpen(
      path: path,
      reason: "\(what), larger than the limit of \(FileBytes.megabytes(maxBytes)); is this the right file?")
  }

  private static func notAFile(_ path: String, _ kind: FileKind) -> JournalError {
    .cannotOpen(path: path, reason: "it is \(kind.phrase); the journal must be a regular file")
  }

  /// Reads what is there, never more than `maxBytes`: a regular file from its start (it is
  /// open for appending), a pipe to its end.
  func load(maxBytes: Int) throws(JournalError) {
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
      readOffset = regular ? bytes.count : 0
    }
  }

  /// Releases the lock and the file. Further appends fail as read-only.
  public func close() {
    if fd >= 0 { PosixFile.closeFile(fd) }
    fd = -1
    if access == .readWrite { access = .readOnly(reason: "the journal is closed") }
  }
}
