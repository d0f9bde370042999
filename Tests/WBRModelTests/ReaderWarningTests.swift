import Testing
import WBRModel

@Suite struct ReaderWarningTests {
  @Test func faultySeriesPointsAreLeftOutAndCounted() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [
          { "week_ending": "2026-11-07", "value": 1 },
          { "week_ending": "2026-11-09", "value": 2 },
          { "week_ending": "2026-11-14", "value": 3 },
          { "week_ending": "2026-11-14", "value": 4 },
          { "week_ending": "2026-10-31", "value": 5 },
          { "week_ending": "2026-11-21", "value": 6 },
          { "week_ending": "2026-11-28", "value": 7 }
        ],
        "monthly": [{ "month": "2026-10", "value": 1 }, { "month": "2026-09", "value": 1 }]
      """
    let result = loadDeck(deckText(metric: metric))
    let m = try #require(result.loaded?.deck.metrics.first)
    #expect(m.weekly.map(\.value) == [1, 3, 6])
    #expect(m.monthly.count == 1)
    #expect(m.droppedPoints == 5)
    #expect(
      result.lines == [
        "deck.json:7:13: warning: [deck.short-history] metrics[0].weekly: short history: starts 2026-11-07; YoY needs the week ending 2025-11-22",
        "deck.json:9:22: warning: [deck.point-left-out] metrics[0].weekly[1].week_ending: week 2026-11-09 is not a whole number of weeks before week_ending 2026-11-21 (5 days off); point left out",
        "deck.json:11:22: warning: [deck.point-left-out] metrics[0].weekly[3].week_ending: week 2026-11-14 repeats (first at line 10); point left out",
        "deck.json:12:22: warning: [deck.point-left-out] metrics[0].weekly[4].week_ending: week 2026-10-31 comes after 2026-11-14: the series must be ascending; point left out",
        "deck.json:14:22: warning: [deck.point-left-out] metrics[0].weekly[6].week_ending: week 2026-11-28 is after the deck's week_ending 2026-11-21; point left out",
        "deck.json:16:14: warning: [deck.short-history] metrics[0].monthly: short monthly history: starts 2026-10; the YoY of 2026-10 needs 2025-10",
        "deck.json:16:62: warning: [deck.point-left-out] metrics[0].monthly[1].month: month 2026-09 comes after 2026-10: the series must be ascending; point left out",
      ])
  }

  /// Monthly points and monthly targets for a month after the one the deck's week ends in are
  /// left out with a warning (issue #14, class 6), as weekly points after week_ending are: they
  /// were kept and became "the latest month".
  @Test func monthsAfterTheDecksWeekAreLeftOut() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [{ "week_ending": "2026-11-14", "value": 10 }, { "week_ending": "2026-11-21", "value": 12 }],
        "monthly": [{ "month": "2026-10", "value": 1 }, { "month": "2026-11", "value": 2 }, { "month": "2026-12", "value": 3 }],
        "targets": { "monthly": [{ "month": "2026-11", "value": 5 }, { "month": "2027-01", "value": 6 }] }
      """
    let result = loadDeck(deckText(metric: metric))
    let m = try #require(result.loaded?.deck.metrics.first)
    #expect(m.monthly.map(\.value) == [1, 2])
    #expect(m.monthlyTargets.map(\.value) == [5])
    #expect(m.droppedPoints == 2)
    let lines = result.lines.filter { $0.contains("after the deck's week_ending") }
    #expect(
      lines == [
        "deck.json:8:98: warning: [deck.point-left-out] metrics[0].monthly[2].month: month 2026-12 is after the deck's week_ending 2026-11-21; point left out",
        "deck.json:9:75: warning: [deck.point-left-out] metrics[0].targets.monthly[1].month: month 2027-01 is after the deck's week_ending 2026-11-21; point left out",
      ])
    let analysis = DeckAnalyzer.analyze(try #require(result.loaded?.deck))
    #expect(analysis.metrics[0].latestMonth == YearMonth(year: 2026, month: 11))
  }

  @Test func missingWeeksAndShortHistory() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [{ "week_ending": "2026-10-24", "value": 1 }, { "week_ending": "2026-11-07", "value": null }]
      """
    let result = loadDeck(deckText(metric: metric))
    #expect(
      result.lines == [
        "deck.json:7:13: warning: [deck.missing-weeks] metrics[0].weekly: 4 missing weeks (including the week under review): 2026-10-31, 2026-11-07, 2026-11-14, 2026-11-21",
        "deck.json:7:13: warning: [deck.short-history] metrics[0].weekly: short history: starts 2026-10-24; YoY needs the week ending 2025-11-22",
      ])
  }

  @Test func historyTooShortForWoW() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output", "weekly": [{ "week_ending": "2026-11-21", "value": 1 }]
      """
    #expect(
      loadDeck(deckText(metric: metric)).lines == [
        "deck.json:6:63: warning: [deck.short-history] metrics[0].weekly: short history: starts 2026-11-21; WoW needs the week ending 2026-11-14 and YoY the week ending 2025-11-22"
      ])
  }

  @Test func fullHistoryHasNoWarning() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output", "weekly": \(weeklyPoints(53))
      """
    #expect(loadDeck(deckText(metric: metric)).lines == [])
  }

  @Test func unknownKeysSectionsAndPairs() throws {
    let metric = """
        "id": "a", "name": "A", "kind": "input", "section": "nope", "pairs_with": "zzz", "colour": "red",
        "weekly": \(weeklyPoints(53))
      }, { "id": "b", "name": "B", "kind": "input", "section": "nope", "pairs_with": "b", "weekly": \(weeklyPoints(53))
      """
    let result = loadDeck(deckText(extraTop: " \"author\": \"x\",", metric: metric))
    let deck = try #require(result.loaded?.deck)
    #expect(deck.metrics.map(\.section) == ["nope", "nope"])
    #expect(
      result.lines == [
        "deck.json:2:39: warning: [json.unknown-key] author: unknown key \"author\" is ignored",
        "deck.json:6:55: warning: [deck.unknown-section] metrics[0].section: section \"nope\" is not in the deck's sections; its 2 metrics go to \"Other\"",
        "deck.json:6:77: warning: [deck.pairs-with] metrics[0].pairs_with: pairs_with names \"zzz\", which is not a metric of this deck",
        "deck.json:6:84: warning: [json.unknown-key] metrics[0].colour: unknown key \"colour\" is ignored",
        "deck.json:8:80: warning: [deck.pairs-with] metrics[1].pairs_with: a metric cannot be paired with itself; pairs_with is ignored",
      ])
  }

  @Test func renamedFromKeepsEarlierIdsAndLeavesOutLiveOrClaimedOnes() throws {
    let metric = """
        "id": "a", "name": "A", "kind": "input", "renamed_from": ["old_a", "b", "old_a"], "weekly": \(weeklyPoints(53))
      }, { "id": "b", "name": "B", "kind": "input", "renamed_from": ["old_a", "old_b"], "weekly": \(weeklyPoints(53))
      """
    let result = loadDeck(deckText(metric: metric))
    let deck = try #require(result.loaded?.deck)
    #expect(deck.metrics.map(\.renamedFrom) == [["old_a"], ["old_b"]])
    #expect(
      result.lines == [
        "deck.json:6:60: warning: [deck.renamed-from] metrics[0].renamed_from: renamed_from names \"b\", which is a metric of this deck; left out",
        "deck.json:7:63: warning: [deck.renamed-from] metrics[1].renamed_from: renamed_from names \"old_a\", already an earlier id of \"a\"; left out",
      ])
    let bad = loadDeck(
      deckText(
        metric:
          #""id": "a", "name": "A", "kind": "input", "renamed_from": "old", "weekly": \#(weeklyPoints(53))"#))
    #expect(bad.loaded == nil)
    #expect(bad.lines.first?.contains("renamed_from: expected an array") == true)
  }

  @Test func fileTextInMessagesIsMadeHarmless() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output", "\\u001b[2J": 1, "weekly": \(weeklyPoints(53))
      """
    #expect(
      loadDeck(deckText(metric: metric)).lines == [
        #"deck.json:6:53: warning: [json.unknown-key] metrics[0]["\u{1B}[2J"]: unknown key "\u{1B}[2J" is ignored"#
      ])
  }

  @Test func warningsAreCappedWithACount() throws {
    let extra = (0..<30).map { "\"x\($0)\": 1" }.joined(separator: ", ")
    let options = LoadOptions(maxWarnings: 10)
    let result = loadDeck(deckText(extraTop: " " + extra + ","), owners: nil, options: options)
    #expect(result.lines.count == 11)
    #expect(result.lines.last == "deck.json: warning: [problems.omitted] 21 more warnings not listed")
  }
}
