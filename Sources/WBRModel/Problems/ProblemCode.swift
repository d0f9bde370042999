/// The stable code of every error and warning `wbr` prints (docs/PROBLEMS.md).
///
/// A pipeline gates on codes, not on message wording: `--allow csv.rows-after-week-ending`
/// silences one known-harmless warning, `--format json` prints the code of each problem.
/// Codes are `area.what` in lower case with dashes; the area says which input the problem is
/// about (`csv`, `config`, `build`, `source`, `json`, `deck`, `owners`, `journal`, `file`,
/// `output`, `notes`). A code is never renamed or reused; new ones are added. Each has one severity, so
/// a code alone says whether it refuses the input.
public enum ProblemCode: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
  // The daily CSV.
  case csvEmpty = "csv.empty"
  case csvDelimiter = "csv.delimiter"
  case csvShortRow = "csv.short-row"
  case csvLongRow = "csv.long-row"
  case csvUnclosedQuote = "csv.unclosed-quote"
  case csvNoDateColumn = "csv.no-date-column"
  case csvDateColumnName = "csv.date-column-name"
  case csvBadDate = "csv.bad-date"
  case csvDateOrder = "csv.date-order"
  case csvNoRows = "csv.no-rows"
  case csvNotANumber = "csv.not-a-number"
  case csvNumberRange = "csv.number-range"
  case csvDuplicateRows = "csv.duplicate-rows"
  case csvMissingDays = "csv.missing-days"
  case csvBlankCells = "csv.blank-cells"
  case csvRowsAfterWeekEnding = "csv.rows-after-week-ending"
  // The WBR App config (YAML).
  case configEmpty = "config.empty"
  case configYAML = "config.yaml"
  case configComplexKey = "config.complex-key"
  case configDuplicateKey = "config.duplicate-key"
  case configTooLarge = "config.too-large"
  case configInvalid = "config.invalid"
  case configMissingKey = "config.missing-key"
  case configUnknownKey = "config.unknown-key"
  case configWeekEnding = "config.week-ending"
  case configFiscalYearEndMonth = "config.fiscal-year-end-month"
  case configNoTitle = "config.no-title"
  case configWeekNumber = "config.week-number"
  case configBoxTotalScaling = "config.box-total-scaling"
  case configUnknownColumn = "config.unknown-column"
  case configColumnPrefix = "config.column-prefix"
  case configFilter = "config.filter"
  case configUnknownMetric = "config.unknown-metric"
  case configCycle = "config.cycle"
  case configDerivedSeries = "config.derived-series"
  case configEmbeddedContent = "config.embedded-content"
  case configFormat = "config.format"
  case configDefaultKind = "config.default-kind"
  // Building the deck from both.
  case buildWeekEndingOutside = "build.week-ending-outside"
  case buildNoCompleteWeek = "build.no-complete-week"
  case buildPartialWeek = "build.partial-week"
  case buildStaleWeekEnding = "build.stale-week-ending"
  case buildOverflow = "build.overflow"
  // The config's data_sources: connections, queries and their results.
  case sourceUnsupported = "source.unsupported"
  case sourceUnknownConnection = "source.unknown-connection"
  case sourceUnsetVariable = "source.unset-variable"
  case sourcePlainPassword = "source.plain-password"
  case sourceConnect = "source.connect"
  case sourceAuth = "source.auth"
  case sourceQuery = "source.query"
  case sourceLost = "source.lost"
  case sourceTimeout = "source.timeout"
  case sourceCancelled = "source.cancelled"
  case sourceColumnType = "source.column-type"
  case sourceEmptyResult = "source.empty-result"
  case sourceColumnCollision = "source.column-collision"
  case sourceAnnotationColumns = "source.annotation-columns"
  case sourceAnnotationMetric = "source.annotation-metric"
  // Any input file.
  case fileUnreadable = "file.unreadable"
  case fileTooLarge = "file.too-large"
  // JSON files (decks, owners files): shape.
  case jsonSyntax = "json.syntax"
  case jsonType = "json.type"
  case jsonMissingKey = "json.missing-key"
  case jsonDuplicateKey = "json.duplicate-key"
  case jsonUnknownKey = "json.unknown-key"
  case jsonFormat = "json.format"
  case jsonVersion = "json.version"
  // Decks: content.
  case deckNoMetrics = "deck.no-metrics"
  case deckNoPoints = "deck.no-points"
  case deckDuplicateID = "deck.duplicate-id"
  case deckLimits = "deck.limits"
  case deckDuplicateSection = "deck.duplicate-section"
  case deckUnknownSection = "deck.unknown-section"
  case deckPairsWith = "deck.pairs-with"
  case deckRenamedFrom = "deck.renamed-from"
  case deckPointLeftOut = "deck.point-left-out"
  case deckNoData = "deck.no-data"
  case deckMissingWeeks = "deck.missing-weeks"
  case deckShortHistory = "deck.short-history"
  case deckPrefix = "deck.prefix"
  // Owners files.
  case ownersDuplicateID = "owners.duplicate-id"
  case ownersUnknownOwner = "owners.unknown-owner"
  case ownersUnknownMetric = "owners.unknown-metric"
  // The meeting journal and the notes.
  case journalUnreadable = "journal.unreadable"
  case journalBadLine = "journal.bad-line"
  case journalHistory = "journal.history"
  case journalOtherSeries = "journal.other-series"
  case notesNoJournal = "notes.no-journal"
  case notesNoWeek = "notes.no-week"
  case notesOtherWeek = "notes.other-week"
  case notesNoChecksum = "notes.no-checksum"
  // Output.
  case outputCannotCreate = "output.cannot-create"
  case outputIO = "output.io"
  // Listing caps: stands for problems past the cap, of the severity it carries.
  case omitted = "problems.omitted"

  /// Whether a problem with this code refuses the input (or the run) or is only listed.
  public var severity: Diagnostic.Severity {
    switch self {
    case .csvDateColumnName, .csvDuplicateRows, .csvMissingDays, .csvBlankCells, .csvRowsAfterWeekEnding,
      .configUnknownKey, .configNoTitle, .configWeekNumber, .configBoxTotalScaling, .configColumnPrefix,
      .configDerivedSeries, .configEmbeddedContent, .configFormat, .configDefaultKind,
      .buildPartialWeek, .buildStaleWeekEnding, .sourcePlainPassword, .sourceColumnCollision,
      .sourceAnnotationMetric, .jsonUnknownKey, .deckDuplicateSection,
      .deckUnknownSection, .deckPairsWith, .deckPointLeftOut, .deckNoData, .deckMissingWeeks,
      .deckShortHistory, .deckPrefix, .ownersUnknownOwner, .ownersUnknownMetric, .journalBadLine,
      .notesNoJournal, .deckRenamedFrom, .journalHistory, .journalOtherSeries,
      .notesOtherWeek, .notesNoChecksum, .omitted:
      return .warning
    default:
      return .error
    }
  }

  public static func < (a: ProblemCode, b: ProblemCode) -> Bool { a.rawValue < b.rawValue }

  /// The codes a user may `--allow`: warnings (an error cannot be waved through).
  public static var allowable: [ProblemCode] {
    allCases.filter { $0.severity == .warning && $0 != .omitted }
  }
}
