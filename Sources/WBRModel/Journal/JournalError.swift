/// Why the journal could not be opened or written. Each says which file and why, in words.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The journal is open read-only (another `wbr` holds it, or no write permission).
  case readOnly(path: String, reason: String)
  /// The journal cannot be opened at all (missing folder, not a file…): exit 66.
  case cannotOpen(path: String, reason: String)
  /// Reading, writing or syncing failed (full disk, I/O error): exit 74.
  case io(path: String, reason: String)

  public var description: String {
    switch self {
    case .readOnly(let p, let r): return "\(p): read-only: \(r)"
    case .cannotOpen(let p, let r): return "\(p): cannot open the journal: \(r)"
    case .io(let p, let r): return "\(p): \(r)"
    }
  }

  /// sysexits: 66 (EX_NOINPUT) when it cannot be opened, 74 (EX_IOERR) otherwise.
  public var exitStatus: Int32 {
    if case .cannotOpen = self { return 66 }
    return 74
  }
}

/// The record's file name and the environment variable that names it; where a command looks
/// for the record (`--journal`, `$WBR_JOURNAL`, the deck's folder, the series folder) is
/// `RecordDiscovery`'s (WBRStore).
public enum JournalLocation {
  public static let defaultName = "wbr-journal.jsonl"
  public static let environmentVariable = "WBR_JOURNAL"
}
