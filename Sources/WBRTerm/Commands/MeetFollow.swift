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

/// The follower's side: on each idle tick, what the record grew by (only the appended lines
/// are read, `JournalFile.readGrown`) and the lead's side file when it changed, as actions.
/// The grown lines go onto the view of the week as it stood (`AsItStoodGrowth`) through
/// `.recordGrew`, as another writer's lines reach the lead's screen, so the follower's footer
/// names them as the lead's does; a record replaced or shortened on disk, or a step that
/// changes what the view of a past week leaves out, is folded again from the lines read.
final class FollowPoller {
  private let journalPath: String
  private let sidePath: String
  private let week: Day
  private let maxBytes: Int
  private var file: JournalFile
  private var growth: AsItStoodGrowth
  private var viewStamp: FileStamp?

  /// - Parameters:
  ///   - file: the record as opened for the first frame (`JournalFile.openFollowing`).
  ///   - record: its whole fold (not the view), where the growth starts.
  init(file: JournalFile, record: MeetingRecord, week: Day, maxBytes: Int) {
    journalPath = file.path
    sidePath = MeetingView.path(forRecord: file.path)
    self.week = week
    self.maxBytes = maxBytes
    self.file = file
    growth = AsItStoodGrowth(record: record, week: week)
  }

  /// The actions for what changed since the last poll, in the order to apply them: where
  /// the lead looks first, then the record, so another writer's notice is what the footer
  /// says when both came at once.
  func poll() -> [Action] {
    var actions: [Action] = []
    let side = FileStamp(path: sidePath)
    if side != viewStamp, side != nil, let bytes = try? FileBytes.read(sidePath, maxBytes: 65_536) {
      viewStamp = side
      if let view = MeetingView.read(bytes) { actions.append(.answer(.followed(record: nil, view: view))) }
    }
    if let record = pollRecord() { actions.append(record) }
    return actions
  }

  /// What the record grew by, as the action that shows it; nil when nothing did.
  private func pollRecord() -> Action? {
    switch file.changeOnDisk() {
    case .unchanged:
      return nil
    case .replaced:
      guard
        let again = try? JournalFile.openFollowing(path: journalPath, reason: "following", maxBytes: maxBytes)
      else { return nil }
      file.close()
      file = again
      let whole = MeetingRecord(events: again.contents.events)
      growth = AsItStoodGrowth(record: whole, week: week)
      return .answer(.followed(record: whole.asItStood(at: week), view: nil))
    case .grown:
      switch growth.take(file.readGrown()) {
      case .append(let events):
        return events.isEmpty ? nil : .recordGrew(events)
      case .refold:
        let whole = MeetingRecord(events: file.contents.events)
        return .answer(.followed(record: whole.asItStood(at: week), view: nil))
      }
    }
  }
}

extension MeetCommand {
  /// `wbr meet --follow`: the record read under the shared lock (an append's moment; no lock
  /// is held between reads, so followers never hold up the lead), the screen read-only, the
  /// lead's side file and what the record grew by polled at every idle tick of the loop. The settings file
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
      file = try JournalFile.openFollowing(path: location.path, reason: "following", maxBytes: maxBytes)
    } catch {
      Console.error(error.description)
      throw ExitCode(error.exitStatus)
    }
    let week = loaded.deck.weekEnding
    let whole = MeetingRecord(events: file.contents.events)
    let record = whole.asItStood(at: week)
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
    let poller = FollowPoller(file: file, record: whole, week: week, maxBytes: maxBytes)
    loop.onIdle = {
      let actions = poller.poll()
      guard !actions.isEmpty else { return }
      for action in actions where loop.dispatch(action) != nil { return }
      loop.drawFrame()
    }
    let status = loop.run()
    terminal.stop()
    if status != 0 { throw ExitCode(status) }
  }
}
