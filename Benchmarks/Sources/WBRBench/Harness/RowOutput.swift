#if canImport(Glibc)
  import Glibc
#endif

/// Where a case process writes its rows: a duplicate of the standard output taken at start,
/// so the frame cases can hand file descriptor 1 to curses and still report.
struct RowOutput {
  let fd: Int32

  init() { fd = dup(1) }

  func write(_ row: Row) {
    let bytes = Array((row.line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 { return }
      offset += n
    }
  }
}

/// One line to standard error (progress and failures; the rows go to standard output).
func printError(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
