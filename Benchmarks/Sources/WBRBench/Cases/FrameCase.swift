import WBRApp
import WBRModel
import WBRStore

/// The meeting screen's frames: the first one, and one per key press for the moves a meeting
/// makes most (scrolling, typing a filter, `n` through the anomalies, opening a metric).
///
/// A key press is timed the way the run loop spends it (`MeetingLoop.run`): key → action
/// (the key table) → `update` → `render` → the backend's `draw`, which diffs against the last
/// frame and writes the changed cells as escape sequences (`FrameTerminal`).
enum FrameCase {
  static func run(_ options: CaseOptions, output: RowOutput) throws {
    let deckPath = try options.require("deck")
    let n = options.int("metrics", default: 0)
    let keys = options.int("keys", default: 200)
    let firstFrames = options.int("runs", default: 20)
    let sizeText = try options.require("size")
    let parts = sizeText.split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2 else { throw FrameTerminal.Failure(description: "bad --size \(sizeText)") }
    let size = Size(width: parts[0], height: parts[1])

    let loaded = try DeckLoader.load(deckPath: deckPath, ownersPath: options["owners"])
    let analysis = DeckAnalyzer.analyze(loaded.deck)
    func meetingContent() -> MeetingContent {
      MeetingContent(
        deck: loaded.deck, owners: loaded.owners, analysis: analysis, warnings: loaded.warnings,
        deckPath: deckPath)
    }
    let content = meetingContent()
    let screen = try FrameTerminal(size: size)
    defer { screen.stop() }
    let terminal = screen

    func row(_ name: String, _ frames: [(Timing, Int)]) -> Row {
      let bytes = frames.map(\.1).sorted()
      return Row(
        name: name, metrics: n, size: sizeText, timings: frames.map(\.0),
        terminalBytes: bytes.isEmpty ? nil : bytes[bytes.count / 2])
    }

    var first: [(Timing, Int)] = []
    for i in 0..<(firstFrames + 1) {
      terminal.invalidate()
      let before = screen.bytesSent
      let took = Sampler.time {
        // From the analysed deck: what is made once per deck for the screens, then the frame.
        let loop = MeetingLoop(
          state: AppState(content: meetingContent(), size: size, glyphs: terminal.glyphs), backend: terminal)
        loop.dispatch(.resize(terminal.size))
        loop.drawFrame()
      }
      if i > 0 { first.append((took, screen.bytesSent - before)) }
    }
    output.write(row("first frame", first))

    // The record's keys write a real journal (in a scratch folder, removed at the end).
    let journal = try MeetingJournal(deck: loaded.deck, owners: loaded.owners, deckPath: deckPath)
    defer { journal.remove() }
    var state = AppState(content: content, size: size, glyphs: terminal.glyphs)
    state.meeting = journal.meeting
    let queued = QueuedKeys(terminal)
    let driver = KeyDriver(
      loop: MeetingLoop(state: state, backend: queued, files: journal.saver), screen: screen,
      keys: queued)
    driver.start()
    // `--kinds scroll,open` measures only some (for a profiler run); by default the meeting's
    // moves below. `space`, `undo`, `owner` and `paste` (the record's keys, the owner
    // picker, a 2,000-key paste) are measured on request.
    let kinds = Set(
      (options["kinds"] ?? "scroll,filter,n,open,drill-scroll,drill-n").split(separator: ",").map(String.init)
    )
    if kinds.contains("scroll") { output.write(row("key: scroll (j)", driver.scroll(keys))) }
    if kinds.contains("filter") {
      output.write(row("key: filter, typed (/ then a char)", driver.filter(keys)))
    }
    if kinds.contains("n") { output.write(row("key: next anomaly (n)", driver.nextAnomaly(keys))) }
    if kinds.contains("open") {
      output.write(row("key: open drill-down (Enter)", driver.openDrillDown(keys)))
    }
    if kinds.contains("drill-scroll") {
      output.write(row("key: drill-down, scroll (j)", driver.drillDownScroll(keys)))
    }
    if kinds.contains("drill-n") {
      output.write(row("key: drill-down, next anomaly (n)", driver.drillDownNext(keys)))
    }
    if kinds.contains("space") { output.write(row("key: mark reviewed (Space)", driver.markReviewed(keys))) }
    if kinds.contains("undo") { output.write(row("key: undo (u)", driver.undo(keys))) }
    if kinds.contains("owner") {
      output.write(row("key: owner picker (o, Enter, Esc)", driver.ownerPicker(keys)))
    }
    if kinds.contains("paste") {
      // Each paste is a burst of 2,000 keys and one frame: a tenth as many as other keys.
      output.write(row("paste: 2,000 keys, one frame", driver.paste(max(1, keys / 10), length: 2000)))
    }
  }
}
