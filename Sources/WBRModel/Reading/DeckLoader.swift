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
    var failures: [InputError] = []
    var deckBytes: [UInt8] = []
    var ownersBytes: [UInt8]?
    do throws(InputError) {
      deckBytes = try FileBytes.read(deckPath, maxBytes: options.maxFileBytes)
    } catch {
      failures.append(error)
    }
    if let ownersPath {
      do throws(InputError) {
        ownersBytes = try FileBytes.read(ownersPath, maxBytes: options.maxFileBytes)
      } catch {
        failures.append(error)
      }
    }
    if !failures.isEmpty {
      let kind: InputError.Kind = failures.contains { $0.kind == .missing } ? .missing : .refused
      throw InputError(kind: kind, diagnostics: failures.flatMap(\.diagnostics))
    }
    return try load(
      deckBytes: deckBytes, deckName: deckPath, ownersBytes: ownersBytes, ownersName: ownersPath,
      options: options)
  }

  /// Loads from bytes already in memory; `deckName`/`ownersName` label the diagnostics.
  public static func load(
    deckBytes: [UInt8], deckName: String, ownersBytes: [UInt8]? = nil, ownersName: String? = nil,
    options: LoadOptions = LoadOptions()
  ) throws(InputError) -> LoadedDeck {
    var syntax: [Diagnostic] = []
    var deckReader = DocumentReader(
      file: deckName, maxErrors: options.maxErrors, maxWarnings: options.maxWarnings)
    var deckRoot: JSONNode?
    var deck: Deck?
    switch JSONDocument.parse(deckBytes, file: deckName, limits: options.json) {
    case .success(let root):
      deckRoot = root
      deck = deckReader.readDeck(root)
    case .failure(let e): syntax += e.diagnostics
    }
    let ownersLabel = ownersName ?? "owners"
    var ownersReader = DocumentReader(
      file: ownersLabel, maxErrors: options.maxErrors, maxWarnings: options.maxWarnings)
    var ownersRoot: JSONNode?
    var owners: OwnersFile? = OwnersFile()
    if let ownersBytes {
      switch JSONDocument.parse(ownersBytes, file: ownersLabel, limits: options.json) {
      case .success(let root):
        ownersRoot = root
        owners = ownersReader.readOwners(root)
      case .failure(let e):
        syntax += e.diagnostics
        owners = nil
      }
    }
    if let deck, let deckRoot, let owners, let ownersRoot, !deckReader.log.hasErrors,
      !ownersReader.log.hasErrors
    {
      OwnersCheck.check(
        deck: deck, deckRoot: deckRoot, owners: owners, ownersRoot: ownersRoot, deckLog: &deckReader.log,
        ownersLog: &ownersReader.log)
    }
    let diagnostics = syntax + deckReader.log.all + ownersReader.log.all
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
