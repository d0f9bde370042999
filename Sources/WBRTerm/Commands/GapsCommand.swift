import ArgumentParser
import Foundation
import WBRModel
import WBRStore

/// `wbr gaps`: the response gaps of the coming meeting, for a reminder before it.
struct GapsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gaps", abstract: "List what owners have not answered before the meeting.",
    discussion: """
      For the week of the deck: the anomalies with no outcome and no prepared explanation, \
      and the open commitments from earlier meetings with no answer (done, carried or \
      dropped in the meeting, or prepared with `wbr prep`), by owner, with their e-mail from \
      the owners file: a reminder for a mail (txt), a chat post (md) or a bot (json). The \
      record is found as by `wbr meet` (--journal, $WBR_JOURNAL, the nearest \
      wbr-journal.jsonl in the deck's folder or above); with none, every anomaly is a gap. \
      Exit status: 0 listed (with or without gaps); 64 bad usage; 65 an input is refused \
      (invalid content); 66 an input or the journal cannot be read; 74 standard output \
      cannot be written.
      """)

  @Argument(help: "The deck file (JSON); default: the newest week's deck in the current folder.")
  var deck: String?
  @Option(help: "The owners file (JSON; default: the settings file's [meeting] owners).") var owners: String?
  @Option(help: "The meeting record.") var journal: String?
  @Option(help: "Only this owner's gaps (an owner id).") var owner: String?
  @Option(help: "txt (default), md or json.") var format: ResponseGaps.Format = .txt
  @OptionGroup var limits: LimitOptions
  @OptionGroup var settingsFile: SettingsOption

  func run() throws {
    let deckPath = try deck ?? SeriesDecks.newestOrExit(command: "wbr gaps")
    let ownersPath = settingsFile.loadReporting(command: "gaps").owners(flag: owners)
    let gaps = try GapsReading.gaps(
      deckPath: deckPath, ownersPath: ownersPath, journal: journal, owner: owner, command: "wbr gaps",
      limits: limits)
    try RecordReading.output(gaps.render(format))
  }
}

extension ResponseGaps.Format: ExpressibleByArgument {}

/// The deck, its record (read without a lock) and the gaps: shared by `wbr gaps` and
/// `wbr prep --status`.
enum GapsReading {
  static func gaps(
    deckPath: String, ownersPath: String?, journal: String?, owner: String?, command: String,
    limits: LimitOptions
  ) throws -> ResponseGaps {
    let loaded: LoadedDeck
    do throws(InputError) {
      loaded = try DeckLoader.load(deckPath: deckPath, ownersPath: ownersPath, options: limits.loadOptions)
    } catch {
      for diagnostic in ProblemReport(error.diagnostics).problems { Console.error(diagnostic.description) }
      Console.error(CheckCommand.refusal(error, deck: deckPath))
      throw ExitCode(error.exitStatus)
    }
    if let owner,
      !PrepOwners.choices(deck: loaded.deck, owners: loaded.owners).contains(where: { $0.id == owner })
    {
      Console.error("\(command): --owner \(owner): no metric of the deck is owned by \(owner)")
      throw ExitCode(64)
    }
    let location = RecordDiscovery.locate(
      option: journal, environment: ProcessInfo.processInfo.environment, deckPath: deckPath)
    var record = MeetingRecord()
    if !location.isNew {
      do throws(JournalError) {
        let file = try JournalFile.openReadOnly(
          path: location.path, reason: "\(command) only reads", maxBytes: limits.loadOptions.maxFileBytes)
        for warning in file.contents.warnings { Console.error(warning.description) }
        record = MeetingRecord(events: file.contents.events).asItStood(at: loaded.deck.weekEnding)
        file.close()
      } catch {
        Console.error(error.description)
        throw ExitCode(error.exitStatus)
      }
    }
    return ResponseGaps(
      deck: loaded.deck, analysis: DeckAnalyzer.analyze(loaded.deck), owners: loaded.owners, record: record,
      only: owner)
  }
}
