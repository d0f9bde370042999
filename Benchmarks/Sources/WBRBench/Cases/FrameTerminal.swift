#if canImport(Glibc)
  import Glibc
#endif

/// The real ncurses backend (`CursesTerminal`) writing to a scratch file instead of a tty, so
/// a frame is timed up to the bytes the terminal would be sent, and those bytes are counted.
///
/// curses gets file descriptor 1 (the rows go out on a duplicate taken earlier) with TERM,
/// LINES and COLUMNS set for the size under test: ncurses takes the size from the
/// environment when the output is not a terminal.
struct FrameTerminal {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let terminal: CursesTerminal
  private let path: String

  init(size: Size) throws {
    var template = Array("/tmp/wbr-bench-term-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard fd >= 0 else { throw Failure(description: "mkstemp: \(String(cString: strerror(errno)))") }
    path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    dup2(fd, 1)
    close(fd)
    setenv("TERM", "xterm-256color", 1)
    setenv("LINES", String(size.height), 1)
    setenv("COLUMNS", String(size.width), 1)
    setenv("LC_ALL", "C.UTF-8", 1)
    unsetenv("NO_COLOR")
    terminal = try CursesTerminal(options: TerminalOptions())
    guard terminal.size == size else {
      throw Failure(description: "curses opened at \(terminal.size), not \(size)")
    }
  }

  /// Bytes written to the terminal so far.
  var bytesSent: Int { Int(lseek(1, 0, SEEK_CUR)) }

  func stop() {
    terminal.stop()
    unlink(path)
  }
}
