import ArgumentParser
import Foundation
import WBRApp
import WBRModel
import WBRStore

/// `wbr prep`: an owner's pre-read of the coming meeting, on the meeting screen narrowed to
/// their metrics. What they record is journaled as proposals (`prep.open`) the lead accepts.
struct PrepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prep", abstract: "Prepare your metrics before the meeting (explanations, answers).",
    discussion: """
      Opens the meeting screen narrowed to the owner's metrics, anomalies first. Outcomes, \
      explanations, new commitments and answers to open commitments (d done with a note, r \
      carry with why it slips, D drop) are saved to the series record as prepared entries: the meeting shows \
      them as "prepared by NAME at HH:MM" and the lead accepts (A) or replaces (e) them. \
      Every entry is recorded as the login name of the process. Only the week of the deck \
      opened can be prepared, never a past meeting. The record is found as by `wbr meet`. \
      Without --owner, lists the deck's owners to choose from. --status prints the response \
      gaps instead (as `wbr gaps`). The settings file applies as to `wbr meet` (keys, theme, \
      ASCII, mouse, the owners file): `wbr settings`. Exit status: 0 quit; 1 the \
      terminal could not be set up; 64 bad usage, no terminal or an unknown owner; 65 an input \
      is refused, the deck belongs to another series or its week is past; 66 an input or the \
      journal cannot be read; 78 a week folder next to the deck holds this series' record.
      """)

  @Argument(help: "The deck file (JSON); default: the newest week's deck in the current folder.")
  var deck: String?
  @Option(help: "The owner (an owner id) whose metrics to prepare.") var owner: String?
  @Option(help: "The owners file (JSON; default: the settings file's [meeting] owners).") var owners: String?
  @Option(
    help:
      "The meeting record (default: $WBR_JOURNAL, else the nearest wbr-journal.jsonl in the deck's folder or above)."
  )
  var journal: String?
  @OptionGroup var screen: ScreenOptions
  @OptionGroup var limits: LimitOptions
  @Flag(help: "Print the response gaps (of --owner, else everyone's) instead of opening the screen.")
  var status = false

  func run() throws {
    let deckPath = try deck ?? SeriesDecks.newestOrExit(command: "wbr prep")
    let settings = screen.load()
    let ownersPath = settings.loaded.owners(flag: owners)
    if status {
      settings.loaded.report(command: "prep")
      let gaps = try GapsReading.gaps(
        deckPath: deckPath, ownersPath: ownersPath, journal: journal, owner: owner, command: "wbr prep",
        limits: limits)
      try RecordReading.output(gaps.render(.txt))
      return
    }
    let loaded = try load(deckPath, ownersPath: ownersPath)
    let ownerID = try chooseOwner(loaded)
    if let problem = InteractiveCheck.problem() {
      Console.error(problem)
      throw ExitCode(InteractiveCheck.exitStatus)
    }
    if let problem = TerminalCheck.problem() {
      Console.error(problem)
      throw ExitCode(TerminalCheck.exitStatus)
    }
    let author = WriterIdentity.loginName()
    let opened = try openRecord(
      loaded, deckPath: deckPath, owner: ownerID, author: author, settings: settings.settings)
    let terminal = try CursesTerminal.start(options: settings.terminal, command: "wbr prep")
    let content = MeetingContent(
      deck: loaded.deck, owners: loaded.owners, warnings: loaded.warnings, deckPath: deckPath,
      ascii: terminal.glyphs.isASCII)
    var state = AppState(content: content, size: terminal.size, glyphs: terminal.glyphs)
    let record = MeetingRecordState(
      week: loaded.deck.weekEnding, record: opened.view,
      access: opened.readOnlyReason.map { .readOnly(reason: $0) } ?? .writable,
      journalPath: opened.journal.path, session: opened.stamper.session)
    state = RecordOpening.openPrep(state, record: record, prep: PrepSession(owner: ownerID, author: author))
    if let note = RecordOpening.message(state.meeting, journal: opened.journal.contents) {
      state.message = note
    }
    state = settings.opening(state)
    let saver = RecordSaver(
      journal: opened.journal, stamper: opened.stamper, opening: opened.opening,
      notes: RecordSaver.NotesSource(
        deckFile: deckPath, lead: nil, login: author, deckStamp: loaded.deckStamp,
        maxFileBytes: limits.loadOptions.maxFileBytes, html: MeetingNotesHTML.render))
    let loop = MeetingLoop(state: state, backend: terminal, files: saver)
    let status = loop.run()
    terminal.stop()
    opened.journal.close()
    if let note = saver.recoveryNote {
      Console.error("wbr prep: the text being typed was not saved; it is in \(note)")
    }
    if status != 0 { throw ExitCode(status) }
  }

  private func load(_ deckPath: String, ownersPath: String?) throws -> LoadedDeck {
    do throws(InputError) {
      return try DeckLoader.load(deckPath: deckPath, ownersPath: ownersPath, options: limits.loadOptions)
    } catch {
      for diagnostic in ProblemReport(error.diagnostics).problems { Console.error(diagnostic.description) }
      Console.error(CheckCommand.refusal(error, deck: deckPath))
      throw ExitCode(error.exitStatus)
    }
  }

  /// `--owner`, checked against the deck's owners; without it, chosen from the list on the
  /// terminal (the owners with metrics in the deck, numbered).
  private func chooseOwner(_ loaded: LoadedDeck) throws -> String {
    let choices = PrepOwners.choices(deck: loaded.deck, owners: loaded.owners)
    guard !choices.isEmpty else {
      Console.error("wbr prep: no metric of the deck has an owner (give owners in the deck or with --owners)")
      throw ExitCode(64)
    }
    if let owner {
      guard choices.contains(where: { $0.id == owner }) else {
        Console.error(
          "wbr prep: --owner \(owner): no metric of the deck is owned by \(owner); owners: "
            + choices.map(\.id).joined(separator: ", "))
        throw ExitCode(64)
      }
      return owner
    }
    guard isatty(STDIN_FILENO) == 1 else {
      Console.error(
        "wbr prep: which owner? give --owner ID (owners: " + choices.map(\.id).joined(separator: ", ") + ")")
      throw ExitCode(64)
    }
    Console.error("Whose metrics? (number or owner id)")
    for (i, c) in choices.enumerated() { Console.error("  \(i + 1)  \(c.line)") }
    Console.errorText("> ")
    let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces)
    if let n = Int(answer), choices.indices.contains(n - 1) { return choices[n - 1].id }
    if choices.contains(where: { $0.id == answer }) { return answer }
    Console.error("wbr prep: no owner \"\(answer)\" in the list")
    throw ExitCode(64)
  }

  private func openRecord(
    _ loaded: LoadedDeck, deckPath: String, owner: String, author: String, settings: Settings
  ) throws -> OpenedMeeting {
    var opener = MeetingRecordOpener(
      deck: loaded.deck, owners: loaded.owners, deckPath: deckPath, deckStamp: loaded.deckStamp,
      journalOption: journal, environment: ProcessInfo.processInfo.environment,
      maxBytes: limits.loadOptions.maxFileBytes)
    opener.prepOwner = owner
    opener.newRecordInParent = settings.newRecord == .parentFolder
    let opened: OpenedMeeting
    do throws(MeetingOpenError) {
      opened = try opener.open(stamper: EventStamper.live(by: author, week: loaded.deck.weekEnding))
    } catch {
      Console.error("wbr prep: \(error.description)")
      throw ExitCode(error.exitStatus)
    }
    if let reason = opened.readOnlyReason {
      Console.error("wbr prep: \(opened.location.path): opening read-only: \(reason)")
    }
    for note in opened.notes { Console.error("wbr prep: \(note)") }
    for warning in opened.journal.contents.warnings { Console.error(warning.description) }
    return opened
  }
}
