import Testing
import WBRModel

@testable import WBRApp

/// The shortcuts that keep a key's cost to what is on screen (docs/PERFORMANCE.md, the
/// adversarial deck) give the same states and screens as the long way round.
@Suite struct KeyCostTests {
  /// Every filter, typed one character at a time (each narrowing the last) or in one go.
  @Test func aNarrowedFilterKeepsWhatAFreshSearchKeeps() {
    let content = Fixtures.content()
    for text in ["de", "delivery", "zoe ø", "r", "re", "rev", "", "  e", "e "] {
      var rows: [Int]? = nil
      var typed = ""
      for c in text {
        typed.append(c)
        let earlier = rows.map { (filter: String(typed.dropLast()), rows: $0) }
        rows = DeckFilter.rows(content, matching: typed, narrowing: earlier)
        #expect(rows == DeckFilter.rows(content, matching: typed), "\(typed)")
      }
    }
    // Not an extension of the earlier filter: the whole deck again.
    let earlier = (filter: "rev", rows: DeckFilter.rows(content, matching: "rev"))
    #expect(
      DeckFilter.rows(content, matching: "de", narrowing: earlier) == DeckFilter.rows(content, matching: "de")
    )
  }

  @Test func filterEditsReachTheSameStateEitherWay() {
    let edits: [LineEditor.Edit] = [
      .insert("de"), .insert("l"), .left, .home, .backspace, .end, .backspace, .insert("x"), .deleteToStart,
      .insert("zo"),
    ]
    var s = Fixtures.apply([.startFilter], to: Fixtures.state())
    for edit in edits {
      s = Fixtures.apply([.edit(edit)], to: s)
      var fresh = s
      fresh.deckList.setRows(DeckFilter.rows(s.content, matching: s.deckList.filter, owner: s.deckList.owner))
      #expect(s.deckList.rows == fresh.deckList.rows, "\(edit)")
      #expect(s.deckList.lines == fresh.deckList.lines)
    }
    #expect(s.deckList.filter == "zo")
    s = Fixtures.apply([.cancel], to: s)
    #expect(s.deckList.rows == s.content.order)
  }

  @Test func anOwnerThenAFilterNarrowsTheOwnersMetrics() {
    var s = Fixtures.apply([.show(.ownerPicker)], to: Fixtures.state())
    s = Fixtures.apply([.submit], to: s)  // the first owner: Zoë
    let owner = s.deckList.owner
    #expect(owner != nil)
    s = Fixtures.apply([.startFilter, .edit(.insert("de"))], to: s)
    #expect(s.deckList.rows == DeckFilter.rows(s.content, matching: "de", owner: owner))
    s = Fixtures.apply([.cancel, .clearFilter], to: s)
    #expect(s.deckList.rows == s.content.order)
  }

  /// A burst that opens metrics and comes back lays out no drill-down (the frame after it has
  /// none to keep); one that ends on a drill-down has its page laid out by that frame, and
  /// ends in the state key by key would.
  @Test func aBurstLaysOutOnlyTheDrillDownItEndsOn() {
    func run(_ keys: [Key], typesAhead: Bool) -> MeetingLoop {
      let backend = ScriptedBackend(
        size: Size(width: 100, height: 30), steps: keys.map { .key($0) } + [.signal(15)])
      backend.typesAhead = typesAhead
      let loop = MeetingLoop(state: Fixtures.state(width: 100, height: 30), backend: backend)
      loop.wallClock = { 1000 }
      _ = loop.run()
      return loop
    }
    let back: [Key] = [.enter, .char("j"), .char("j"), .escape, .char("n"), .enter, .char("n"), .escape]
    #expect(run(back, typesAhead: true).effects.memo.drillDownPage == nil)
    #expect(run(back, typesAhead: true).state == run(back, typesAhead: false).state)
    let staying = back + [.char("n"), .enter, .char("j"), .char("j"), .char("G")]
    let burst = run(staying, typesAhead: true)
    #expect(burst.effects.memo.drillDownPage != nil)
    #expect(burst.state == run(staying, typesAhead: false).state)
  }

  /// The name column draws the per-deck cut of a name exactly as it draws the whole name.
  @Test func aNameCutOncePerDeckDrawsLikeTheWholeName() {
    let names = [
      "Short", String(repeating: "Revenue per visit ", count: 20), String(repeating: "王小明的指标", count: 20),
      "x" + String(repeating: "王", count: 30),
      "e\u{301}\u{301}a\u{308}" + String(repeating: "\u{200b}b", count: 80),
      "line\nbreak\u{1b}[31mred\u{07}" + String(repeating: "👩‍👩‍👧‍👦🇯🇵", count: 30),
      String(repeating: "a", count: 41),
      String(repeating: "a", count: 42) + "王", String(repeating: "a", count: 39) + "王王",
    ]
    for name in names {
      let cut = DeckRowText.prefix(of: name, columns: DeckRowText.nameColumns + 2)
      #expect(cut.count <= name.count)
      for width in 0...DeckRowText.nameColumns {
        for ascii in [false, true] {
          var whole = ScreenBuffer(size: Size(width: 50, height: 1))
          var short = whole
          whole.put(name, at: 2, y: 0, width: width, ascii: ascii)
          short.put(cut, at: 2, y: 0, width: width, ascii: ascii)
          #expect(whole == short, "\(name.debugDescription) at \(width)")
        }
      }
    }
  }

  /// Anomalies walked to and also marked count once; marks of other metrics do not walk.
  @Test func progressCountsAnAnomalyWalkedAndMarkedOnce() throws {
    let h = try RecordHarness(size: Size(width: 160, height: 48))
    h.press(.char("n"))  // walked to the first anomaly
    h.press(.char(" "))  // and marked reviewed
    #expect(MeetingProgress(h.state) == MeetingProgress(walked: 1, anomalies: 2, reviewed: 1, metrics: 6))
    h.select("orders")  // not an anomaly
    h.press(.char(" "))
    #expect(MeetingProgress(h.state) == MeetingProgress(walked: 1, anomalies: 2, reviewed: 2, metrics: 6))
  }

  /// The key table's index answers as the table read in order would, for every key it names
  /// in every context.
  @Test func theKeyIndexAgreesWithTheTableInOrder() {
    let bindings = KeyBindings.standard.bindings
    var s = Fixtures.state()
    for context in BindingContext.allCases {
      for key in Set(bindings.flatMap(\.keys)) {
        let first = bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }
        if let first {
          #expect(
            KeyBindings.standard.action(for: key, context: context) == first.action, "\(key) in \(context)")
        }
      }
    }
    s = Fixtures.apply([.startFilter], to: s)
    #expect(KeyBindings.standard.action(for: .char("q"), in: s) == .edit(.insert("q")))
  }

  /// The picker's query against owners folded once per deck: case, accents and team as before.
  @Test func theOwnerPickerMatchesNameIdAndTeamIgnoringCaseAndAccents() {
    func ids(_ query: String) -> [String] {
      let s = Fixtures.apply([.show(.ownerPicker), .edit(.insert(query))], to: Fixtures.state())
      guard case .ownerPicker(let picker) = s.overlay else { return ["no picker"] }
      return picker.matches(in: s.content).map(\.id)
    }
    #expect(ids("ZOE") == ["zoe"])
    #expect(ids("øster") == ["zoe"])
    #expect(ids("FINANCE") == ["zoe"])
    #expect(ids("渡辺") == ["kenji"])
    #expect(ids(" kenji ") == ["kenji"])
    #expect(ids("") == ids("  "))
    #expect(ids("nobody").isEmpty)
  }
}
