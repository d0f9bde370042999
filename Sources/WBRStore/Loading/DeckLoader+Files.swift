import WBRModel

/// Loading a deck and its owners file from paths: read with the size bound, stamped for the
/// notes' checksum, then parsed and checked as from bytes (`DeckLoader` in `WBRModel`).
extension DeckLoader {
  /// Loads from paths. Throws `.missing` (exit 66) when a file cannot be read, with the
  /// operating system's reason, and `.refused` (exit 65) when a file is too large or breaks
  /// a rule of deck-format.md.
  public static func load(
    deckPath: String, ownersPath: String? = nil, options: LoadOptions = LoadOptions()
  ) throws(InputError) -> LoadedDeck {
    // The tape keeps the file's bytes (its strings are ranges of them) until the deck is read.
    // Stamped before the read and after the parse (two `stat` calls), for the notes' checksum.
    let (deck, stamp) = FileStamp.around(deckPath) { parseFile(deckPath, options: options, deck: true) }
    let owners = ownersPath.map { parseFile($0, options: options, deck: false) }
    let unreadable = [deck, owners].compactMap { file -> InputError? in
      if case .unreadable(let e)? = file { return e }
      return nil
    }
    if !unreadable.isEmpty {
      let kind: InputError.Kind = unreadable.contains { $0.kind == .missing } ? .missing : .refused
      throw InputError(kind: kind, diagnostics: unreadable.flatMap(\.diagnostics))
    }
    guard case .parsed(let parsedDeck) = deck else {
      throw InputError(kind: .missing, diagnostics: [])
    }
    var parsedOwners: Result<JSONTape, InputError>?
    if case .parsed(let p)? = owners { parsedOwners = p.map(\.tape) }
    var loaded = try load(
      deck: parsedDeck, deckName: deckPath, owners: parsedOwners, ownersName: ownersPath, options: options)
    loaded.deckStamp = stamp
    return loaded
  }

  /// A file read from disk: unreadable (missing or over the size limit), or parsed (or not).
  enum FileOutcome {
    case unreadable(InputError)
    case parsed(Result<ParsedDeck, InputError>)
  }

  /// `deck`: the deck file, whose metrics are read as they are parsed; else an owners file.
  static func parseFile(_ path: String, options: LoadOptions, deck: Bool) -> FileOutcome {
    do throws(InputError) {
      let bytes = try FileBytes.read(path, maxBytes: options.maxFileBytes)
      if deck { return .parsed(JSONDocument.parseDeck(bytes, file: path, options: options)) }
      return .parsed(JSONDocument.parse(bytes, file: path, limits: options.json).map(ParsedDeck.init(tape:)))
    } catch {
      return .unreadable(error)
    }
  }
}
