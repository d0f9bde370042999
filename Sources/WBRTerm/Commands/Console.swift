import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why standard output could not take what a command wrote. `WBRCommand.main` turns it into
/// the exit status (docs/RELIABILITY.md, "Output that cannot be written").
enum ConsoleError: Error, Equatable {
  /// The reader went away (`wbr report | head -1`): the command stops quietly, status 0,
  /// as `head` users expect.
  case brokenPipe
  /// Anything else (a full disk, a closed descriptor, an I/O error): status 74 (EX_IOERR),
  /// with a message on standard error when it can still be written.
  case failed(code: Int32)

  /// The exit status for this failure.
  var exitStatus: Int32 {
    if case .brokenPipe = self { return 0 }
    return 74
  }

  /// The line for standard error, or nil when nothing should be said.
  var message: String? {
    guard case .failed(let code) = self else { return nil }
    return "wbr: cannot write to standard output: " + String(cString: strerror(code))
  }
}

/// Standard output and standard error for every command, each write checked.
///
/// Why one place: `FileHandle.write(Data)` traps on EPIPE, ENOSPC and EBADF (a report sent to
/// `/dev/full` died with a trace), and `print` drops its errors (`wbr check > /dev/full` exited
/// 0 with the verdict lost). Everything a command prints goes through here:
/// - `write` (standard output) throws `ConsoleError`, which the command lets through;
/// - `error` (standard error) cannot report its own failure anywhere, so a failure other
///   than EPIPE ends the run at once with status 74; after EPIPE (nobody reads the
///   messages any more) the command goes on and its status stands.
enum Console {
  static let standardOutput: Int32 = 1
  static let standardError: Int32 = 2

  /// Once at start-up: SIGPIPE ignored, so that a closed pipe is an EPIPE error this code
  /// handles rather than a silent death; and descriptors 0–2 held open, so that a file wbr
  /// opens never lands on a closed standard output (`wbr notes >&-` would otherwise write
  /// the notes into the journal it had just opened as descriptor 1). A closed standard output
  /// or error is reopened read-only on /dev/null, so writing to it still fails (EBADF) and is
  /// reported; a closed standard input is reopened write-only, so reading it fails.
  static func prepare() {
    _ = signal(SIGPIPE, SIG_IGN)
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let reopened = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY)
      if reopened >= 0 && reopened != fd {
        _ = dup2(reopened, fd)
        _ = close(reopened)
      }
    }
  }

  /// Writes `text` to standard output as is (commands hand over text that is already safe).
  static func write(_ text: String, to fd: Int32 = standardOutput) throws(ConsoleError) {
    try write(bytes: Array(text.utf8), to: fd)
  }

  /// Writes every byte, retrying on EINTR and short writes.
  static func write(bytes: [UInt8], to fd: Int32 = standardOutput) throws(ConsoleError) {
    try bytes.withUnsafeBufferPointer { (b) throws(ConsoleError) in try write(buffer: b, to: fd) }
  }

  /// The same for bytes lent by their owner (a writer's buffer), which are not copied.
  static func write(buffer bytes: UnsafeBufferPointer<UInt8>, to fd: Int32 = standardOutput)
    throws(ConsoleError)
  {
    var offset = 0
    while offset < bytes.count {
      let n: Int
      if let base = bytes.baseAddress {
        n = posixWrite(fd, base + offset, bytes.count - offset)
      } else {
        n = 0
      }
      if n < 0 {
        let code = errno
        if code == EINTR { continue }
        throw code == EPIPE ? .brokenPipe : .failed(code: code)
      }
      if n == 0 { throw .failed(code: EIO) }
      offset += n
    }
  }

  /// How `put` ended, for commands that report a failed write as a problem of their own
  /// (`output.io`, docs/PROBLEMS.md) rather than let `WBRCommand.main` say it.
  enum Outcome: Equatable {
    case written
    /// The reader went away (`| head`): the command stops quietly (`ConsoleError.brokenPipe`).
    case closed
    /// Any other failure, in the system's words.
    case failed(String)
  }

  /// `write(bytes:to:)` with the failure as a value.
  static func put(_ bytes: [UInt8], to fd: Int32 = standardOutput) -> Outcome {
    bytes.withUnsafeBufferPointer { put(buffer: $0, to: fd) }
  }

  /// `put` for bytes lent by their owner, which are not copied.
  static func put(buffer bytes: UnsafeBufferPointer<UInt8>, to fd: Int32 = standardOutput) -> Outcome {
    do {
      try write(buffer: bytes, to: fd)
      return .written
    } catch {
      switch error {
      case .brokenPipe: return .closed
      case .failed(let code): return .failed(String(cString: strerror(code)))
      }
    }
  }

  /// One line to standard error, with control characters from the files made visible.
  static func error(_ line: String) {
    errorText(SafeText.clean(line) + "\n")
  }

  /// Lines to standard error, line feeds kept and other controls made visible.
  static func errorText(_ text: String) {
    do {
      try write(SafeText.clean(text, keepingNewlines: true), to: standardError)
    } catch .brokenPipe {
      return
    } catch {
      exit(74)
    }
  }
}

/// `write(2)`; at file scope, where the name is not shadowed by `Console.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
