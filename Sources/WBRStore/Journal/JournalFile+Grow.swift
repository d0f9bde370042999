import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalFile {
  /// What other writers appended since the last read, in file order, folded into `contents`
  /// too: the meeting loop calls it at least once a second to show others' changes without a
  /// key press. Reads under a shared lock (never while an append is half-way), complete lines
  /// only: a torn tail (a writer killed mid-write) waits until the next append fences it off,
  /// and is then reported and skipped like any torn line. Returns nothing when the lock is
  /// busy (the next call will read it), on a closed journal, on a pipe, and for the one
  /// writer of a network file system (nobody else can write).
  public func readGrown() -> [RecordEvent] {
    var grown = takeGrown()
    guard fd >= 0, sharing == .severalWriters || access != .readWrite else { return grown }
    guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return grown }
    defer { JournalLock.release(fd) }
    grown += catchUp(endsTorn: false)
    return grown
  }

  /// The events other writers appended that this writer's last appends read before writing
  /// (and so come before its own lines), once.
  public func takeGrown() -> [RecordEvent] {
    defer { grownByOthers = [] }
    return grownByOthers
  }

  /// Reads the file from `readOffset` to its end, with a lock held. `endsTorn`: a last line
  /// without its newline is torn for good (the caller holds the lock exclusively and is about
  /// to fence it off), so it is read and reported now; otherwise it waits.
  func catchUp(endsTorn: Bool) -> [RecordEvent] {
    var info = stat()
    guard fstat(fd, &info) == 0, FileKind(mode: info.st_mode) == .regular else { return [] }
    let size = Int(info.st_size)
    guard size > readOffset else { return [] }
    var bytes = [UInt8](repeating: 0, count: size - readOffset)
    var got = 0
    while got < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buf -> Int in
        guard let base = buf.baseAddress else { return 0 }
        return pread(fd, base + got, buf.count - got, off_t(readOffset + got))
      }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      got += n
    }
    bytes.removeLast(bytes.count - got)
    let newline = UInt8(ascii: "\n")
    if !endsTorn {
      guard let last = bytes.lastIndex(of: newline) else { return [] }
      bytes.removeLast(bytes.count - last - 1)
    }
    guard !bytes.isEmpty else { return [] }
    return fold(bytes)
  }

  /// Decodes `bytes` read at `readOffset` into `contents`, numbering their lines after the
  /// ones read before (the first continues a torn line when the file ended in one).
  private func fold(_ bytes: [UInt8]) -> [RecordEvent] {
    let decoded = JournalDecoder.decode(bytes: bytes, file: path)
    let base = contents.needsNewline ? max(0, contents.lineCount - 1) : contents.lineCount
    var events: [RecordEvent] = []
    for (entry, line) in zip(decoded.entries, decoded.lineNumbers) {
      contents.append(entry, line: base + line)
      if case .event(let event) = entry { events.append(event) }
    }
    for warning in decoded.warnings {
      var shifted = warning
      shifted.line += base
      contents.warnings.append(shifted)
    }
    contents.lineCount = max(contents.lineCount, base + decoded.lineCount)
    contents.needsNewline = decoded.needsNewline
    readOffset += bytes.count
    return events
  }
}

extension JournalContents {
  /// Whether the record already has its series (`series.start`): a session that meant to
  /// start it leaves it out when another writer started it first.
  public var hasSeries: Bool {
    entries.contains {
      if case .event(let e) = $0, case .seriesStarted = e.change { return true }
      return false
    }
  }
}

extension Array where Element == RecordChange {
  /// A session's first lines as they go out after `contents`: without `series.start` when the
  /// record has its series already (another writer's first session came first).
  public func opening(after contents: JournalContents) -> [RecordChange] {
    guard contents.hasSeries else { return self }
    return filter {
      if case .seriesStarted = $0 { return false }
      return true
    }
  }
}
