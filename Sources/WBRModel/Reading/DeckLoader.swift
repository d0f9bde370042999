/// Loads a deck and its owners file for any front end (the meeting, `wbr check`,
/// `wbr report`): parse, validate both files, check them against each other, and either
/// return the deck with its warnings or throw every error found. From bytes here; from paths
/// (read with bounds, stamped for the notes' checksum) in `WBRStore` (`DeckLoader+Files`).
public enum DeckLoader {
  /// Loads from bytes already in memory; `deckName`/`ownersName` label the diagnostics.
  public static func load(
    deckBytes: [UInt8], deckName: String, ownersBytes: [UInt8]? = nil, ownersName: String? = nil,
    options: LoadOptions = LoadOptions()
  ) throws(InputError) -> LoadedDeck {
    let deck = JSONDocument.parseDeck(deckBytes, file: deckName, options: options)
    let owners = ownersBytes.map {
      JSONDocument.parse($0, file: ownersName ?? "owners", limits: options.json)
    }
    return try load(deck: deck, deckName: deckName, owners: owners, ownersName: ownersName, options: options)
  }

  package static func load(
    deck parsedDeck: Result<ParsedDeck, InputError>, deckName: String,
    owners parsedOwners: Result<JSONTape, InputError>?, ownersName: String?, options: LoadOptions
  ) throws(InputError) -> LoadedDeck {
    var syntax: [Diagnostic] = []
    var deckReader: DocumentReader?
    var deck: Deck?
    switch parsedDeck {
    case .success(let parsed):
      var reader = DocumentReader(
        tape: parsed.tape, file: deckName, maxErrors: options.maxErrors, maxWarnings: options.maxWarnings)
      reader.stream = parsed.stream
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
        deck: deck, mentions: d.ownerMentions, owners: owners, ownersTape: o.tape, deckLog: &d.log,
        ownersLog: &o.log)
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
