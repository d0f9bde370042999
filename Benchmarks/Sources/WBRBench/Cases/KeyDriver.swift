import WBRApp
import WBRModel

/// Presses keys on a meeting loop and times each frame, as `MeetingLoop.run` spends it.
final class KeyDriver {
  private let loop: MeetingLoop
  private let screen: FrameTerminal
  private let keys: QueuedKeys
  private let bindings = KeyBindings.standard

  /// `loop` must run on `keys` (the terminal `screen` with a queue for pastes).
  init(loop: MeetingLoop, screen: FrameTerminal, keys: QueuedKeys) {
    self.loop = loop
    self.screen = screen
    self.keys = keys
  }

  /// The first frame, untimed, so every timed key draws on top of a previous frame.
  func start() {
    loop.dispatch(.resize(screen.size))
    draw()
  }

  /// One key press: duration (ns) and bytes sent to the terminal.
  @discardableResult
  func press(_ key: Key) -> (Timing, Int) {
    let before = screen.bytesSent
    let timing = Sampler.time {
      if let action = bindings.action(for: key, in: loop.state) { loop.dispatch(action) }
      draw()
    }
    return (timing, screen.bytesSent - before)
  }

  /// The frame as the run loop draws it: through the loop, which keeps what frames reuse.
  private func draw() {
    loop.drawFrame()
  }

  /// `j` down the list; back to the top (untimed) at the end.
  func scroll(_ count: Int) -> [(Timing, Int)] {
    press(.char("g"))
    var frames: [(Timing, Int)] = []
    while frames.count < count {
      if loop.state.deckList.selected >= loop.state.deckList.rows.count - 1 { press(.char("g")) }
      frames.append(press(.char("j")))
    }
    return frames
  }

  /// `/`, then a filter typed one character at a time (each timed), then Esc; again.
  func filter(_ count: Int) -> [(Timing, Int)] {
    let typed = Array("delivery metric 12")
    var frames: [(Timing, Int)] = []
    while frames.count < count {
      press(.char("/"))
      for c in typed where frames.count < count { frames.append(press(.char(c))) }
      press(.escape)
    }
    return frames
  }

  /// `n` through the anomalies (wrapping at the end).
  func nextAnomaly(_ count: Int) -> [(Timing, Int)] {
    press(.char("g"))
    return (0..<count).map { _ in press(.char("n")) }
  }

  /// Enter on a metric (timed), Esc back and `n` to the next anomaly (untimed).
  func openDrillDown(_ count: Int) -> [(Timing, Int)] {
    press(.char("g"))
    return (0..<count).map { _ in
      let frame = press(.enter)
      press(.escape)
      press(.char("n"))
      return frame
    }
  }

  /// Inside the first anomaly's drill-down: `j` down its body (each timed; at the end `g`
  /// back to the top, untimed), then Esc.
  func drillDownScroll(_ count: Int) -> [(Timing, Int)] {
    openFirstAnomaly()
    var frames: [(Timing, Int)] = []
    while frames.count < count {
      let before = loop.state.drillDownScroll
      frames.append(press(.char("j")))
      if loop.state.drillDownScroll == before { press(.char("g")) }
    }
    press(.escape)
    return frames
  }

  /// Inside a drill-down: `n` opens the next anomaly's drill-down (each timed), then Esc.
  func drillDownNext(_ count: Int) -> [(Timing, Int)] {
    openFirstAnomaly()
    let frames = (0..<count).map { _ in press(.char("n")) }
    press(.escape)
    return frames
  }

  private func openFirstAnomaly() {
    press(.char("g"))
    press(.char("n"))
    press(.enter)
  }

  /// Space on one metric after another (each timed: the journal's append and fsync, the
  /// saved change folded into the record, the frame); `j` between them, untimed.
  func markReviewed(_ count: Int) -> [(Timing, Int)] {
    press(.char("g"))
    return (0..<count).map { _ in
      press(.char("j"))
      return press(.char(" "))
    }
  }

  /// `u` after a Space (untimed) on one metric after another: the undo written and folded.
  func undo(_ count: Int) -> [(Timing, Int)] {
    press(.char("g"))
    return (0..<count).map { _ in
      press(.char("j"))
      press(.char(" "))
      return press(.char("u"))
    }
  }

  /// `o` opens the owner picker (timed), Enter shows that owner's metrics (timed), Esc
  /// clears the owner again (timed): each is a key of its own in the rows.
  func ownerPicker(_ count: Int) -> [(Timing, Int)] {
    press(.char("g"))
    var frames: [(Timing, Int)] = []
    while frames.count < count {
      frames.append(press(.char("o")))
      press(.down)
      frames.append(press(.enter))
      frames.append(press(.escape))
    }
    return Array(frames.prefix(count))
  }

  /// An unbracketed paste of `length` characters into the deck screen, taken as the run loop
  /// takes it (`handleBurst`, one frame at the end): each timed as one. Esc and `g` after
  /// it (untimed) bring the deck back.
  func paste(_ count: Int, length: Int) -> [(Timing, Int)] {
    (0..<count).map { run in
      for key in [Key.escape, .escape, .escape, .escape, .char("g")] { press(key) }
      keys.queue = QueuedKeys.paste(length, seed: UInt64(run + 1))
      let before = screen.bytesSent
      let timing = Sampler.time {
        if let first = keys.pendingKey() { _ = loop.handleBurst(startingWith: first) }
        draw()
      }
      return (timing, screen.bytesSent - before)
    }
  }
}
