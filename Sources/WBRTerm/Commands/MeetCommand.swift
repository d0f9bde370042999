import ArgumentParser
import Foundation
import WBRApp
import WBRModel
import WBRStore

/// `wbr meet`: the full-screen meeting.
struct MeetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meet", abstract: "Open the meeting screen on a deck.",
    discussion: """
      Keys: ? lists them all. q quits (status 0). Needs a terminal on standard input and \
      output; for a plain-text view use `wbr report`. NO_COLOR (non-empty) turns colour off. \
      Without a deck, opens the newest week's deck in the current folder's week folders. The \
      record is --journal, else $WBR_JOURNAL, else the nearest wbr-journal.jsonl in the deck's \
      folder or above (up to the home folder), else a new one next to the deck. A past week \
      opens read-only unless --amend. Several wbr may write one record at once (each shows the \
      others' changes within a second; u undoes only your own); on a network file system the \
      first holds it and the others open read-only. --follow shows the lead's meeting on the \
      same record read-only, keeping up within a second, with the same settings. Exit status: 0 quit; 1 the terminal \
      could not be set up; \
      64 bad usage or no terminal; 65 an input is refused (invalid content) or the deck belongs \
      to another series; 66 an input or the journal cannot be read; 78 a week folder next to \
      the deck holds this series' record (run the `wbr init` it names). When the deck or owners \
      file changes on disk the header says so and Ctrl-R reloads it in place (--watch: by \
      itself); y copies the selection to the clipboard (OSC 52). Settings: `wbr settings`.
      """)

  @Argument(help: "The deck file (JSON); default: the newest week's deck in the current folder.")
  var deck: String?
  @Option(help: "Build the deck in memory from this WBR App config (YAML), with --data or its data_sources.")
  var config: String?
  @Option(
    help: "The daily data (CSV) for --config (- reads standard input; without it, the config's data_sources)."
  ) var data: String?
  @Option(help: "The owners file (JSON; default: the settings file's [meeting] owners).") var owners: String?
  @Option(
    help:
      "The meeting record (default: $WBR_JOURNAL, else the nearest wbr-journal.jsonl in the deck's folder or above)."
  )
  var journal: String?
  @Flag(help: "Change a past week's record (its changes are journaled as amendments).") var amend = false
  @Flag(help: "Meet on a record of another title: the deck was renamed (the record takes the new title).")
  var seriesRenamed = false
  @Option(help: "The meeting lead, recorded with every change (default: the login name).") var lead: String?
  @Option(
    help:
      "The meeting's budget in minutes, for the clock (t) (default: the settings file's budget_minutes, else 60)."
  ) var budget: Int?
  @Flag(
    help:
      "Follow the lead's meeting on this record, read-only: the metric and screen the lead has open, and the record as it grows."
  ) var follow = false
  @Flag(help: "Reload the deck and owners by themselves when they change on disk (else Ctrl-R reloads).")
  var watch = false
  @OptionGroup var flags: BuildFlags
  @OptionGroup var limits: LimitOptions
  @OptionGroup var screen: ScreenOptions

  func validate() throws {
    if let budget, budget < 1 || budget > 1440 {
      throw ValidationError("--budget: expected minutes from 1 to 1440, found \(budget)")
    }
    if deck == nil && config == nil && data == nil { return }
    try DeckSource.validate(deck: deck, config: config, data: data, flags: flags)
  }

  func run() throws {
    var command = self
    if deck == nil && config == nil { command.deck = try SeriesDecks.newestOrExit(command: "wbr meet") }
    try command.meet()
  }

  private func meet() throws {
    let screenSettings = screen.load()
    let settings = screenSettings.loaded
    let ownersPath = settings.owners(flag: owners)
    // The files' versions before reading them: a write during the read shows as a change.
    let source =
      config == nil
      ? deck.map {
        DeckFilesSource(deckPath: $0, ownersPath: ownersPath, options: limits.loadOptions, ascii: false)
      } : nil
    let stamps = source?.stamps() ?? []
    let loaded = try loadDeck(settings)
    if follow { return try followMeeting(loaded, screen: screenSettings) }
    // Before the journal: a meeting that cannot start must not leave an empty journal behind.
    if let problem = InteractiveCheck.problem() {
      printError(problem)
      throw ExitCode(InteractiveCheck.exitStatus)
    }
    if let problem = TerminalCheck.problem() {
      printError(problem)
      throw ExitCode(TerminalCheck.exitStatus)
    }
    let opened = try openRecord(loaded, settings: settings.settings)
    let terminal = try CursesTerminal.start(options: screenSettings.terminal, command: "wbr meet")
    let content = MeetingContent(
      deck: loaded.deck, owners: loaded.owners, warnings: loaded.warnings,
      deckPath: deck ?? config ?? "", ascii: terminal.glyphs.isASCII)
    var state = AppState(content: content, size: terminal.size, glyphs: terminal.glyphs)
    state.reload = ReloadState(loaded: stamps, watch: watch && source != nil)
    if !loaded.warnings.isEmpty {
      let n = loaded.warnings.count
      state.message = StatusMessage(
        kind: .info, text: "\(n) warning\(n == 1 ? "" : "s") in the files: ! lists them")
    }
    let record = MeetingRecordState(
      week: loaded.deck.weekEnding, record: opened.view,
      access: opened.readOnlyReason.map { .readOnly(reason: $0) } ?? .writable,
      journalPath: opened.journal.path, amending: opened.amending, session: opened.stamper.session)
    state = RecordOpening.open(state, record: record)
    if let note = RecordOpening.message(record, journal: opened.journal.contents) { state.message = note }
    if opened.readOnlyReason == nil, let note = opened.notes.first {
      state.message = StatusMessage(kind: .info, text: note)
    }
    state = screenSettings.opening(state, budget: budget)
    let saver = RecordSaver(
      journal: opened.journal, stamper: opened.stamper, opening: opened.opening,
      notes: RecordSaver.NotesSource(
        deckFile: deck, lead: lead, login: LeadName.resolve(nil), deckStamp: loaded.deckStamp,
        maxFileBytes: limits.loadOptions.maxFileBytes, html: MeetingNotesHTML.render),
      marksTime: !opened.amending)
    let loop = MeetingLoop(state: state, backend: terminal, files: saver)
    source?.ascii = terminal.glyphs.isASCII
    loop.effects.source = source
    if opened.readOnlyReason == nil {
      // Where the lead is looking, for `wbr meet --follow`: a side file, never the journal.
      let publisher = ViewPublisher(journalPath: opened.journal.path, lead: LeadName.resolve(lead))
      publisher.update(loop.state)
      loop.onState = { publisher.update($0) }
      loop.onIdle = { publisher.flush() }
    }
    let frameLog = ProcessInfo.processInfo.environment["WBR_FRAME_TIMES"].flatMap {
      FileManager.default.createFile(atPath: $0, contents: nil) ? FileHandle(forWritingAtPath: $0) : nil
    }
    if let frameLog {
      loop.onFrame = { wall, cpu in
        // A diagnostic aid: a full disk loses frame times, never the meeting.
        try? frameLog.write(contentsOf: Data("\(Self.micros(wall)) \(Self.micros(cpu))\n".utf8))
      }
    }
    let status = loop.run()
    terminal.stop()
    // The meeting's end on the record, for its length in the notes (only after a change).
    saver.endSession()
    opened.journal.close()
    if let note = saver.recoveryNote {
      printError("wbr meet: the text being typed was not saved; it is in \(note)")
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// The deck and owners to meet on; a refused or unreadable file stops here, before the
  /// screen opens, with the same messages and exit status as `wbr check`.
  private func loadDeck(_ settings: LoadedSettings) throws -> LoadedDeck {
    do throws(InputError) {
      return try DeckSource.load(
        deck: deck, config: config, data: data, ownersPath: settings.owners(flag: owners),
        options: limits.loadOptions,
        flags: flags)
    } catch {
      for diagnostic in ProblemReport(error.diagnostics).problems { printError(diagnostic.description) }
      printError(CheckCommand.refusal(error, deck: deck ?? config ?? ""))
      throw ExitCode(error.exitStatus)
    }
  }

  /// The record, found like git and locked for this meeting, or read-only (with a message)
  /// for a past week, when another `wbr` holds it or it cannot be written; a record of
  /// another series, a sibling week's record or a record that cannot be opened stops here.
  private func openRecord(_ loaded: LoadedDeck, settings: Settings) throws -> OpenedMeeting {
    var opener = MeetingRecordOpener(
      deck: loaded.deck, owners: loaded.owners, deckPath: deck, deckStamp: loaded.deckStamp,
      journalOption: journal, environment: ProcessInfo.processInfo.environment, amend: amend,
      seriesRenamed: seriesRenamed, maxBytes: limits.loadOptions.maxFileBytes)
    opener.newRecordInParent = settings.newRecord == .parentFolder
    let opened: OpenedMeeting
    do throws(MeetingOpenError) {
      opened = try opener.open(
        stamper: EventStamper.live(by: LeadName.resolve(lead), week: loaded.deck.weekEnding))
    } catch {
      printError("wbr meet: \(error.description)")
      throw ExitCode(error.exitStatus)
    }
    let path = opened.location.path
    if let reason = opened.readOnlyReason { printError("wbr meet: \(path): opening read-only: \(reason)") }
    for note in opened.notes { printError("wbr meet: \(note)") }
    for warning in opened.journal.contents.warnings { printError(warning.description) }
    for problem in opened.problems { printError(problem) }
    return opened
  }

  /// Whole microseconds in `duration`.
  static func micros(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
  }

  /// One line to standard error, with any control characters from the files made visible.
  private func printError(_ message: String) { Console.error(message) }
}
