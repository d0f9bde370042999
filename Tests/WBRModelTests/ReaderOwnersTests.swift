import Testing
import WBRModel

@Suite struct ReaderOwnersTests {
  let deck = deckText(
    metric: """
        "id": "sales", "name": "Sales", "kind": "output", "owner": "bob", "weekly": \(weeklyPoints(53))
      """)

  @Test func readsOwnersAndAssignments() throws {
    let owners = """
      {"format": "wbr-owners", "version": 1,
       "owners": [{"id": "ana", "name": "Ana Núñez", "team": "Retail", "email": "ana@example.com"},
                  {"id": "bob", "name": "Bob"}],
       "assignments": {"sales": "ana"}}
      """
    let result = loadDeck(deck, owners: owners)
    let loaded = try #require(result.loaded)
    #expect(result.lines == [])
    #expect(loaded.owners.owners.count == 2)
    #expect(loaded.owners.owner(id: "ana")?.team == "Retail")
    #expect(loaded.owners.ownerID(for: loaded.deck.metrics[0]) == "ana")
    #expect(loaded.ownersPath == "owners.json")
  }

  @Test func unknownOwnersAndMetricsAreWarnings() throws {
    let owners = """
      {"format": "wbr-owners", "version": 1,
       "owners": [{"id": "ana", "name": "Ana"}],
       "assignments": {"retired_metric": "ana", "sales": "carl"}}
      """
    let result = loadDeck(deck, owners: owners)
    #expect(result.loaded != nil)
    #expect(
      result.lines == [
        "deck.json:6:62: warning: [owners.unknown-owner] metrics[0].owner: owner \"bob\" is not in the owners file owners.json (the owners file assigns this metric anyway)",
        "owners.json:3:18: warning: [owners.unknown-metric] assignments.retired_metric: metric \"retired_metric\" is not in the deck deck.json",
        "owners.json:3:52: warning: [owners.unknown-owner] assignments.sales: assigned to \"carl\", who is not in owners; the metric's own owner is used",
      ])
  }

  @Test func refusesDuplicateOwnersAndBadTypes() throws {
    let owners = """
      {"format": "wbr-owners", "version": 1,
       "owners": [{"id": "ana", "name": "Ana"}, {"id": "ana", "name": 7}, {"id": "b c", "name": "B"}],
       "assignments": {"sales": 3}}
      """
    let error = try #require(loadDeck(deck, owners: owners).refusal)
    #expect(error.exitStatus == 65)
    #expect(
      error.diagnostics.map(\.description) == [
        "owners.json:2:65: error: [json.type] owners[1].name: expected a string, found the number 7",
        "owners.json:2:76: error: [json.type] owners[2].id: expected an id made of A–Z a–z 0–9 _ . - (at least one), found a string \"b c\"",
        "owners.json:3:27: error: [json.type] assignments.sales: expected a string, found the number 3",
      ])
  }

  @Test func refusesADeckGivenAsOwners() throws {
    let error = try #require(loadDeck(deck, owners: deck).refusal)
    #expect(
      error.diagnostics.first?.description
        == "owners.json:2:13: error: [json.format] format: expected \"wbr-owners\", found a string \"wbr-deck\" (this is a deck file, not an owners file)"
    )
  }

  @Test func errorsInBothFilesAreListedTogether() throws {
    let error = try #require(loadDeck("{", owners: "[").refusal)
    #expect(
      error.diagnostics.map(\.description) == [
        "deck.json:1:2: error: [json.syntax] not valid JSON: expected a string key or '}', found end of input",
        "owners.json:1:2: error: [json.syntax] not valid JSON: expected a value or ']', found end of input",
      ])
  }
}
