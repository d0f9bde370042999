/// Loads a deck and its owners file for any front end (the meeting, `wbr check`,
/// `wbr report`): read with bounds, parse, validate both files, check them against each
/// other, and either return the deck with its warnings or throw every error found.
public enum DeckLoader {
  /// Loads from paths. Throws `.missing` (exit 66) when a file cannot be read, with the
  /// operating system's reason, and `.refused` (exit 65) when a file is too large or breaks
  /// a rule of deck-format.md.
  public static func load(
    deckPath: String, ownersPath: String? = nil, options: LoadOptions = LoadOptions()
  ) throws(InputError) -> LoadedDeck {
    // The tape keeps the file's bytes (its strings are ranges of them) until the deck is read.
    // Stamped before the read and after the parse (two `stat` calls), for the notes' checksum.
    let (deck, stamp) = FileStamp.around(deckPath) { parseFile(deckPath, options: options) }
    let owners = ownersPath.map { parseFile($0, options: options) }
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
    if case .parsed(let p)? = owners { parsedOwners = p }
    var loaded = try load(
      deck: parsedDeck, deckName: deckPath, owners: parsedOwners, ownersName: ownersPath, options: options)
    loaded.deckStamp = stamp
    return loaded
  }

  /// A file read from disk: unreadable (missing or over the size limit), or parsed (or not).
  enum FileOutcome {
    case unreadable(InputError)
    case parsed(Result<JSONTape, InputError>)
  }

  /// Loads from bytes already in memory; `deckName`/`ownersName` label the diagnostics.
  public static func load(
    deckBytes: [UInt8], deckName: String, ownersBytes: [UInt8]? = nil, ownersName: String? = nil,
    options: LoadOptions = LoadOptions()
  ) throws(InputError) -> LoadedDeck {
    let deck = JSONDocument.parse(deckBytes, file: deckName, limits: options.json)
    let owners = ownersBytes.map {
      JSONDocument.parse($0, file: ownersName ?? "owners", limits: options.json)
    }
    return try load(deck: deck, deckName: deckName, owners: owners, ownersName: ownersName, options: options)
  }

  static func parseFile(_ path: String, options: LoadOptions) -> FileOutcome {
    do throws(InputError) {
      let bytes = try FileBytes.read(path, maxBytes: options.maxFileBytes)
      return .parsed(JSONDocument.parse(bytes, file: path, limits: options.json))
    } catch {
      return .unreadable(error)
    }
  }

  static func load(
    deck parsedDeck: Result<JSONTape, InputError>, deckName: String,
    owners parsedOwners: Result<JSONTape, InputError>?, ownersName: String?, options: LoadOptions
  ) throws(InputError) -> LoadedDeck {
    var syntax: [Diagnostic] = []
    var deckReader: DocumentReader?
    var deck: Deck?
    switch parsedDeck {
    case .success(let tape):
      var reader = DocumentReader(
        tape: tape, file: deckName, maxErrors: options.maxErrors, maxWarnings: options.maxWarnings)
      deck = reader.readDeck()
      deckReader = reader
    case .failure(let e): syntax += e.diagnostics
    }
    var ownersReader: DocumentReader?
    var owners: OwnersFile? = OwnersFile()
    switch parsedOwners {
    case .success(let tape)?:
      var reader = DocumentReader(
        tape: tape, file: ownersName ?? "owners", maxErrors: options.maxErrors,
        maxWarnings: options.maxWarnings)
      owners = reader.readOwners()
      ownersReader = reader
    case .failure(let e)?:
      syntax += e.diagnostics
      owners = nil
    case nil: break
    }
    if let deck, var d = deckReader, let owners, var o = ownersReader, !d.log.hasErrors, !o.log.hasErrors {
      OwnersCheck.check(
        deck: deck, deckTape: d.tape, owners: owners, ownersTape: o.tape, deckLog: &d.log, ownersLog: &o.log)
      deckReader = d
      ownersReader = o
    }
    let diagnostics = syntax + (deckReader?.log.all ?? []) + (ownersReader?.log.all ?? [])
    guard let deck, let owners, !diagnostics.contains(where: { $0.severity == .error }) else {
      throw InputError(kind: .refused, diagnostics: Self.errorsFirst(diagnostics))
    }
    return LoadedDeck(
      deck: deck, owners: owners, deckPath: deckName, ownersPath: ownersName, warnings: diagnostics)
  }

  /// Errors of both files before any warning, so the reason for a refusal comes first.
  static func errorsFirst(_ list: [Diagnostic]) -> [Diagnostic] {
    list.filter { $0.severity == .error } + list.filter { $0.severity == .warning }
  }
}
