import ArgumentParser
import Foundation
import WBRModel
import WBRStore

extension NotesFormat: ExpressibleByArgument {}

/// `wbr notes`: a meeting's notes from the journal, without a screen.
///
/// Reads the journal read-only (no lock: it may run while the meeting is open), takes names
/// and numbers from the deck when one is given, and writes Markdown, plain text, JSON or CSV
/// to standard output or, atomically, to a file. Exit status: 0 written; 64 bad usage; 65/66
/// the deck is refused or missing; 66 the journal cannot be opened; 73 the output file
/// cannot be created (or exists, without `--force`); 74 an I/O error.
struct NotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes", abstract: "Export a meeting's notes from the journal.",
    discussion: """
      The journal is --journal, else $WBR_JOURNAL, else wbr-journal.jsonl in the deck's \
      folder (or the current folder without --deck). The week is --week, else the deck's \
      week_ending, else the latest week in the journal. Exit status: 0 written, 64 bad usage, \
      65/66 the deck is refused or cannot be read, 66 the journal cannot be opened, 73 the \
      output cannot be created (an existing file is kept unless --force), 74 an I/O error.
      """)

  @Option(help: "The journal file.") var journal: String?
  @Option(help: "The deck file (JSON): metric names and this week's numbers.") var deck: String?
  @Option(help: "The owners file (JSON): owner names.") var owners: String?
  @Option(help: "The meeting week, YYYY-MM-DD.") var week: String?
  @Option(help: "The output format.") var format: NotesFormat = .md
  @Option(name: .shortAndLong, help: "Write to this file (default, or -: standard output).") var output:
    String?
  @Flag(help: "Replace an existing output file.") var force = false
  @Flag(help: "ASCII glyphs only (sparklines, signs) in md and txt notes.") var ascii = false
  @Option(help: "The meeting lead (default: who recorded the meeting, else the login name).") var lead:
    String?
  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if let week, Day(iso: week) == nil {
      throw ValidationError("--week: expected a date YYYY-MM-DD, found \"\(week)\"")
    }
    if owners != nil && deck == nil { throw ValidationError("--owners needs --deck") }
  }

  func run() throws {
    let loaded = try loadDeck()
    let path = JournalLocation.resolve(
      option: journal, environment: ProcessInfo.processInfo.environment, deckPath: deck)
    let file: JournalFile
    do {
      file = try JournalFile.openReadOnly(
        path: path, reason: "wbr notes only reads", maxBytes: limits.loadOptions.maxFileBytes)
    } catch {
      CheckCommand.printError(error.description)
      throw ExitCode(error.exitStatus)
    }
    for warning in file.contents.warnings { CheckCommand.printError(warning.description) }
    if file.contents.entries.isEmpty && !FileManager.default.fileExists(atPath: path) {
      CheckCommand.printError(
        "\(path): warning: no journal yet; the notes have no outcomes or commitments")
    }
    let record = MeetingRecord(events: file.contents.events)
    let chosen = week.flatMap(Day.init(iso:)) ?? loaded?.deck.weekEnding ?? record.meetingWeeks.last
    guard let meetingWeek = chosen else {
      CheckCommand.printError("no meeting week: pass --week or --deck (the journal \(path) is empty)")
      throw ExitCode(64)
    }
    if let d = loaded?.deck, d.weekEnding != meetingWeek {
      CheckCommand.printError(
        "warning: the deck is for the week ending \(d.weekEnding), not \(meetingWeek);"
          + " the notes have no numbers")
    }
    // Read again only when the notes show it: for the deck of the meeting week.
    let checksum = loaded.flatMap { l -> DeckChecksum? in
      guard let deck, l.deck.weekEnding == meetingWeek else { return nil }
      return DeckChecksum.take(path: deck, loaded: l.deckStamp, maxBytes: limits.loadOptions.maxFileBytes)
    }
    if let why = checksum?.reason { CheckCommand.printError("warning: no deck SHA-256 in the notes: \(why)") }
    // As `wbr report`: ASCII for the text formats; JSON and CSV are for programs.
    let ascii = ascii && (format == .md || format == .txt)
    let notes = NotesBuilder(
      deck: loaded?.deck, analysis: loaded.map { DeckAnalyzer.analyze($0.deck, ascii: ascii) },
      owners: loaded?.owners ?? OwnersFile(), record: record, week: meetingWeek, lead: lead,
      login: LeadName.resolve(nil), deckFile: deck, deckChecksum: checksum
    ).build()
    let text = format.render(notes, ascii: ascii)
    guard let output, output != "-" else {
      try Console.write(text)
      return
    }
    do {
      try AtomicFile.write(text, to: output, force: force)
    } catch {
      CheckCommand.printError(error.description)
      throw ExitCode(error.exitStatus)
    }
  }

  /// The deck and owners; nil without `--deck`. The deck's SHA-256 is taken later, from the
  /// file as loaded (`DeckChecksum`), and only when the notes show it.
  private func loadDeck() throws -> LoadedDeck? {
    guard let deck else { return nil }
    do throws(InputError) {
      let loaded = try DeckLoader.load(deckPath: deck, ownersPath: owners, options: limits.loadOptions)
      if !loaded.warnings.isEmpty {
        let n = CheckCommand.count(loaded.warnings.count, "warning")
        CheckCommand.printError("\(deck): \(n) (wbr check lists them)")
      }
      return loaded
    } catch {
      for diagnostic in error.diagnostics { CheckCommand.printError(diagnostic.description) }
      CheckCommand.printError(CheckCommand.refusal(error, deck: deck))
      throw ExitCode(error.exitStatus)
    }
  }
}
