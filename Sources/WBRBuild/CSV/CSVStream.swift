import WBRModel

/// The state of reading one CSV file piece by piece: bytes not yet split (a row not yet
/// whole), the line reached, the header and the rows gathered so far.
///
/// A row is split only once it is known to be whole: ended by a line break with a byte after
/// it, or at the end of the file; so a row cut between two pieces is split as if the file had
/// come in one, with the same lines, columns and messages.
struct CSVStream {
  let file: String
  let separators: Separators
  let uses: (([String]) -> [ColumnUse])?
  /// Bytes received and not yet split.
  private var pending: [UInt8] = []
  /// Physical line of the next byte to split.
  private var line: Int32 = 1
  /// Unicode scalars since the last line feed, in what was split already (for the column of
  /// a row error when a lone carriage return ended the row before it).
  private var scalarsBefore = 0
  private var fileSize = 0
  private var sawStart = false
  private var onlyMarks = true
  private var builder: CSVTableBuilder?
  private var widthErrors: WidthErrors?
  /// Bytes of the file let go before the current buffer.
  private var consumedBefore = 0
  // One row's fields, reused from row to row.
  private var starts: [Int32] = []
  private var ends: [Int32] = []
  private var escaped: [UInt8] = []

  init(file: String, separator: UInt8, uses: (([String]) -> [ColumnUse])?) {
    self.file = file
    self.separators = Separators(separator)
    self.uses = uses
  }

  /// The next piece of the file; `fileSize` is its size when known (0 for a pipe).
  mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, fileSize: Int) throws(InputError) {
    self.fileSize = fileSize
    if pending.isEmpty {
      // Split straight from the piece; only an unfinished row is kept.
      let used = try split(chunk, atEnd: false)
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[used...]))
      return
    }
    pending.append(contentsOf: chunk)
    try splitPending(atEnd: false)
  }

  /// The end of the file: what is left, then the table or the errors of its rows.
  mutating func finish() throws(InputError) -> CSVTable {
    try splitPending(atEnd: true)
    // No builder, no width errors: both come with the header.
    try widthErrors?.throwIfAny()
    // Finished in place: a copy of the builder taken out of `self` (`guard var`) still
    // shared its numbers when `table()` moved the last rows in, which copied all of them
    // (11 MB of the 50 MB peak of `wbr build` at 1,000 metrics).
    guard let table = builder?.table() else {
      throw InputError.refused(
        .csvEmpty, file, line: 1,
        "expected a header row starting with Date, found \(onlyMarks ? "an empty file" : "only blank lines and spaces")"
      )
    }
    builder = nil
    return table
  }

  private mutating func splitPending(atEnd: Bool) throws(InputError) {
    var bytes: [UInt8] = []
    swap(&bytes, &pending)
    let used = try bytes.withUnsafeBufferPointer { (b) throws(InputError) in try split(b, atEnd: atEnd) }
    bytes.removeFirst(used)
    pending = bytes
  }

  /// Splits the whole rows of `b`; returns how many bytes were used.
  private mutating func split(_ b: UnsafeBufferPointer<UInt8>, atEnd: Bool) throws(InputError) -> Int {
    var pos = 0
    if !sawStart {
      // Byte-order marks, even doubled ones (a file concatenated with its own BOM).
      while pos + 3 <= b.count, b[pos] == 0xEF, b[pos + 1] == 0xBB, b[pos + 2] == 0xBF { pos += 3 }
      if pos + 3 > b.count, !atEnd, b[pos...].allSatisfy({ $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }) {
        return 0  // maybe a mark cut in two
      }
      onlyMarks = pos == b.count
      sawStart = true
    }
    var used = pos
    defer {
      count(b, upTo: used)
      consumedBefore += used
    }
    while true {
      if builder == nil {
        guard let end = try header(b, from: pos, atEnd: atEnd) else { return used }
        pos = end
        used = end
        continue
      }
      // Blank lines between rows.
      while pos < b.count, b[pos] == 0x0A || b[pos] == 0x0D {
        if b[pos] == 0x0A { line += 1 }
        pos += 1
        used = pos
      }
      guard pos < b.count, let next = try keepRow(b, from: pos, atEnd: atEnd) else { return used }
      pos = next
      used = next
    }
  }

  /// The header, once it is whole: blank lines before it skipped, refused when the file holds
  /// nothing else; returns where the data starts, or nil to wait for more bytes.
  private mutating func header(_ b: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool)
    throws(InputError)
    -> Int?
  {
    var pos = start
    var lines = line
    while pos < b.count, b[pos] == 0x0A || b[pos] == 0x0D {
      if b[pos] == 0x0A { lines += 1 }
      pos += 1
    }
    guard b[pos...].contains(where: { !CSVReader.isSpace($0) }) else {
      if !atEnd { return nil }
      throw InputError.refused(
        .csvEmpty, file, line: 1,
        "expected a header row starting with Date, found \(onlyMarks ? "an empty file" : "only blank lines and spaces")"
      )
    }
    var end = pos
    guard try splitRow(b, &end, &lines, atEnd: atEnd), atEnd || end < b.count else { return nil }
    line = lines
    var header: [String] = []
    for i in starts.indices {
      header.append(CSVTableBuilder.text(b, Int(starts[i])..<Int(ends[i]), escaped: escaped[i] != 0))
    }
    if header.count == 1, let hint = CSVReader.delimiterHint(header[0], separator: separators.byte) {
      throw InputError.refused(.csvDelimiter, file, line: Int(line) - 1, hint)
    }
    builder = CSVTableBuilder(
      header: header, uses: uses?(header) ?? Array(repeating: .both, count: header.count), expectedRows: 0)
    widthErrors = WidthErrors(file: file, width: header.count)
    return end
  }

  /// Splits the row at `pos` and keeps its fields as they are found; returns where the next
  /// row starts, or nil when the bytes end inside this row (what was kept of it is dropped, and
  /// it is split again with more bytes). Then checked against the header's width.
  private mutating func keepRow(
    _ b: UnsafeBufferPointer<UInt8>, from pos: Int, atEnd: Bool
  ) throws(InputError) -> Int? {
    guard var builder, var widthErrors else { return nil }
    // Unique while kept (the table's arrays are not copied on write).
    self.builder = nil
    defer {
      self.builder = builder
      self.widthErrors = widthErrors
    }
    if builder.rowCount == 0 {
      // Room for the rows the file seems to hold: what is left of it over the first row's
      // length, and a quarter more (the builder doubles its room when that is short).
      let length = (b[pos...].firstIndex(of: 0x0A) ?? b.count) - pos + 1
      let guess = max(0, fileSize - consumedBefore - pos) / max(1, length)
      builder.reserve(rows: max(64, guess + guess / 4))
    }
    let width = builder.header.count
    let row = builder.beginRow()
    let count = b.count
    let comma = separators.byte
    let quote = UInt8(ascii: "\"")
    var p = pos
    var lines = line
    var field = 0
    var extraAt = -1
    var lastEnd = pos
    while true {
      var start = p
      var escaped = false
      var end: Int
      if p < count, b[p] == quote {
        guard let field = try quoted(b, at: p, lines: &lines, atEnd: atEnd) else {
          builder.dropRow()
          return nil
        }
        (start, end, p, escaped) = (p + 1, field.end, field.next, field.escaped)
      } else {
        p = Self.nextBreak(b, from: p, separator: comma)
        end = p
      }
      if p >= count, !atEnd {
        builder.dropRow()
        return nil
      }
      if field < width {
        builder.set(field, row: row, b, start..<end, escaped: escaped)
      } else if extraAt < 0, end > start {
        extraAt = start
      }
      lastEnd = end
      field += 1
      if p >= count { break }
      let next = Self.afterField(b, p, separator: comma)
      p = next.at
      if next.rowEnded {
        lines += 1
        break
      }
    }
    // Whole only with a byte after it (a \r may be followed by \n), or at the end.
    if p >= count, !atEnd {
      builder.dropRow()
      return nil
    }
    if field > width {
      // Empty fields from trailing separators are tolerated.
      if extraAt >= 0 { widthErrors.long(line: line, fields: field, column: column(b, extraAt)) }
    } else if field < width {
      widthErrors.short(line: line, fields: field, column: column(b, lastEnd), last: atEnd && p >= count)
    }
    builder.commit(line: line, fields: min(field, width))
    line = lines
    return p
  }

  /// The first separator, line feed or carriage return at or after `from` (the count when
  /// none), eight bytes at a time: unquoted fields are most of a file.
  @inline(__always) static func nextBreak(_ b: UnsafeBufferPointer<UInt8>, from: Int, separator: UInt8) -> Int
  {
    var p = from
    let count = b.count
    if let base = b.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let high: UInt64 = 0x8080_8080_8080_8080
      let sep = ones &* UInt64(separator)
      @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
      while p + 8 <= count {
        let w = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
        // Only the lowest flag is exact (a borrow can flag bytes above it); it is the one used.
        let found = zeros(w ^ sep) | zeros(w ^ (ones &* 0x0A)) | zeros(w ^ (ones &* 0x0D))
        if found != 0 { return p + found.trailingZeroBitCount >> 3 }
        p += 8
      }
    }
    while p < count {
      let c = b[p]
      if c == separator || c == 0x0A || c == 0x0D { return p }
      p += 1
    }
    return count
  }

  /// The 1-based column (in Unicode scalars) of byte `offset` on its line.
  private func column(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    let end = min(max(offset, 0), b.count)
    var start = end
    while start > 0, b[start - 1] != 0x0A { start -= 1 }
    let here = b[start..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return start == 0 ? here + scalarsBefore : here
  }

  /// Keeps `scalarsBefore` up to date as the bytes before `end` are let go.
  private mutating func count(_ b: UnsafeBufferPointer<UInt8>, upTo end: Int) {
    var start = end
    while start > 0, b[start - 1] != 0x0A { start -= 1 }
    let scalars = b[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    scalarsBefore = start == 0 ? scalarsBefore + scalars : scalars
  }

  /// Splits one row starting at `pos` into `starts`/`ends`/`escaped`; leaves `pos` after its
  /// line break. False when the bytes end inside it and more may come.
  private mutating func splitRow(
    _ b: UnsafeBufferPointer<UInt8>, _ pos: inout Int, _ line: inout Int32, atEnd: Bool
  ) throws(InputError) -> Bool {
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    escaped.removeAll(keepingCapacity: true)
    let count = b.count
    let comma = separators.byte
    let quote = UInt8(ascii: "\"")
    var p = pos
    while true {
      if p < count, b[p] == quote {
        guard let field = try quoted(b, at: p, lines: &line, atEnd: atEnd) else { return false }
        starts.append(Int32(p + 1))
        ends.append(Int32(field.end))
        escaped.append(field.escaped ? 1 : 0)
        p = field.next
      } else {
        let start = p
        p = Self.nextBreak(b, from: p, separator: comma)
        starts.append(Int32(start))
        ends.append(Int32(p))
        escaped.append(0)
      }
      if p >= count {
        if !atEnd { return false }
        break
      }
      let next = Self.afterField(b, p, separator: comma)
      p = next.at
      if next.rowEnded {
        line += 1
        break
      }
    }
    pos = p
    return true
  }

  /// The quoted field whose opening quote is at `quoteAt`: where its text ends (the closing
  /// quote), whether it holds doubled quotes, and where what follows it starts (anything
  /// between the closing quote and the separator is ignored, as most readers do). Line breaks
  /// inside it are counted in `lines`. Nil when the bytes end inside it and more may come.
  private func quoted(
    _ b: UnsafeBufferPointer<UInt8>, at quoteAt: Int, lines: inout Int32, atEnd: Bool
  ) throws(InputError) -> (end: Int, next: Int, escaped: Bool)? {
    let count = b.count
    let quote = UInt8(ascii: "\"")
    let startLine = lines
    var escaped = false
    var p = quoteAt + 1
    while p < count {
      let c = b[p]
      if c == quote {
        if p + 1 < count, b[p + 1] == quote {
          escaped = true
          p += 2
          continue
        }
        if p + 1 == count, !atEnd { return nil }  // maybe the first of a doubled quote
        let end = p
        p += 1
        while p < count, b[p] != separators.byte, b[p] != 0x0A, b[p] != 0x0D { p += 1 }
        return (end, p, escaped)
      }
      if c == 0x0A { lines += 1 }
      p += 1
    }
    if !atEnd { return nil }
    throw InputError.refused(
      .csvUnclosedQuote, file, line: Int(startLine), "expected a closing quote, found the end of the file")
  }

  /// After a field, at the separator or line break at `p`: where the next field starts, and
  /// whether the row ended there (`\n`, `\r\n` or a lone `\r`).
  @inline(__always) static func afterField(
    _ b: UnsafeBufferPointer<UInt8>, _ p: Int, separator: UInt8
  ) -> (at: Int, rowEnded: Bool) {
    let c = b[p]
    if c == separator { return (p + 1, false) }
    if c == 0x0D, p + 1 < b.count, b[p + 1] == 0x0A { return (p + 2, true) }
    return (p + 1, true)
  }
}
