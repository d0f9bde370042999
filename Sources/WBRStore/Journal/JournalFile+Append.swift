import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalFile {
  /// Appends `event` as one line and fsyncs before returning: once this returns, the event
  /// is on disk. On failure nothing is shown as saved and the error says why.
  public func append(_ event: RecordEvent) throws(JournalError) {
    try append([event])
  }

  /// Appends `events` as consecutive lines in one write, and fsyncs once: a session's first
  /// line goes out with its first change.
  ///
  /// With several writers, under an exclusive lock: first what the others appended since
  /// the last read is read (kept for `takeGrown()`), so that `contents` stays in file order;
  /// then a newline if the file ends in a torn line, the lines in one `write`, `fsync`, and
  /// the lock is let go. No other writer's line can come between or inside these lines.
  public func append(_ events: [RecordEvent]) throws(JournalError) {
    try append { _ in events }
  }

  /// Appends the lines `build` makes, under the lock, after what other writers appended has
  /// been read into `contents`: a session's first lines can depend on what the record holds
  /// by then (a series another writer started meanwhile is not started twice). Returns the
  /// events written.
  @discardableResult
  public func append(building build: (JournalContents) -> [RecordEvent]) throws(JournalError) -> [RecordEvent]
  {
    if case .readOnly(let reason) = access { throw .readOnly(path: path, reason: reason) }
    if sharing == .severalWriters {
      let code = JournalLock.acquire(fd, exclusive: true, waiting: Self.lockWait)
      if code != 0 {
        let why =
          code == EWOULDBLOCK
          ? "another wbr held the journal for more than \(Self.lockWait) (an older wbr holds it for its whole"
            + " session)"
          : "cannot lock the journal: \(PosixFile.reason(code))"
        throw .io(path: path, reason: why)
      }
    }
    defer { if sharing == .severalWriters { JournalLock.release(fd) } }
    if sharing == .severalWriters { grownByOthers += catchUp(endsTorn: true) }
    let events = build(contents)
    guard !events.isEmpty else { return [] }
    let fence = try endsWithoutNewline()
    let line = (fence ? "\n" : "") + events.map { JournalEncoder.line($0) + "\n" }.joined()
    let code = PosixFile.writeAll(fd, Array(line.utf8))
    if code != 0 {
      skipTornWrite()
      throw .io(path: path, reason: "cannot write the journal: \(PosixFile.reason(code))")
    }
    let syncCode = PosixFile.sync(fd)
    readOffset += line.utf8.count
    contents.needsNewline = false
    var line0 = contents.lineCount
    for event in events {
      line0 += 1
      contents.append(.event(event), line: line0)
    }
    if syncCode != 0 {
      throw .io(path: path, reason: "cannot save the journal to disk: \(PosixFile.reason(syncCode))")
    }
    return events
  }

  /// Whether the file's last byte is not a newline: a torn line the next lines must not be
  /// glued to. Read from the file, not remembered: another writer may have left it.
  private func endsWithoutNewline() throws(JournalError) -> Bool {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .io(path: path, reason: "cannot read the journal: \(PosixFile.reason(errno))")
    }
    guard info.st_size > 0 else { return false }
    var last: UInt8 = 0
    let n = pread(fd, &last, 1, off_t(info.st_size - 1))
    guard n == 1 else { return contents.needsNewline }
    return last != UInt8(ascii: "\n")
  }

  /// After a failed write, whatever part of it reached the file is a torn line: skip past
  /// it, so that the next read starts after it and the next append fences it off.
  private func skipTornWrite() {
    var info = stat()
    guard fstat(fd, &info) == 0, Int(info.st_size) > readOffset else { return }
    readOffset = Int(info.st_size)
    contents.needsNewline = true
    contents.lineCount += 1
  }
}
