import WBRModel

/// Presses keys on a meeting loop and times each frame, as `MeetingLoop.run` spends it.
final class KeyDriver {
  private let loop: MeetingLoop
  private let screen: FrameTerminal
  private let bindings = KeyBindings.standard

  init(loop: MeetingLoop, screen: FrameTerminal) {
    self.loop = loop
    self.screen = screen
  }

  /// The first frame, untimed, so every timed key draws on top of a previous frame.
  func start() {
    loop.dispatch(.resize(screen.terminal.size))
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

  private func draw() {
    screen.terminal.draw(RootView.render(loop.state, size: loop.state.size))
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
}
