import WBRModel

/// The one interpreter of `Effect`: an exhaustive switch, so a new effect does not compile
/// until it is performed here. The world is behind two protocols the command provides: the
/// terminal (`TerminalBackend`: frames, bell) and the files (`MeetingFiles`: journal, notes,
/// recovery note). Each effect answers with the actions that go through `update` next.
///
/// It also draws the frames, keeping what they reuse (`RenderMemo`) between them.
public final class EffectRunner {
  /// What performing an effect leads to.
  public enum Outcome: Sendable, Equatable {
    /// Go on, with these actions for `update`.
    case next([Action])
    /// Stop the loop with this exit status.
    case exit(status: Int32)
  }

  let screen: any TerminalBackend
  let files: any MeetingFiles
  /// The deck and owners' files for Ctrl-R and `--watch` (none: nothing to reload).
  public var source: (any ContentSource)?
  /// The layout frames reuse, kept from one frame to the next.
  private(set) var memo = RenderMemo()

  public init(screen: any TerminalBackend, files: any MeetingFiles) {
    self.screen = screen
    self.files = files
  }

  /// Renders `state` and shows it.
  public func draw(_ state: AppState) {
    screen.draw(RootView.render(state, size: state.size, memo: &memo))
  }

  /// Performs `effect`; `state` is the state `update` returned with it.
  public func perform(_ effect: Effect, in state: AppState) -> Outcome {
    switch effect {
    case .exit(let status):
      return .exit(status: status)
    case .bell:
      screen.bell()
    case .redraw:
      screen.invalidate()
    case .drawFrame:
      draw(state)
    case .copy(let text, let what):
      return .next([.habit(.copied(what: what, screen.copyToClipboard(text)))])
    case .reload:
      guard let source else {
        return .next([
          .habit(.reloadFailed("nothing to reload: the deck was not read from a file", stamps: []))
        ])
      }
      // Stamps before reading: a write during the read shows as a change at the next look.
      let stamps = source.stamps()
      switch source.reload() {
      case .success(let content): return .next([.habit(.reloaded(content, stamps: stamps))])
      case .failure(let error): return .next([.habit(.reloadFailed(error.message, stamps: stamps))])
      }
    case .save(let change, let note):
      do {
        let saved = try files.save(change)
        let opened = files.takeOpening()
        return .next(
          grown() + (opened.isEmpty ? [] : [.answer(.opened(opened))]) + [.answer(.saved(saved, note: note))])
      } catch {
        return .next(grown() + [.answer(.failed("Not saved: \(error.description)"))])
      }
    case .undo(let target):
      do {
        let undo = try files.save(.undo(target: target.id))
        let opened = files.takeOpening()
        return .next(
          grown() + (opened.isEmpty ? [] : [.answer(.opened(opened))]) + [
            .answer(.undone(undo, target: target))
          ])
      } catch {
        return .next(grown() + [.answer(.failed("Not undone: \(error.description)"))])
      }
    case .export(let path, let replace):
      // The meeting was still on at the export: its time goes on the record first, so the
      // notes' length runs to now and a later `wbr notes` says the same (DECISIONS.md).
      var record = state.meeting.record
      var folded: [Action] = []
      if let held = files.markHeld() {
        let others = files.takeGrown()
        for event in others + [held] { record = record.applying(event) }
        folded = (others.isEmpty ? [] : [.recordGrew(others)]) + [.answer(.opened([held]))]
      }
      switch files.exportNotes(record, of: state.content, to: path, replace: replace) {
      case .written(let absolute): return .next(folded + [.answer(.exported(path: absolute))])
      case .exists: return .next(folded + [.answer(.exportExists(path: path))])
      case .failed(let reason): return .next(folded + [.answer(.failed("Not exported: \(reason)"))])
      }
    case .keepUnsaved(let title, let text):
      files.keepUnsaved(title: title, text: text)
    }
    return .next([])
  }

  /// Other writers' lines that the last append read under its lock (they precede this
  /// writer's in the file, so they are folded in first), as an action; none when there are none.
  private func grown() -> [Action] {
    let events = files.takeGrown()
    return events.isEmpty ? [] : [.recordGrew(events)]
  }

  /// What other writers appended since the last look (the loop's poll, about every 200 ms
  /// while no key comes): the action folding it in, if anything grew.
  public func poll() -> Action? {
    let events = files.readGrown()
    return events.isEmpty ? nil : .recordGrew(events)
  }
}
