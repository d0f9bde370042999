import WBRModel

@testable import WBRApp

/// Small decks and states for screen and update tests, built in code so they never drift.
enum Fixtures {
  static let weekEnding = Day(year: 2024, month: 6, day: 30)!

  /// Weekly points ending at `weekEnding`, oldest first.
  static func weekly(_ values: [Double?]) -> [WeeklyPoint] {
    values.enumerated().map { i, v in
      WeeklyPoint(weekEnding: weekEnding.adding(days: -7 * (values.count - 1 - i)), value: v)
    }
  }

  static let routine: [Double?] = [120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 121]
  /// The analysis.md worked example: 158 fires xmr.limit and xmr.range.
  static let spike: [Double?] = [120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 158]

  /// Six metrics over two sections, inputs and outputs, two anomalies, Unicode names.
  static let deck = Deck(
    title: "Retail WBR", weekEnding: weekEnding,
    sections: [Section(id: "cx", title: "Customer experience"), Section(id: "fin", title: "Finance")],
    metrics: [
      Metric(
        id: "revenue", name: "Revenue", kind: .output, section: "fin", owner: "zoe", prefix: "$",
        weekly: weekly(spike)),
      Metric(
        id: "in_stock", name: "In-stock rate", kind: .input, section: "cx", owner: "kenji",
        weekly: weekly(routine)),
      Metric(
        id: "delivery", name: "Delivery speed (days)", kind: .input, section: "cx", higherIsBetter: false,
        weekly: weekly(spike)),
      Metric(id: "orders", name: "Orders 注文", kind: .output, section: "fin", weekly: weekly(routine)),
      Metric(
        id: "defects", name: "Defect rate per 1,000 units shipped to customers", kind: .input, section: "cx",
        owner: "zoe", weekly: weekly(routine)),
      Metric(id: "nps", name: "NPS", kind: .input, weekly: weekly([nil, nil, 40, 42])),
    ])

  static let owners = OwnersFile(
    owners: [
      Owner(id: "zoe", name: "Zoë Øster", team: "Finance"), Owner(id: "kenji", name: "Kenji Watanabe 渡辺"),
    ],
    assignments: ["orders": "kenji"])

  static func content(ascii: Bool = false) -> MeetingContent {
    MeetingContent(deck: deck, owners: owners, deckPath: "retail.json", ascii: ascii)
  }

  static func state(width: Int = 80, height: Int = 16, ascii: Bool = false) -> AppState {
    AppState(
      content: content(ascii: ascii), size: Size(width: width, height: height),
      glyphs: ascii ? .ascii : .unicode)
  }

  /// `state` after `actions`, effects dropped.
  static func apply(_ actions: [Action], to state: AppState) -> AppState {
    actions.reduce(state) { AppUpdate.update($0, $1).0 }
  }
}

/// A backend that plays scripted keys and keeps every frame, for run-loop tests.
final class ScriptedBackend: TerminalBackend {
  enum Step {
    case key(Key)
    case resize(Size)
    case signal(Int32)
  }
  var size: Size
  let glyphs: Glyphs
  private var steps: [Step]
  private(set) var frames: [ScreenBuffer] = []
  private(set) var terminationSignal: Int32?

  init(size: Size, glyphs: Glyphs = .unicode, steps: [Step]) {
    self.size = size
    self.glyphs = glyphs
    self.steps = steps
  }

  func nextKey() -> Key? {
    guard !steps.isEmpty else { return .ctrl("c") }  // a script that runs out quits
    switch steps.removeFirst() {
    case .key(let key): return key
    case .resize(let newSize):
      size = newSize
      return .resize
    case .signal(let signal):
      terminationSignal = signal
      return nil
    }
  }

  /// When set, keys queued behind the current one count as already arrived, like a burst
  /// of typing over SSH; otherwise keys come one at a time.
  var typesAhead = false

  func pendingKey() -> Key? {
    guard typesAhead, case .key(let key)? = steps.first else { return nil }
    steps.removeFirst()
    return key
  }

  func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

  private(set) var invalidations = 0
  func invalidate() { invalidations += 1 }

  private(set) var bells = 0
  func bell() { bells += 1 }
}
