import Testing

@testable import WBRApp

@Suite struct MeetingLoopTests {
  private func run(_ steps: [ScriptedBackend.Step], size: Size = Size(width: 80, height: 16))
    -> (status: Int32, backend: ScriptedBackend, loop: MeetingLoop)
  {
    let backend = ScriptedBackend(size: size, steps: steps)
    let loop = MeetingLoop(state: Fixtures.state(width: size.width, height: size.height), backend: backend)
    loop.wallClock = { 1000 }
    return (loop.run(), backend, loop)
  }

  @Test func qQuitsWithStatusZeroAfterDrawingTheFirstFrame() {
    let (status, backend, _) = run([.key(.char("q"))])
    #expect(status == 0)
    #expect(backend.frames.count == 1)
    #expect(backend.frames[0].textLines()[0].hasPrefix(" Retail WBR"))
  }

  @Test func keysAreDispatchedThroughTheBindings() {
    let (_, backend, loop) = run([.key(.down), .key(.char("j")), .key(.enter), .key(.char("q"))])
    #expect(loop.state.screen == .drillDown(metric: 4))  // in_stock, delivery, defects
    #expect(backend.frames.count == 4)
  }

  @Test func aBurstOfTypedKeysIsOneFrameAndTheSameResult() {
    let keys: [ScriptedBackend.Step] =
      [.key(.char("/"))] + "order".map { .key(.char($0)) } + [.key(.enter), .key(.char("j")), .signal(15)]
    let oneByOne = run(keys)
    let backend = ScriptedBackend(size: Size(width: 80, height: 16), steps: keys)
    backend.typesAhead = true
    let loop = MeetingLoop(state: Fixtures.state(width: 80, height: 16), backend: backend)
    loop.wallClock = { 1000 }
    #expect(loop.run() == 143)
    #expect(loop.state.deckList.filter == "order")
    #expect(loop.state == oneByOne.loop.state)
    #expect(backend.frames.count == 2)  // the first frame, then one for the whole burst
    #expect(oneByOne.backend.frames.count == 9)
  }

  /// The meeting clock's time comes from the loop: its first tick, as the loop starts, is
  /// the meeting's opening (`t` shows it later).
  @Test func theLoopOpensTheMeetingClock() {
    let (_, _, loop) = run([.key(.char("t")), .key(.char("q"))])
    #expect(loop.state.clock.openedAt == 1000)
    #expect(loop.state.clock.shown)
  }

  @Test func ctrlCQuitsEvenWhileTyping() {
    let (status, _, loop) = run([.key(.char("/")), .key(.char("q")), .key(.ctrl("c"))])
    #expect(status == 0)
    #expect(loop.state.deckList.filter == "q")  // q was typed, not obeyed
  }

  @Test func terminationSignalExitsWith128PlusSignal() {
    let (status, _, _) = run([.key(.down), .signal(15)])
    #expect(status == 143)
  }

  @Test func resizeToTinySizesAndBack() {
    let (status, backend, _) = run([
      .resize(Size(width: 40, height: 10)), .resize(Size(width: 20, height: 5)),
      .resize(Size(width: 1, height: 1)), .resize(Size(width: 0, height: 0)),
      .resize(Size(width: 80, height: 24)), .key(.char("q")),
    ])
    #expect(status == 0)
    let sizes = backend.frames.map(\.size)
    #expect(sizes.last == Size(width: 80, height: 24))
    #expect(backend.frames[2].textLines().joined().contains("too small"))
    #expect(backend.frames[3].textLines() == ["…"])
    #expect(backend.frames[5].textLines()[0].hasPrefix(" Retail WBR"))
  }

  @Test func ctrlLRepaintsEverything() {
    let (_, backend, _) = run([.key(.ctrl("l")), .key(.char("q"))])
    #expect(backend.invalidations == 1)
    #expect(backend.frames.count == 2)
  }

  @Test func pasteOutsideTextEntryTriggersNothing() {
    let (_, _, loop) = run([.key(.paste("qjjj")), .key(.char("q"))])
    #expect(loop.state.deckList.selected == 0)
  }

  @Test func effectsReachTheTerminal() {
    let backend = ScriptedBackend(
      size: Size(width: 80, height: 16), steps: [.key(.escape), .key(.ctrl("l")), .key(.ctrl("c"))])
    let loop = MeetingLoop(state: Fixtures.state(), backend: backend)
    #expect(loop.run() == 0)
    #expect(backend.bells == 1)  // Esc with no filter rings the bell
    #expect(backend.invalidations == 1)  // Ctrl-L repaints every cell
  }
}
