import Testing
import WBRModel

@Suite struct ReaderDeckTests {
  @Test func readsAValidDeckWithDefaults() throws {
    let result = loadDeck(deckText())
    let loaded = try #require(result.loaded)
    #expect(loaded.deck.title == "Retail WBR")
    #expect(loaded.deck.weekEnding == Day(iso: "2026-11-21"))
    #expect(loaded.deck.fiscalYearEndMonth == 12)
    let m = try #require(loaded.deck.metrics.first)
    #expect(m.id == "sales" && m.kind == .output && m.comparison == .pct && m.higherIsBetter)
    #expect(m.weekly.map(\.value) == [10, 12])
    #expect(m.droppedPoints == 0)
    #expect(loaded.owners == OwnersFile())
    // Two weeks of history: YoY is not available, which is worth a warning, nothing else.
    #expect(
      result.lines == [
        "deck.json:7:13: warning: [deck.short-history] metrics[0].weekly: short history: starts 2026-11-14; YoY needs the week ending 2025-11-22"
      ])
  }

  @Test func readsEveryOptionalKey() throws {
    let metric = """
        "id": "in_stock", "name": "In-stock rate", "kind": "input", "section": "cx", "owner": "ana",
        "description": "Share of views in stock", "format": "##.1%", "prefix": "", "comparison": "bps",
        "higher_is_better": false, "target_tolerance": 0.02, "pairs_with": "in_stock2",
        "weekly": \(weeklyPoints(53)),
        "monthly": [{ "month": "2025-10", "value": 0.9 }, { "month": "2026-10", "value": null }],
        "targets": { "weekly": [{ "week_ending": "2026-11-21", "value": 0.97 }],
                     "monthly": [{ "month": "2026-10", "value": 0.95 }] },
        "totals": { "mtd": { "cy": 1, "py": null }, "ytd": { "cy": 3, "py": 4 } },
        "thresholds": { "wow_bps": 50 },
        "limits": { "baseline": { "from": "2026-01-03", "to": "2026-06-27" } },
        "annotations": [{ "date": "2026-11-20", "text": "Outage" }]
      }, { "id": "in_stock2", "name": "Other", "kind": "output", "weekly": \(weeklyPoints(53)),
        "limits": { "centre": 5, "mr_bar": 1.5 }
      """
    let top = """
       "fiscal_year_end_month": 1, "as_of": "2026-11-23T07:00:00Z",
        "sections": [{ "id": "cx", "title": "Customer experience" }],
        "thresholds": { "wow_pct": 10, "yoy_pct": 20 },
      """
    let result = loadDeck(deckText(extraTop: top, metric: metric))
    #expect(result.lines == [])
    let deck = try #require(result.loaded?.deck)
    #expect(deck.fiscalYearEndMonth == 1 && deck.asOf == "2026-11-23T07:00:00Z")
    #expect(deck.sections == [Section(id: "cx", title: "Customer experience")])
    #expect(deck.thresholds == Thresholds(wowPct: 10, yoyPct: 20))
    let m = deck.metrics[0]
    #expect(m.section == "cx" && m.owner == "ana" && m.format == "##.1%" && m.prefix == "")
    #expect(m.comparison == .bps && !m.higherIsBetter && m.targetTolerance == 0.02)
    #expect(m.weekly.count == 53 && m.monthly.count == 2 && m.monthly[1].value == nil)
    #expect(m.weeklyTargets.map(\.value) == [0.97] && m.monthlyTargets.count == 1)
    #expect(m.totals.mtd == PeriodTotal(cy: 1, py: nil) && m.totals.qtd == nil)
    #expect(m.thresholds == Thresholds(wowBps: 50))
    #expect(
      m.limits
        == .baseline(
          from: Day(iso: "2026-01-03") ?? Day(ordinal: 0), to: Day(iso: "2026-06-27") ?? Day(ordinal: 0)))
    #expect(m.annotations == [Annotation(date: Day(iso: "2026-11-20") ?? Day(ordinal: 0), text: "Outage")])
    #expect(m.pairsWith == "in_stock2")
    #expect(deck.metrics[1].limits == .limits(centre: 5, mrBar: 1.5))
  }

  @Test func refusesTruncatedJSON() throws {
    let text = String(deckText().dropLast(12))
    let error = try #require(loadDeck(text).refusal)
    #expect(error.kind == .refused && error.exitStatus == 65)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:7:105: error: [json.syntax] not valid JSON: expected ',' or '}' after an object member, found end of input"
      ])
  }

  @Test func refusesAStringWhereANumberBelongs() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [{ "week_ending": "2026-11-14", "value": 10 }, { "week_ending": "2026-11-21", "value": "12" }]
      """
    let error = try #require(loadDeck(deckText(metric: metric)).refusal)
    #expect(
      error.diagnostics.first?.description
        == "deck.json:7:100: error: [json.type] metrics[0].weekly[1].value: expected a number or null, found a string \"12\""
    )
  }

  @Test func refusesADuplicateMetricID() throws {
    let metric = """
        "id": "sales", "name": "Sales", "kind": "output", "weekly": [{ "week_ending": "2026-11-21", "value": 1 }]
      }, {
        "id": "sales", "name": "Sales again", "kind": "output", "weekly": [{ "week_ending": "2026-11-21", "value": 1 }]
      """
    let error = try #require(loadDeck(deckText(metric: metric)).refusal)
    #expect(
      error.diagnostics.filter { $0.severity == .error }.map(\.description) == [
        "deck.json:8:9: error: [deck.duplicate-id] metrics[1].id: duplicate metric id \"sales\" (first at metrics[0], line 6)"
      ])
  }

  @Test func refusesANewerVersion() throws {
    let text = deckText().replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
    let error = try #require(loadDeck(text).refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:2:36: error: [json.version] version: version 2 is newer than this wbr understands (1); update wbr to read this file"
      ])
  }

  @Test func refusesAnEmptyMetricsArray() throws {
    let text = """
      {"format": "wbr-deck", "version": 1, "title": "T", "week_ending": "2026-11-21",
       "metrics": []}
      """
    let error = try #require(loadDeck(text).refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:2:13: error: [deck.no-metrics] metrics: expected at least one metric, found an empty array"
      ])
  }

  @Test func refusesAnOwnersFileGivenAsTheDeck() throws {
    let error = try #require(loadDeck(#"{"format": "wbr-owners", "version": 1, "owners": []}"#).refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:1:12: error: [json.format] format: expected \"wbr-deck\", found a string \"wbr-owners\" (this is an owners file: pass it with --owners)"
      ])
  }

  @Test func refusesAWrongTopLevelValue() throws {
    let error = try #require(loadDeck("[1, 2]").refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:1:1: error: [json.type] expected an object (a wbr deck), found an array"
      ])
  }

  @Test func collectsEveryErrorOfTheFile() throws {
    let metric = """
        "id": "bad id", "kind": "throughput", "format": "##.4%", "comparison": "percent",
        "weekly": [{ "week_ending": "2026-13-01", "value": 1 }], "target_tolerance": -1,
        "limits": { "centre": 3 }, "higher_is_better": "yes"
      """
    let error = try #require(loadDeck(deckText(weekEnding: "2026-02-30", metric: metric)).refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:3:41: error: [json.type] week_ending: expected a date \"YYYY-MM-DD\", found a string \"2026-02-30\"",
        "deck.json:5:5: error: [json.missing-key] metrics[0]: missing required key \"name\" (a string)",
        "deck.json:6:9: error: [json.type] metrics[0].id: expected an id made of A–Z a–z 0–9 _ . - (at least one), found a string \"bad id\"",
        "deck.json:6:27: error: [json.type] metrics[0].kind: expected \"input\" or \"output\", found a string \"throughput\"",
        "deck.json:6:51: error: [json.type] metrics[0].format: expected a display format such as \"##\", \"##.1\", \"##.1KK\", \"##.2MM\", \"##BB\", \"##.1%\" or \"##bps\" (0–3 decimals), found a string \"##.4%\"",
        "deck.json:6:74: error: [json.type] metrics[0].comparison: expected \"pct\" or \"bps\", found a string \"percent\"",
        "deck.json:7:31: error: [json.type] metrics[0].weekly[0].week_ending: expected a date \"YYYY-MM-DD\", found a string \"2026-13-01\"",
        "deck.json:7:80: error: [json.type] metrics[0].target_tolerance: expected a number ≥ 0, found the number -1",
        "deck.json:8:13: error: [json.missing-key] metrics[0].limits: missing required key \"mr_bar\" (a number ≥ 0)",
        "deck.json:8:50: error: [json.type] metrics[0].higher_is_better: expected true or false, found a string \"yes\"",
      ])
  }

  @Test func refusesDuplicateJSONKeys() throws {
    let text = deckText().replacingOccurrences(
      of: "\"title\": \"Retail WBR\"", with: "\"title\": \"A\", \"title\": \"B\"")
    let error = try #require(loadDeck(text).refusal)
    #expect(
      error.diagnostics.filter { $0.severity == .error }.map(\.description) == [
        "deck.json:3:17: error: [json.duplicate-key] title: duplicate key \"title\" (first at line 3, column 3)"
      ])
  }
}
