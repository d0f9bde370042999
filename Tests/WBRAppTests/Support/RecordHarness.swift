import Foundation
import WBRModel
import WBRStore

@testable import WBRApp

/// The meeting app with a real journal in a temporary folder: keys go through the key table
/// and the loop, effects through `EffectRunner` and `RecordSaver`, exactly as in `wbr meet`.
final class RecordHarness {
  let folder: String
  let journalPath: String
  let journal: JournalFile
  let saver: RecordSaver
  let loop: MeetingLoop
  private let backend: ScriptedBackend

  /// - Parameters:
  ///   - events: written to the journal before it is opened (earlier meetings).
  ///   - week: the meeting week (default: the fixture deck's).
  ///   - deckFile: the deck file as loaded, for the notes' checksum (none by default).
  ///   - marksTime: a meeting's session, writing `meeting.held` at exports and at its end.
  ///   - html: the HTML notes renderer `wbr meet` hands the saver (none by default).
  init(
    events: [RecordEvent] = [], size: Size = Size(width: 80, height: 24), journal: JournalFile? = nil,
    deckFile: LoadedDeck? = nil, marksTime: Bool = false, html: (@Sendable (MeetingNotes) -> String)? = nil
  ) throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("wbr-recui-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    journalPath = folder + "/wbr-journal.jsonl"
    let lines = events.map { JournalEncoder.line($0) + "\n" }.joined()
    try lines.write(toFile: journalPath, atomically: true, encoding: .utf8)
    let file = try journal ?? JournalFile.open(path: journalPath)
    let week = Fixtures.weekEnding
    self.journal = file
    saver = RecordSaver(
      journal: file,
      stamper: EventStamper(
        by: "maria", week: week, session: "t", clock: { Date(timeIntervalSince1970: 1_719_800_000) }),
      notes: RecordSaver.NotesSource(
        deckFile: deckFile?.deckPath, lead: nil, login: "maria", deckStamp: deckFile?.deckStamp, html: html),
      marksTime: marksTime)
    let record = MeetingRecordState(
      week: week, record: MeetingRecord(events: file.contents.events), access: .writable,
      journalPath: journalPath, session: "t")
    let state = RecordOpening.open(Fixtures.state(width: size.width, height: size.height), record: record)
    backend = ScriptedBackend(size: size, steps: [])
    loop = MeetingLoop(state: state, backend: backend, files: saver)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  var state: AppState { loop.state }

  /// The frames the loop has drawn (keys pressed here draw none; effects may).
  var frames: [ScreenBuffer] { backend.frames }

  /// Presses keys through the key table; returns the exit status if one asked to stop.
  @discardableResult
  func press(_ keys: Key...) -> Int32? {
    for key in keys {
      guard let action = KeyBindings.standard.action(for: key, in: loop.state) else { continue }
      if let status = loop.dispatch(action) { return status }
    }
    return nil
  }

  /// Types text key by key (as a terminal would send it).
  func type(_ text: String) {
    for c in text { press(.char(c)) }
  }

  /// The journal's lines as written.
  var journalLines: [String] {
    ((try? String(contentsOfFile: journalPath, encoding: .utf8)) ?? "").split(separator: "\n").map(
      String.init)
  }

  /// The record as a fresh `wbr` would read it from disk.
  var recordOnDisk: MeetingRecord {
    get throws {
      MeetingRecord(events: try JournalFile.openReadOnly(path: journalPath, reason: "test").contents.events)
    }
  }

  /// Selects the metric with id `id` on the deck.
  func select(_ id: String) {
    guard let index = Fixtures.deck.metrics.firstIndex(where: { $0.id == id }),
      let position = loop.state.deckList.rows.firstIndex(of: index)
    else { return }
    loop.dispatch(.move(position - loop.state.deckList.selected))
  }
}

/// Journal events for tests: earlier meetings' commitments and this meeting's changes.
enum RecordEvents {
  static let week = Fixtures.weekEnding
  static let lastWeek = Fixtures.weekEnding.adding(days: -7)
  static let twoWeeksAgo = Fixtures.weekEnding.adding(days: -14)

  static func event(_ id: String, _ week: Day, _ change: RecordChange) -> RecordEvent {
    RecordEvent(id: id, at: "2024-06-24T10:00:00Z", by: "maria", week: week, change: change)
  }

  static func add(_ id: String, _ text: String, owner: String?, week: Day, metric: String? = nil)
    -> RecordEvent
  {
    event(
      "e-" + id, week,
      .commitmentAdded(
        CommitmentDraft(id: id, text: text, owner: owner, due: week.adding(days: 7)), metric: metric))
  }

  /// Three open commitments from earlier meetings (two owners, one carried once), one done.
  static let earlier: [RecordEvent] = [
    add("c1", "Fix the delivery feed", owner: "zoe", week: twoWeeksAgo, metric: "delivery"),
    add("c2", "Report back on Revenue", owner: "kenji", week: lastWeek, metric: "revenue"),
    add("c3", "Call the 渡辺 warehouse about stock", owner: "zoe", week: lastWeek),
    add("c4", "Already handled", owner: "kenji", week: lastWeek),
    event("e-c1-carry", lastWeek, .commitmentCarried(id: "c1", due: week)),
    event("e-c4-done", lastWeek, .commitmentDone(id: "c4")),
  ]
}
