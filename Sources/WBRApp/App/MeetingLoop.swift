/// The meeting's main loop: key → action → update → effects → render → flush.
///
/// It owns the only mutable `AppState` and is the only caller of `AppUpdate.update` and
/// `RootView.render`. Signals and resizes are turned into actions here, so the app treats a
/// SIGTERM like any other event: it saves (through effects) and then exits.
public final class MeetingLoop {
  /// Performs an effect that touches the world (saving, exporting) and returns follow-up
  /// actions (e.g. a "save failed" message). The loop itself also handles `.exit`,
  /// `.redraw` and `.drawFrame`.
  public typealias EffectRunner = (Effect) -> [Action]

  public private(set) var state: AppState
  private let backend: any TerminalBackend
  private let bindings: KeyBindings
  private let runEffect: EffectRunner
  /// Called after each key's frame with the time from key to flushed screen, wall clock and
  /// this thread's CPU time (diagnostics: `WBR_FRAME_TIMES=FILE` makes `wbr meet` log them).
  public var onFrame: ((_ wall: Duration, _ cpu: Duration) -> Void)?

  public init(
    state: AppState, backend: any TerminalBackend, bindings: KeyBindings = .standard,
    runEffect: @escaping EffectRunner = { _ in [] }
  ) {
    self.state = state
    self.backend = backend
    self.bindings = bindings
    self.runEffect = runEffect
  }

  /// Runs until an `.exit` effect and returns its status. Draws the first frame at once.
  public func run() -> Int32 {
    if let status = dispatch(.resize(backend.size)) { return status }
    backend.draw(RootView.render(state, size: state.size))
    while true {
      if let signal = backend.terminationSignal, let status = dispatch(.terminate(signal: signal)) {
        return status
      }
      guard let key = backend.nextKey() else { continue }
      let started = ContinuousClock.now
      let startedCPU = onFrame == nil ? .zero : ThreadClock.now()
      if let status = handleBurst(startingWith: key) { return status }
      backend.draw(RootView.render(state, size: state.size))
      onFrame?(ContinuousClock.now - started, ThreadClock.now() - startedCPU)
    }
  }

  /// Most keys a burst can hold before the loop draws a frame anyway.
  static let maxBurst = 4096

  /// Handles `key` and every key that has already arrived behind it (typing ahead, a fast
  /// typist over SSH, an unbracketed paste), then lets the caller draw one frame. Typed text
  /// that follows in a row is applied as one insertion, so a filter over a large deck is
  /// re-run once per burst rather than once per character; the drill-down's page is laid out
  /// once, for the screen the burst ends on, not for every metric opened on the way.
  /// - Returns: an exit status when an action asked to stop.
  public func handleBurst(startingWith first: Key) -> Int32? {
    defer { state = AppUpdate.layOut(state) }
    var typed = ""
    var key: Key? = first
    var taken = 0
    while let current = key {
      taken += 1
      let action: Action? =
        current == .resize ? .resize(backend.size) : bindings.action(for: current, in: state)
      if case .edit(.insert(let text))? = action {
        typed += text
      } else {
        if !typed.isEmpty, let status = dispatch(.edit(.insert(typed)), layOut: false) { return status }
        typed = ""
        if let action, let status = dispatch(action, layOut: false) { return status }
      }
      key = taken < Self.maxBurst ? backend.pendingKey() : nil
    }
    if !typed.isEmpty { return dispatch(.edit(.insert(typed)), layOut: false) }
    return nil
  }

  /// Applies `action` and the actions its effects lead to; returns an exit status when one
  /// of them asked to stop. `layOut`: as `AppUpdate.update`'s (false inside a burst).
  @discardableResult
  public func dispatch(_ action: Action, layOut: Bool = true) -> Int32? {
    var queue = [action]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      let (newState, effects) = AppUpdate.update(state, next, layOut: layOut)
      state = newState
      for effect in effects {
        if case .exit(let status) = effect { return status }
        if effect == .redraw { backend.invalidate() }
        if effect == .drawFrame { backend.draw(RootView.render(state, size: state.size)) }
        queue += runEffect(effect)
      }
    }
    return nil
  }
}
