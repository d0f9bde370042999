import ArgumentParser
import Foundation
import WBRModel
import WBRPublish
import WBRStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `wbr publish`: the deck as one self-contained HTML file, to read before the meeting or to
/// share after it, with the meeting's record (`PublishRecord`: given, or found once the week's
/// meeting has begun).
///
/// Refusals as for `wbr notes`: 65/66 the deck (or owners file) is refused or cannot be read;
/// 66 the journal cannot be opened; 73 the output cannot be created (an existing file is kept
/// unless `--force`); 74 an I/O error. The file is written atomically.
struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish", abstract: "Write the deck as one self-contained HTML page.",
    discussion: """
      The page has every metric (inputs first, section by section) with its numbers, \
      sparklines, signals, 6-12 chart, summary box, annotations and owner, and the meeting's \
      record: --journal, else the record wbr notes would find ($WBR_JOURNAL, the nearest \
      wbr-journal.jsonl in the deck's folder or above) once the deck's week has a meeting in \
      it (before that the page is a pre-read of the deck alone); --no-journal leaves it out. \
      It needs no script and loads nothing from elsewhere. \
      The output is -o FILE (- for standard output), else DECK's name with .html in the \
      current folder. Exit status: 0 written, 64 bad usage, 65/66 a file is refused or cannot \
      be read, 66 the journal cannot be opened, 73 the output cannot be created (an existing \
      file is kept unless --force), 74 an I/O error.
      """)

  @Argument(help: "The deck file (JSON).") var deck: String
  @Option(help: "The owners file (JSON; default: the settings file's [meeting] owners).") var owners: String?
  @OptionGroup var settingsFile: SettingsOption
  @Option(
    help: "The journal: add the meeting's record for the deck's week (default: found as wbr notes finds it).")
  var journal: String?
  @Flag(name: .customLong("no-journal"), help: "Leave the meeting's record out, even one found.")
  var noJournal = false
  @Option(name: .shortAndLong, help: "Write to this file; - for standard output.") var output: String?
  @Flag(help: "Replace an existing output file.") var force = false
  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if noJournal && journal != nil { throw ValidationError("--journal and --no-journal: give one") }
  }

  func run() throws {
    let owners = settingsFile.loadReporting(command: "publish").owners(flag: owners)
    let loaded: LoadedDeck
    do throws(InputError) {
      loaded = try DeckLoader.load(deckPath: deck, ownersPath: owners, options: limits.loadOptions)
    } catch {
      for diagnostic in error.diagnostics { CheckCommand.printError(diagnostic.description) }
      CheckCommand.printError(CheckCommand.refusal(error, deck: deck))
      throw ExitCode(error.exitStatus)
    }
    if !loaded.warnings.isEmpty {
      CheckCommand.printError(
        "\(deck): \(CheckCommand.count(loaded.warnings.count, "warning")) (wbr check lists them)")
    }
    let chosen = try PublishRecord.choose(
      journal: journal, noJournal: noJournal, deckPath: deck, deck: loaded.deck,
      environment: ProcessInfo.processInfo.environment, read: readJournal)
    if let note = chosen.note { CheckCommand.printError(note) }
    let record = chosen.record
    let bytes = DeckPage.render(
      deck: loaded.deck, owners: loaded.owners, analysis: DeckAnalyzer.analyze(loaded.deck), record: record)
    let target = output ?? PublishCommand.defaultOutput(deck: deck)
    guard target != "-" else {
      try Console.write(bytes: bytes)
      return
    }
    do {
      try AtomicFile.write(String(decoding: bytes, as: UTF8.self), to: target, force: force)
    } catch {
      CheckCommand.printError(error.description)
      throw ExitCode(error.exitStatus)
    }
  }

  /// The journal's record; a journal that cannot be opened is an error (exit 66), not an
  /// empty record: the page would claim nothing was recorded.
  private func readJournal(_ path: String) throws -> MeetingRecord {
    guard FileManager.default.fileExists(atPath: path) else {
      CheckCommand.printError("\(path): cannot open the journal: no such file")
      throw ExitCode(66)
    }
    do {
      let file = try JournalFile.openReadOnly(
        path: path, reason: "wbr publish only reads", maxBytes: limits.loadOptions.maxFileBytes)
      for warning in file.contents.warnings { CheckCommand.printError(warning.description) }
      return MeetingRecord(events: file.contents.events)
    } catch {
      CheckCommand.printError(error.description)
      throw ExitCode(error.exitStatus)
    }
  }

  /// `retail-deck.json` → `retail-deck.html`, in the current folder.
  static func defaultOutput(deck: String) -> String {
    var name = deck.split(separator: "/").last.map(String.init) ?? deck
    if name.hasSuffix(".json") { name.removeLast(5) }
    return (name.isEmpty ? "deck" : name) + ".html"
  }
}
