/// The meeting's main loop: key → action → update → effects → render → flush.
///
/// It owns the only mutable `AppState` and is the only caller of `AppUpdate.update`. Effects
/// and frames go to its `EffectRunner`. Signals and resizes are turned into actions here, so
/// the app treats a SIGTERM like any other event: it saves (through effects) and then exits.
public final class MeetingLoop {
  public private(set) var state: AppState
  private let backend: any TerminalBackend
  /// The caller's key table; nil: the state's (the standard one with the settings file's).
  private let bindings: KeyBindings?
  /// Performs every effect and draws every frame.
  public let effects: EffectRunner
  /// Called after each key's frame with the time from key to flushed screen, wall clock and
  /// this thread's CPU time (diagnostics: `WBR_FRAME_TIMES=FILE` makes `wbr meet` log them).
  public var onFrame: ((_ wall: Duration, _ cpu: Duration) -> Void)?
  /// The wall clock the meeting clock's ticks read (seconds); tests fix it.
  public var wallClock: () -> Double = WallClock.now
  /// Called when no key came within the terminal's key timeout (a fifth of a second): a
  /// follower polls the lead's side file and the record here, a lead flushes its side file.
  public var onIdle: (() -> Void)?
  /// Called with the state after each frame the loop draws (a key's, and one drawn for
  /// another writer's lines or a reloaded deck): the lead's side file is written from it, so a
  /// follower goes where the lead's screen went whatever moved it.
  public var onState: ((AppState) -> Void)?

  /// - Parameter files: the journal, notes and recovery note the effects write (none: every
  ///   save fails, as on a read-only journal).
  public init(
    state: AppState, backend: any TerminalBackend, bindings: KeyBindings? = nil,
    files: (any MeetingFiles)? = nil
  ) {
    self.state = state
    self.backend = backend
    self.bindings = bindings
    effects = EffectRunner(screen: backend, files: files ?? NoMeetingFiles())
  }

  /// Renders the state as it is and shows it (the loop's own frames, and a caller's).
  public func drawFrame() {
    effects.draw(state)
  }

  /// Runs until an `.exit` effect and returns its status. Draws the first frame at once.
  public func run() -> Int32 {
    if let status = dispatch(.resize(backend.size)) { return status }
    if let status = dispatch(.clock(.tick(wallClock()))) { return status }  // the meeting opens
    drawFrame()
    while true {
      if let signal = backend.terminationSignal, let status = dispatch(.terminate(signal: signal)) {
        return status
      }
      guard let key = backend.nextKey() else {
        if let status = pollRecord() { return status }
        if let status = lookAtTheDisk() { return status }
        if let status = tickClock() { return status }
        onIdle?()
        continue
      }
      let started = ContinuousClock.now
      let startedCPU = onFrame == nil ? .zero : ThreadClock.now()
      if let status = handleBurst(startingWith: key) { return status }
      drawFrame()
      onFrame?(ContinuousClock.now - started, ThreadClock.now() - startedCPU)
      onState?(state)
      if ContinuousClock.now - lastPoll >= Self.pollInterval, let status = pollRecord() { return status }
    }
  }

  /// The longest the loop goes without looking for other writers' changes while keys keep
  /// coming (with no key, it looks at every key timeout, 200 ms).
  static let pollInterval: Duration = .milliseconds(500)
  private var lastPoll = ContinuousClock.now

  /// Folds in what other writers appended to the record since the last look and draws the
  /// frame, without a key press (docs/JOURNAL.md, "Several writers").
  /// - Returns: an exit status when an action asked to stop.
  @discardableResult
  public func pollRecord() -> Int32? {
    lastPoll = ContinuousClock.now
    guard let grew = effects.poll() else { return nil }
    if let status = dispatch(grew) { return status }
    drawFrame()
    onState?(state)
    return nil
  }

  /// How often, at most, the loop stats the deck and owners while no key comes.
  static let diskLookInterval = Duration.milliseconds(500)
  private var lastDiskLook = ContinuousClock.now

  /// Between keys: every `diskLookInterval`, the watched files' stamps go to `update`
  /// (`.habit(.polled)`), which marks the header or, with `--watch`, reloads; a frame is
  /// drawn only when the state changed.
  private func lookAtTheDisk() -> Int32? {
    guard let source = effects.source, ContinuousClock.now - lastDiskLook >= Self.diskLookInterval else {
      return nil
    }
    lastDiskLook = ContinuousClock.now
    let before = state.reload
    if let status = dispatch(.habit(.polled(source.stamps()))) { return status }
    if state.reload != before {
      drawFrame()
      onState?(state)
    }
    return nil
  }

  private var lastTick = ContinuousClock.now

  /// Between keys, while the header shows the meeting clock: the time, at most once a second
  /// (`.clock(.tick)`), and a frame when the minute shown changed.
  private func tickClock() -> Int32? {
    guard state.clock.shown, ContinuousClock.now - lastTick >= .seconds(1) else { return nil }
    lastTick = ContinuousClock.now
    let before = state.clock.elapsedMinutes
    if let status = dispatch(.clock(.tick(wallClock()))) { return status }
    if state.clock.elapsedMinutes != before { drawFrame() }
    return nil
  }

  /// Most keys a burst can hold before the loop draws a frame anyway.
  static let maxBurst = 4096

  /// Handles `key` and every key that has already arrived behind it (typing ahead, a fast
  /// typist over SSH, an unbracketed paste), then lets the caller draw one frame. Typed text
  /// that follows in a row is applied as one insertion, so a filter over a large deck is
  /// re-run once per burst rather than once per character; the frame, drawn once, lays out
  /// only the drill-down the burst ends on, not every metric opened on the way.
  /// - Returns: an exit status when an action asked to stop.
  public func handleBurst(startingWith first: Key) -> Int32? {
    var typed = ""
    var key: Key? = first
    var taken = 0
    while let current = key {
      taken += 1
      let action: Action? =
        current == .resize
        ? .resize(backend.size) : (bindings ?? state.bindings).action(for: current, in: state)
      if case .edit(.insert(let text))? = action {
        typed += text
      } else {
        if !typed.isEmpty, let status = dispatch(.edit(.insert(typed))) { return status }
        typed = ""
        if let action, let status = dispatch(action) { return status }
      }
      key = taken < Self.maxBurst ? backend.pendingKey() : nil
    }
    if !typed.isEmpty { return dispatch(.edit(.insert(typed))) }
    return nil
  }

  /// Applies `action` and the actions its effects lead to; returns an exit status when one
  /// of them asked to stop.
  @discardableResult
  public func dispatch(_ action: Action) -> Int32? {
    var queue = [action]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      let (newState, effects) = AppUpdate.update(state, next)
      state = newState
      for effect in effects {
        switch self.effects.perform(effect, in: state) {
        case .exit(let status): return status
        case .next(let actions): queue += actions
        }
      }
    }
    return nil
  }
}
