/// One line of the journal as read back.
public enum JournalEntry: Sendable, Equatable {
  /// An event this version understands.
  case event(RecordEvent)
  /// A well-formed line of a type (or version) this version does not know, e.g. from a newer
  /// `wbr`: kept as written and ignored by the fold.
  case unknown(type: String, raw: String)
}

/// Everything read from a journal: its entries, and warnings about lines that were skipped.
public struct JournalContents: Sendable, Equatable {
  public var entries: [JournalEntry]
  /// Torn or invalid lines, each skipped; never fatal.
  public var warnings: [Diagnostic]
  /// True when the file's last byte is not a newline: the next append must start with one
  /// so that it does not glue itself onto a torn line.
  public var needsNewline: Bool
  /// The file line of each entry (same indexing as `entries`), for messages about events.
  public var lineNumbers: [Int]
  /// How many lines the file has (the next appended event's line is one more).
  public var lineCount: Int

  public init(entries: [JournalEntry] = [], warnings: [Diagnostic] = [], needsNewline: Bool = false) {
    self.entries = entries
    self.warnings = warnings
    self.needsNewline = needsNewline
    self.lineNumbers = []
    self.lineCount = 0
  }

  /// Adds an entry read from (or appended as) line `line`.
  public mutating func append(_ entry: JournalEntry, line: Int) {
    entries.append(entry)
    lineNumbers.append(line)
    lineCount = max(lineCount, line)
  }

  /// The file line of the event with id `eventID` (its first occurrence).
  public func line(ofEvent eventID: String) -> Int? {
    for (i, entry) in entries.enumerated() {
      if case .event(let e) = entry, e.id == eventID { return i < lineNumbers.count ? lineNumbers[i] : nil }
    }
    return nil
  }

  /// The known events, in file order.
  public var events: [RecordEvent] {
    entries.compactMap { entry in
      if case .event(let e) = entry { return e }
      return nil
    }
  }

  /// How many lines were kept but ignored as unknown.
  public var unknownCount: Int {
    entries.reduce(0) { n, entry in
      if case .unknown = entry { return n + 1 }
      return n
    }
  }
}
