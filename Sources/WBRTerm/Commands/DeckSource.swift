import ArgumentParser
import Foundation
import WBRBuild
import WBRModel
import WBRStore

/// Where `meet`, `check` and `report` get their deck: a deck file, or a WBR App config and CSV
/// built in memory (`--config` and `--data`), exactly as `wbr build` would write it.
enum DeckSource {
  /// Refuses a command line with neither or both ways given, or build flags without a build.
  static func validate(deck: String?, config: String?, data: String?, flags: BuildFlags? = nil) throws {
    switch (deck, config, data) {
    case (.some, nil, nil), (nil, .some, _): break
    case (.some, _, _):
      throw ValidationError("Give either a deck file or --config (and --data), not both.")
    case (nil, nil, .some):
      throw ValidationError("--data goes with --config.")
    default:
      throw ValidationError(
        "Give a deck file, or --config (with --data, or the config's data_sources) to build one.")
    }
    if deck != nil, flags?.isSet == true {
      throw ValidationError(
        "--week-ending, --as-of, --date-format, --delimiter and --connections go with --config.")
    }
    try validateData(data)
  }

  /// `--data -` reads the CSV from standard input, which must then not be a terminal: wbr
  /// would wait for a CSV typed by hand, with no prompt.
  static func validateData(_ data: String?, stdinIsTTY: Bool = isatty(0) == 1) throws {
    if data == FileBytes.standardInput && stdinIsTTY {
      throw ValidationError(
        "--data -: standard input is a terminal; pipe the CSV in (wbr build --data - < daily.csv) or give its path."
      )
    }
  }

  /// Loads (or builds, then loads) the deck and owners; build warnings come first.
  static func load(
    deck: String?, config: String?, data: String?, ownersPath owners: String?,
    options: LoadOptions = LoadOptions(), flags: BuildFlags
  ) throws(InputError) -> LoadedDeck {
    guard let config else {
      return try DeckLoader.load(deckPath: deck ?? "", ownersPath: owners, options: options)
    }
    let (built, buildWarnings) = try DailyData.build(
      config: config, data: data, limits: options, flags: flags, showProgress: true)
    let ownersBytes: [UInt8]?
    do throws(InputError) {
      ownersBytes = try owners.map { (path) throws(InputError) in
        try FileBytes.read(path, maxBytes: options.maxFileBytes)
      }
    } catch {
      throw InputError(kind: error.kind, diagnostics: error.diagnostics + buildWarnings)
    }
    var loaded: LoadedDeck
    do throws(InputError) {
      loaded = try DeckLoader.load(
        deckBytes: DeckWriter.write(built), deckName: config, ownersBytes: ownersBytes, ownersName: owners,
        options: options)
    } catch {
      throw InputError(kind: error.kind, diagnostics: error.diagnostics + buildWarnings)
    }
    // The build already said what the deck's data quality records, with the CSV's lines.
    loaded.warnings = buildWarnings + loaded.warnings.filter { !qualityCodes.contains($0.code) }
    return loaded
  }

  /// `load`, for a command that reports problems: a refusal is printed by `printer` and ends
  /// the command with its exit status (`check`, `report`).
  static func load(
    deck: String?, config: String?, data: String?, ownersPath owners: String?, options: LoadOptions,
    flags: BuildFlags, printer: ProblemPrinter
  ) throws -> LoadedDeck {
    do throws(InputError) {
      return try load(
        deck: deck, config: config, data: data, ownersPath: owners, options: options, flags: flags)
    } catch {
      let report = printer.report(error.diagnostics)
      throw ExitCode(printer.print(report, printer.refusal(error, report)))
    }
  }

  /// The codes the reader gives for a deck's `data_quality`, which the build gave first.
  static let qualityCodes: Set<ProblemCode> = [
    .buildPartialWeek, .csvMissingDays, .csvDuplicateRows, .csvRowsAfterWeekEnding, .buildStaleWeekEnding,
  ]
}
