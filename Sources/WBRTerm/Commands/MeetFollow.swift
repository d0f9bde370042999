import ArgumentParser
import Foundation
import WBRApp
import WBRModel
import WBRStore

/// The lead's side of `wbr meet --follow`: after each key, where the meeting is looking goes
/// to `<record>.view.json` (atomic rename), at most every quarter second and only when it
/// changed; a change held back by the throttle goes out at the next idle tick. Best effort:
/// a side file that cannot be written never stops or slows the meeting.
final class ViewPublisher {
  private let path: String
  private let lead: String
  private var written: MeetingView?
  private var pending: MeetingView?
  private var lastWrite: ContinuousClock.Instant?
  static let interval = Duration.milliseconds(250)

  init(journalPath: String, lead: String) {
    path = MeetingView.path(forRecord: journalPath)
    self.lead = lead
  }

  func update(_ state: AppState) {
    let view = state.meetingView(lead: lead)
    pending = view == written ? nil : view
    flush()
  }

  func flush() {
    guard let view = pending else { return }
    let now = ContinuousClock.now
    if let last = lastWrite, now - last < Self.interval { return }
    lastWrite = now
    pending = nil
    written = view
    try? AtomicFile.write(view.json, to: path, force: true)
  }
}

/// The follower's side: on each idle tick, the record again when its file changed (it only
/// grows), and the lead's side file when it changed, as one `.followed` answer.
final class FollowPoller {
  private let journalPath: String
  private let sidePath: String
  private let week: Day
  private let maxBytes: Int
  private var journalStamp: FileStamp?
  private var viewStamp: FileStamp?

  init(journalPath: String, week: Day, maxBytes: Int) {
    self.journalPath = journalPath
    sidePath = MeetingView.path(forRecord: journalPath)
    self.week = week
    self.maxBytes = maxBytes
    journalStamp = FileStamp(path: journalPath)
  }

  func poll() -> EffectAnswer? {
    var record: MeetingRecord?
    let stamp = FileStamp(path: journalPath)
    if stamp != journalStamp, stamp != nil,
      let file = try? JournalFile.openReadOnly(path: journalPath, reason: "following", maxBytes: maxBytes)
    {
      journalStamp = stamp
      record = MeetingRecord(events: file.contents.events).asItStood(at: week)
      file.close()
    }
    var view: MeetingView?
    let side = FileStamp(path: sidePath)
    if side != viewStamp, side != nil, let bytes = try? FileBytes.read(sidePath, maxBytes: 65_536) {
      viewStamp = side
      view = MeetingView.read(bytes)
    }
    guard record != nil || view != nil else { return nil }
    return .followed(record: record, view: view)
  }
}

extension MeetCommand {
  /// `wbr meet --follow`: the record read without a lock, the screen read-only, the lead's
  /// side file and the record polled at every idle tick of the loop. The settings file
  /// applies as in the meeting (theme, glyphs, mouse, keys); its keys that write find the
  /// screen read-only like any other.
  func followMeeting(_ loaded: LoadedDeck, screen: ScreenSettings) throws {
    if let problem = TerminalCheck.problem() {
      Console.error(problem)
      throw ExitCode(TerminalCheck.exitStatus)
    }
    let location = RecordDiscovery.locate(
      option: journal, environment: ProcessInfo.processInfo.environment, deckPath: deck)
    if location.isNew {
      Console.error(
        "wbr meet --follow: no meeting record for \(deck ?? "the deck") to follow; give --journal")
      throw ExitCode(66)
    }
    let maxBytes = limits.loadOptions.maxFileBytes
    let file: JournalFile
    do throws(JournalError) {
      file = try JournalFile.openReadOnly(path: location.path, reason: "following", maxBytes: maxBytes)
    } catch {
      Console.error(error.description)
      throw ExitCode(error.exitStatus)
    }
    let week = loaded.deck.weekEnding
    let record = MeetingRecord(events: file.contents.events).asItStood(at: week)
    file.close()
    let terminal = try CursesTerminal.start(options: screen.terminal, command: "wbr meet")
    let content = MeetingContent(
      deck: loaded.deck, owners: loaded.owners, warnings: loaded.warnings, deckPath: deck ?? "",
      ascii: terminal.glyphs.isASCII)
    var state = AppState(content: content, size: terminal.size, glyphs: terminal.glyphs)
    state = RecordOpening.open(
      state,
      record: MeetingRecordState(
        week: week, record: record, access: .readOnly(reason: "following the lead's meeting"),
        journalPath: location.path))
    state.message = StatusMessage(kind: .info, text: "Following the lead's meeting (read-only)")
    state = screen.opening(state, budget: budget)
    let loop = MeetingLoop(state: state, backend: terminal)
    let poller = FollowPoller(journalPath: location.path, week: week, maxBytes: maxBytes)
    loop.onIdle = {
      guard let answer = poller.poll() else { return }
      loop.dispatch(.answer(answer))
      loop.drawFrame()
    }
    let status = loop.run()
    terminal.stop()
    if status != 0 { throw ExitCode(status) }
  }
}
