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
    case .save(let change, let note):
      do {
        let saved = try files.save(change)
        let opened = files.takeOpening()
        return .next(
          (opened.isEmpty ? [] : [.answer(.opened(opened))]) + [.answer(.saved(saved, note: note))])
      } catch {
        return .next([.answer(.failed("Not saved: \(error.description)"))])
      }
    case .undo(let target):
      do {
        let undo = try files.save(.undo(target: target.id))
        let opened = files.takeOpening()
        return .next(
          (opened.isEmpty ? [] : [.answer(.opened(opened))]) + [.answer(.undone(undo, target: target))])
      } catch {
        return .next([.answer(.failed("Not undone: \(error.description)"))])
      }
    case .export(let path, let replace):
      switch files.exportNotes(state.meeting.record, of: state.content, to: path, replace: replace) {
      case .written(let absolute): return .next([.answer(.exported(path: absolute))])
      case .exists: return .next([.answer(.exportExists(path: path))])
      case .failed(let reason): return .next([.answer(.failed("Not exported: \(reason)"))])
      }
    case .keepUnsaved(let title, let text):
      files.keepUnsaved(title: title, text: text)
    }
    return .next([])
  }
}
