import ArgumentParser
import Foundation
import WBRModel
import WBRPublish
import WBRStore

extension NotesExport: ExpressibleByArgument {}

/// `wbr notes`: a meeting's notes from the journal, without a screen.
///
/// Reads the journal read-only (no lock: it may run while the meeting is open), takes names
/// and numbers from the deck when one is given, and writes Markdown, plain text, JSON, CSV or HTML for mail
/// to standard output or, atomically, to a file. Exit status: 0 written; 64 bad usage; 65/66
/// the deck is refused or missing; 66 the journal cannot be opened; 73 the output file
/// cannot be created (or exists, without `--force`); 74 an I/O error.
struct NotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes", abstract: "Export a meeting's notes from the journal.",
    discussion: """
      The journal is --journal, else $WBR_JOURNAL, else the nearest wbr-journal.jsonl in the \
      deck's folder (or the current folder without --deck) or a folder above it. The week is \
      --week, else the deck's week_ending, else the latest week in the journal. The notes are \
      the record as it stood at the end of that week's meeting, people named as that meeting \
      saw them. Problems (with their codes) and a \
      verdict line go to standard error. Exit status: 0 written; 3 warnings with --warn-error \
      (nothing written); 64 bad usage; 65/66 the deck is refused or cannot be read; 66 the \
      journal cannot be opened; 73 the output cannot be created (an existing file is kept \
      unless --force); 74 an I/O error. See docs/PROBLEMS.md.
      """)

  @Option(help: "The journal file.") var journal: String?
  @Option(help: "The deck file (JSON): metric names and this week's numbers.") var deck: String?
  @Option(help: "The owners file (JSON): owner names.") var owners: String?
  @Option(help: "The meeting week, YYYY-MM-DD.") var week: String?
  @Option(help: "The output format (html: for mail).") var format: NotesExport = .md
  @Option(name: .shortAndLong, help: "Write to this file (default, or -: standard output).") var output:
    String?
  @Flag(help: "Replace an existing output file.") var force = false
  @Flag(help: "ASCII glyphs only (sparklines, signs) in md and txt notes.") var ascii = false
  @Option(help: "The meeting lead (default: who recorded the meeting, else the login name).") var lead:
    String?
  @OptionGroup var problems: ProblemOptions
  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if let week, Day(iso: week) == nil {
      throw ValidationError("--week: expected a date YYYY-MM-DD, found \"\(week)\"")
    }
    if owners != nil && deck == nil { throw ValidationError("--owners needs --deck") }
  }

  func run() throws {
    let printer = ProblemPrinter(command: "notes", options: problems, files: [deck, owners, journal])
    var found: [Diagnostic] = []
    let loaded: LoadedDeck?
    do throws(InputError) {
      loaded = try deck.map { (deck) throws(InputError) in
        try DeckLoader.load(deckPath: deck, ownersPath: owners, options: limits.loadOptions)
      }
    } catch {
      let report = printer.report(error.diagnostics)
      try printer.finish(report, printer.refusal(error, report))
      return
    }
    found += loaded?.warnings ?? []
    let path = RecordDiscovery.locate(
      option: journal, environment: ProcessInfo.processInfo.environment, deckPath: deck
    ).path
    let file: JournalFile
    do {
      file = try JournalFile.openReadOnly(
        path: path, reason: "wbr notes only reads", maxBytes: limits.loadOptions.maxFileBytes)
    } catch {
      let report = printer.report(
        found + [Diagnostic(.journalUnreadable, file: path, message: Self.reason(error.description, path))])
      try printer.finish(
        report,
        ProblemVerdict(
          command: "notes", outcome: .unreadable, status: error.exitStatus, text: "\(path): cannot be read"))
      return
    }
    found += file.contents.warnings
    if file.contents.entries.isEmpty && !FileManager.default.fileExists(atPath: path) {
      found.append(
        Diagnostic(
          .notesNoJournal, file: path, message: "no journal yet; the notes have no outcomes or commitments"))
    }
    let record = MeetingRecord(events: file.contents.events)
    found += RecordProblems.diagnostics(record, file.contents, path: path)
    if let d = loaded?.deck, let deck,
      let why = SeriesCheck.check(record: record, deck: d).refusal(
        recordPath: path, deckPath: deck, deckTitle: d.title)
    {
      found.append(Diagnostic(.journalOtherSeries, file: path, message: why))
    }
    let chosen = week.flatMap(Day.init(iso:)) ?? loaded?.deck.weekEnding ?? record.meetingWeeks.last
    guard let meetingWeek = chosen else {
      let report = printer.report(
        found + [
          Diagnostic(
            .notesNoWeek, file: path, message: "no meeting week: pass --week or --deck (the journal is empty)"
          )
        ])
      try printer.finish(
        report,
        ProblemVerdict(command: "notes", outcome: .refused, status: 64, text: "notes: no meeting week"))
      return
    }
    if let d = loaded?.deck, let deck, d.weekEnding != meetingWeek {
      found.append(
        Diagnostic(
          .notesOtherWeek, file: deck,
          message:
            "the deck is for the week ending \(d.weekEnding), not \(meetingWeek); the notes have no numbers"))
    }
    // Read again only when the notes show it: for the deck of the meeting week.
    let checksum = loaded.flatMap { l -> DeckChecksum? in
      guard let deck, l.deck.weekEnding == meetingWeek else { return nil }
      return DeckChecksum.take(path: deck, loaded: l.deckStamp, maxBytes: limits.loadOptions.maxFileBytes)
    }
    if let why = checksum?.reason {
      found.append(
        Diagnostic(.notesNoChecksum, file: deck ?? path, message: "no deck SHA-256 in the notes: \(why)"))
    }
    let report = printer.report(found)
    if printer.refusesWarnings(report) {
      try printer.finish(report, printer.warningsVerdict("notes", report, "not written"))
      return
    }
    // As `wbr report`: ASCII for the text formats; JSON and CSV are for programs.
    let ascii = ascii && (format == .md || format == .txt || format == .html)
    let notes = NotesBuilder(
      deck: loaded?.deck, analysis: loaded.map { DeckAnalyzer.analyze($0.deck, ascii: ascii) },
      owners: loaded?.owners ?? OwnersFile(), record: record, week: meetingWeek, lead: lead,
      login: LeadName.resolve(nil), deckFile: deck, deckChecksum: checksum
    ).build()
    let text = format.render(notes, ascii: ascii)
    let what = "notes for the week ending \(meetingWeek), \(report.counts)"
    guard let output, output != "-" else {
      switch Console.put(Array(text.utf8)) {
      case .written:
        try printer.finish(
          report,
          ProblemVerdict(
            command: "notes", outcome: .ok, status: 0, text: "\(what): written to standard output"))
      case .closed: throw ConsoleError.brokenPipe
      case .failed(let why):
        try printer.finish(
          printer.report(
            found + [
              Diagnostic(.outputIO, file: "standard output", message: "cannot write the notes: \(why)")
            ]),
          ProblemVerdict(
            command: "notes", outcome: .unwritten, status: 74, text: "standard output: not written"))
      }
      return
    }
    do {
      try AtomicFile.write(text, to: output, force: force)
    } catch {
      let code: ProblemCode = error.exitStatus == 73 ? .outputCannotCreate : .outputIO
      try printer.finish(
        printer.report(
          found + [Diagnostic(code, file: output, message: Self.reason(error.description, output))]),
        ProblemVerdict(
          command: "notes", outcome: .unwritten, status: error.exitStatus, text: "\(output): not written"))
      return
    }
    try printer.finish(
      report, ProblemVerdict(command: "notes", outcome: .ok, status: 0, text: "\(what): written to \(output)")
    )
  }

  /// An error's description without the leading `path: ` (the problem line names the file).
  static func reason(_ description: String, _ path: String) -> String {
    description.hasPrefix(path + ": ") ? String(description.dropFirst(path.count + 2)) : description
  }
}
