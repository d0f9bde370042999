import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an export could not be written, and the exit status that says so.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// The file cannot be created (missing folder, no permission, exists without --force,
    /// not a file): exit 73 (EX_CANTCREAT).
    case cannotCreate
    /// Writing or saving it failed (full disk, I/O error): exit 74 (EX_IOERR).
    case io
  }
  public var kind: Kind
  public var path: String
  public var reason: String

  public init(kind: Kind, path: String, reason: String) {
    self.kind = kind
    self.path = path
    self.reason = reason
  }

  public var exitStatus: Int32 { kind == .cannotCreate ? 73 : 74 }
  public var description: String {
    "\(path): " + (kind == .cannotCreate ? "cannot create: " : "cannot write: ") + reason
  }

  /// Errors that mean "cannot create here" rather than "the device failed".
  static func kind(ofErrno code: Int32) -> Kind {
    switch code {
    case EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR, EEXIST, ENAMETOOLONG, ELOOP: return .cannotCreate
    default: return .io
    }
  }
}

/// Writes a whole file so that readers see either the old file or the complete new one:
/// a temporary file in the same folder, written and fsync'd, then renamed into place, then
/// the folder fsync'd. What the path may be, and what a replacement keeps, is
/// `OutputTarget`'s rules. An existing file is kept unless `force`.
public enum AtomicFile {
  /// - Throws: `ExportError` saying why, with exit status 73 or 74.
  public static func write(_ text: String, to path: String, force: Bool) throws(ExportError) {
    try write(bytes: Array(text.utf8), to: path, force: force)
  }

  /// - Throws: `ExportError` saying why, with exit status 73 or 74.
  public static func write(bytes: [UInt8], to path: String, force: Bool) throws(ExportError) {
    try bytes.withUnsafeBufferPointer { (b) throws(ExportError) in
      try write(buffer: b, to: path, force: force)
    }
  }

  /// The same for bytes lent by their owner (a writer's buffer), which are not copied.
  public static func write(buffer bytes: UnsafeBufferPointer<UInt8>, to path: String, force: Bool)
    throws(ExportError)
  {
    try write(to: path, force: force) { (put) throws(ExportError) in try put(bytes) }
  }

  /// The file's bytes given piece by piece: `produce` calls `put` with each piece as it is
  /// made (the deck of `wbr build`, a megabyte at a time), so they need not be held whole.
  /// Each piece goes straight to the temporary file; the file takes the path only after the
  /// last one, so a failure on the way (from `put` or thrown by `produce`) leaves the path
  /// as it was and no temporary file behind.
  public static func write(
    to path: String, force: Bool,
    _ produce: (_ put: (UnsafeBufferPointer<UInt8>) throws(ExportError) -> Void) throws(ExportError) -> Void
  ) throws(ExportError) {
    let target = try OutputTarget.resolve(path)
    if target.action == .writeThrough { return try writeThrough(to: path, produce) }
    if !force && target.exists {
      throw ExportError(
        kind: .cannotCreate, path: path, reason: "it already exists (use --force to replace it)")
    }
    let folder = PosixFile.folder(of: target.path)
    let (fd, temp) = try createTemporary(near: target.path, shownAs: path)
    var done = false
    var open = true
    defer {
      if open { PosixFile.closeFile(fd) }
      if !done { unlink(temp) }
    }
    if case .replace(let existing) = target.action { keep(existing, on: fd) }
    try produce { (bytes) throws(ExportError) in
      let code = PosixFile.writeAll(fd, bytes)
      if code != 0 { throw ExportError(kind: .io, path: path, reason: PosixFile.reason(code)) }
    }
    var code = PosixFile.sync(fd)
    open = false
    if close(fd) != 0 && code == 0 { code = errno }
    if code != 0 { throw ExportError(kind: .io, path: path, reason: PosixFile.reason(code)) }
    try place(temp, at: target.path, shownAs: path, force: force)
    done = true
    let folderCode = PosixFile.syncFolder(of: target.path)
    if folderCode != 0 && folderCode != EINVAL && folderCode != EBADF {
      throw ExportError(
        kind: .io, path: path, reason: "cannot save the folder \(folder): \(PosixFile.reason(folderCode))")
    }
  }

  /// How long a FIFO may go without a reader before it is refused: enough for a reader
  /// started beside wbr in a pipeline to open it, never an open that waits forever.
  static let readerWait: Duration = .seconds(2)

  /// Writes into a device or FIFO as it is (`OutputTarget`): opened without blocking (a FIFO
  /// nothing reads within `readerWait` is refused), checked to be what it was, then written.
  private static func writeThrough(
    to path: String,
    _ produce: ((UnsafeBufferPointer<UInt8>) throws(ExportError) -> Void) throws(ExportError) -> Void
  ) throws(ExportError) {
    let clock = ContinuousClock()
    let deadline = clock.now + readerWait
    var fd = PosixFile.openFile(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
    while fd < 0 && errno == ENXIO && clock.now < deadline {
      usleep(20_000)
      fd = PosixFile.openFile(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
    }
    guard fd >= 0 else {
      let code = errno
      if code == ENXIO {
        throw OutputTarget.refusal(path, "it is a pipe that nothing reads (start its reader first)")
      }
      throw failure(code, path, "cannot open it")
    }
    defer { PosixFile.closeFile(fd) }
    guard let kind = FileKind(descriptor: fd), kind == .characterDevice || kind == .fifo else {
      throw OutputTarget.refusal(path, "it changed while it was being opened")
    }
    BoundedRead.makeBlocking(fd)
    try produce { (bytes) throws(ExportError) in
      let code = PosixFile.writeAll(fd, bytes)
      if code == EPIPE { throw ExportError(kind: .io, path: path, reason: "its reader closed it") }
      if code != 0 { throw ExportError(kind: .io, path: path, reason: PosixFile.reason(code)) }
    }
  }

  /// A new, empty file beside `path` (`.NAME.tmp-XXXXXXXX`), created with mode 0666 less the
  /// umask as any new file would be.
  private static func createTemporary(near path: String, shownAs shown: String) throws(ExportError) -> (
    Int32, String
  ) {
    let folder = PosixFile.folder(of: path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var code: Int32 = EEXIST
    for _ in 0..<100 {
      let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      let temp = folder + "/." + name + ".tmp-" + suffix
      let fd = PosixFile.openFile(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 { return (fd, temp) }
      code = errno
      if code != EEXIST { break }
    }
    throw failure(code, shown, "cannot create a file in \(folder)")
  }

  /// The replaced file's owner and group where this user may set them, and its permission
  /// bits (set-id bits dropped); when the group cannot be kept, the group's bits are
  /// dropped too, so that the new group does not gain what the old one had.
  private static func keep(_ existing: OutputTarget.Existing, on fd: Int32) {
    _ = fchown(fd, existing.owner, existing.group)
    var mode = existing.mode & 0o777
    var info = stat()
    if fstat(fd, &info) == 0 && info.st_gid != existing.group { mode &= ~mode_t(0o070) }
    _ = fchmod(fd, mode)
  }

  /// Renames the temporary file into place; without `force`, links it so that a file that
  /// appeared meanwhile is never replaced.
  private static func place(_ temp: String, at path: String, shownAs shown: String, force: Bool)
    throws(ExportError)
  {
    if !force {
      if link(temp, path) == 0 {
        unlink(temp)
        return
      }
      let code = errno
      if code == EEXIST {
        throw ExportError(
          kind: .cannotCreate, path: shown, reason: "it already exists (use --force to replace it)")
      }
      // Some file systems have no hard links; the existence check above stands in.
    }
    if rename(temp, path) != 0 { throw failure(errno, shown, "cannot move the new file into place") }
  }

  private static func failure(_ code: Int32, _ path: String, _ what: String) -> ExportError {
    ExportError(
      kind: ExportError.kind(ofErrno: code), path: path, reason: what + ": " + PosixFile.reason(code))
  }
}
