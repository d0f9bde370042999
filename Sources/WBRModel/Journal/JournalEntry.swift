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

  public init(entries: [JournalEntry] = [], warnings: [Diagnostic] = [], needsNewline: Bool = false) {
    self.entries = entries
    self.warnings = warnings
    self.needsNewline = needsNewline
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
