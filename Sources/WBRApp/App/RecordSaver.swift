import Foundation
import WBRModel
import WBRStore

/// Runs the record's effects for the meeting loop: journal writes, the notes export and the
/// recovery note. The only part of the record that touches files; `update` stays pure.
///
/// Every save goes through `RecordKeeper`, which appends and fsyncs before it returns; only
/// then is `.saved` sent back, so the screen shows a change as saved only once it is on disk.
public final class RecordSaver {
  /// What the notes export needs besides the record.
  public struct NotesSource: Sendable {
    var deck: Deck
    var owners: OwnersFile
    /// The deck file, for the notes' header and checksum (nil when built from --config).
    var deckFile: String?
    /// `--lead`, if given.
    var lead: String?
    var login: String
    /// The deck file as loaded, and the load's size bound: the checksum is of that deck.
    var deckStamp: FileStamp?
    var maxFileBytes: Int

    public init(
      deck: Deck, owners: OwnersFile, deckFile: String?, lead: String?, login: String,
      deckStamp: FileStamp? = nil, maxFileBytes: Int = LoadOptions().maxFileBytes
    ) {
      self.deck = deck
      self.owners = owners
      self.deckFile = deckFile
      self.lead = lead
      self.login = login
      self.deckStamp = deckStamp
      self.maxFileBytes = maxFileBytes
    }
  }

  let keeper: RecordKeeper
  let notes: NotesSource
  /// Where typed text went on Ctrl-C, if anywhere: `wbr meet` says so on exit.
  public private(set) var recoveryNote: String?
  /// Taken at the first export and kept: a digest that matched the loaded deck's stamp stays
  /// that deck's, and a file that changed since the load stays changed.
  private lazy var deckChecksum: DeckChecksum? = notes.deckFile.map {
    DeckChecksum.take(path: $0, loaded: notes.deckStamp, maxBytes: notes.maxFileBytes)
  }

  public init(keeper: RecordKeeper, notes: NotesSource) {
    self.keeper = keeper
    self.notes = notes
  }

  /// The recovery note's file next to the journal: `wbr-journal-unsaved.txt`.
  var recoveryPath: String {
    let path = keeper.journal.path
    let stem = path.hasSuffix(".jsonl") ? String(path.dropLast(6)) : path
    return stem + "-unsaved.txt"
  }

  public func run(_ effect: RecordEffect) -> [Action] {
    switch effect {
    case .save(let command, let note):
      do {
        let event = try save(command)
        return [.record(.saved(event, note: note))]
      } catch {
        return [.record(.failed("Not saved: \(error.description)"))]
      }
    case .undo:
      do {
        guard let target = try keeper.undo(), let undo = keeper.record.events.last else {
          return [.record(.notice("Nothing to undo in this meeting"))]
        }
        return [.record(.undone(undo, target: target))]
      } catch {
        return [.record(.failed("Not undone: \(error.description)"))]
      }
    case .export(let path, let replace):
      return export(to: path, replace: replace)
    case .keepUnsaved(let title, let text):
      keep(title: title, text: text)
      return []
    }
  }

  private func save(_ command: RecordCommand) throws(JournalError) -> RecordEvent {
    switch command {
    case .reviewed(let metric): return try keeper.save(.reviewed(metric: metric))
    case .unreviewed(let metric): return try keeper.save(.unreviewed(metric: metric))
    case .outcome(let metric, let kind, let signals, let name, let owner):
      return try keeper.setOutcome(metric: metric, kind, signals: signals, metricName: name, owner: owner)
    case .clearOutcome(let metric): return try keeper.save(.outcomeCleared(metric: metric))
    case .addCommitment(let text, let owner, let metric, let due):
      try keeper.addCommitment(text: text, owner: owner, metric: metric, due: due)
      guard let event = keeper.record.events.last else {
        throw JournalError.io(path: keeper.journal.path, reason: "the saved commitment is missing")
      }
      return event
    case .done(let id): return try keeper.save(.commitmentDone(id: id))
    case .carry(let id, let due): return try keeper.save(.commitmentCarried(id: id, due: due))
    case .drop(let id, let reason): return try keeper.save(.commitmentDropped(id: id, reason: reason))
    case .edit(let id, let text, let owner, let due):
      return try keeper.save(.commitmentEdited(id: id, text: text, owner: owner, due: due))
    }
  }

  /// Writes the notes; the format follows the extension (Markdown when it is not one of
  /// md, txt, json, csv). A path the output rules refuse (a device, a folder, a link to
  /// nothing: `OutputTarget`) is refused before the lead is asked to replace anything.
  private func export(to typed: String, replace: Bool) -> [Action] {
    if typed == "-" {
      return [.record(.failed("Not exported: standard output is this screen; give a file name"))]
    }
    let path = RecordSaver.absolute(typed)
    let ext = path.split(separator: "/").last?.split(separator: ".").last.map { $0.lowercased() } ?? ""
    let format = NotesFormat(rawValue: ext) ?? .md
    let target: OutputTarget
    do {
      target = try OutputTarget.resolve(path)
    } catch {
      return [.record(.failed("Not exported: \(error.description)"))]
    }
    if !replace && target.exists {
      return [.record(.exportExists(path: typed))]
    }
    let built = NotesBuilder(
      deck: notes.deck, analysis: DeckAnalyzer.analyze(notes.deck), owners: notes.owners,
      record: keeper.record, week: keeper.week,
      lead: notes.lead, login: notes.login, deckFile: notes.deckFile, deckChecksum: deckChecksum
    ).build()
    do {
      try AtomicFile.write(format.render(built), to: path, force: true)
      return [.record(.exported(path: path))]
    } catch {
      return [.record(.failed("Not exported: \(error.description)"))]
    }
  }

  /// Appends the text to the recovery note (and syncs it); a failure here cannot be shown
  /// any more, so `wbr meet` reports the note only when it was written.
  private func keep(title: String, text: String) {
    let path = recoveryPath
    let entry = "\(RFC3339.format(SystemClock.now()))  week \(keeper.week)  \(title)\n\(text)\n\n"
    if NoteFile.append(entry, to: path) { recoveryNote = path }
  }

  /// `~` expanded; a relative path taken from the current folder.
  static func absolute(_ path: String) -> String {
    let expanded = NSString(string: path).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}
