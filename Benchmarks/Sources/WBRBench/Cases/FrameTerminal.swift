import WBRApp

#if canImport(Glibc)
  import Glibc
#endif

/// The benchmark's terminal: an ncurses-free backend that does what a terminal backend does
/// with a frame, diff it against the last one and send the changed cells as escape sequences,
/// written to a scratch file, so a frame is timed up to the bytes a terminal would be sent and
/// those bytes are counted.
///
/// Why not the app's `CursesTerminal`: it lives in the `wbr` executable (the only module that
/// links ncurses), which another package cannot import. The bytes here are plain ANSI (cursor
/// moves, SGR, UTF-8), not ncurses' optimised output, and ncurses' own time is not in the
/// figures (docs/DECISIONS.md, "Benchmarks: a package of their own, on the WBRApp library").
final class FrameTerminal: TerminalBackend {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let size: Size
  let glyphs = Glyphs.unicode
  var terminationSignal: Int32? { nil }
  /// The last frame drawn; nil repaints everything on the next `draw`.
  private var previous: ScreenBuffer?
  /// Bytes written to the terminal so far.
  private(set) var bytesSent = 0
  private let fd: Int32
  private let path: String
  private var out: [UInt8] = []

  init(size: Size) throws {
    self.size = size
    var template = Array("/tmp/wbr-bench-term-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard fd >= 0 else { throw Failure(description: "mkstemp: \(String(cString: strerror(errno)))") }
    self.fd = fd
    path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  func nextKey() -> Key? { nil }
  func invalidate() { previous = nil }

  /// Sends the cells that differ from the last frame (all of them after a resize or
  /// `invalidate`): a cursor move before each run of changed cells, an SGR where the style
  /// changes, the characters in UTF-8. The diff reads the packed cells as the app's curses
  /// backend does (`CursesTerminal.draw`), so it costs what that diff costs.
  func draw(_ buffer: ScreenBuffer) {
    let last = previous?.size == buffer.size ? previous : nil
    out.removeAll(keepingCapacity: true)
    if last == nil { append("\u{1B}[H\u{1B}[2J") }
    var style: Style?
    let width = buffer.width
    buffer.storage.withUnsafeBufferPointer { cells in
      (last?.storage ?? []).withUnsafeBufferPointer { old in
        for y in 0..<buffer.height {
          let rowStart = y * width
          var inRun = false
          for x in 0..<width {
            let i = rowStart + x
            let cell = cells[i]
            if cell.isContinuation { continue }
            let wide = x + 1 < width && cells[i + 1].isContinuation
            // Unchanged when the cell and its right neighbour's "continuation" flag both match.
            if let last, (x + 1 < width ? old[i + 1].isContinuation : false) == wide,
              cell.isCluster || old[i].isCluster
                ? buffer.sameCell(cell, as: old[i], in: last) : cell == old[i]
            {
              inRun = false
              continue
            }
            if !inRun { append("\u{1B}[\(y + 1);\(x + 1)H") }
            inRun = true
            if cell.style != style {
              append(Self.sgr(cell.style))
              style = cell.style
            }
            if !cell.isCluster, let scalar = Unicode.Scalar(cell.code) {
              UTF8.encode(scalar) { out.append($0) }
            } else {
              append(String(buffer.grapheme(cell)))
            }
          }
        }
      }
    }
    append("\u{1B}[0m")
    flush()
    previous = buffer
  }

  /// Closes and removes the scratch file.
  func stop() {
    close(fd)
    unlink(path)
  }

  private func append(_ text: String) { out.append(contentsOf: text.utf8) }

  private func flush() {
    var offset = 0
    while offset < out.count {
      let n = out[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
    bytesSent += out.count
  }

  /// The escape sequence for `style`: reset, then the attributes and the role's colour as
  /// the app's palette has them (green, red, magenta, blue; muted dim, headings bold).
  private static func sgr(_ style: Style) -> String {
    var codes = ["0"]
    if style.attributes.contains(.bold) || style.role == .heading { codes.append("1") }
    if style.attributes.contains(.dim) || style.role == .muted { codes.append("2") }
    if style.attributes.contains(.underline) { codes.append("4") }
    if style.attributes.contains(.reverse) || style.role == .selection { codes.append("7") }
    switch style.role {
    case .good: codes.append("32")
    case .bad: codes.append("31")
    case .warn: codes.append("35")
    case .accent: codes.append("34")
    case .normal, .muted, .heading, .selection: break
    }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
