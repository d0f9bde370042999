import Foundation
import Testing
import WBRModel

@testable import WBRApp

/// `a`, the commitment form and the commitments screen.
@Suite struct RecordCommitmentTests {
  @Test func newCommitmentDefaultsToTheMetricsOwnerAndTheNextWBR() throws {
    let h = try RecordHarness()
    h.select("in_stock")
    h.press(.char("a"))
    h.type("Fix the feed")
    h.press(.enter)
    let c = try #require(h.state.meeting.record.commitments.first)
    #expect(c.text == "Fix the feed")
    #expect(c.owner == "kenji")
    #expect(c.metric == "in_stock")
    #expect(c.due == Fixtures.weekEnding.adding(days: 7))
    #expect(h.state.message?.text == "Saved: commitment for Kenji Watanabe 渡辺, due 2024-07-07")
  }

  @Test func theOwnerPickerFiltersAsYouType() throws {
    let h = try RecordHarness()
    h.select("in_stock")
    h.press(.char("a"))
    h.type("Call the supplier")
    h.press(.tab)
    guard case .record(.commitment(let form)) = h.state.overlay else {
      Issue.record("no form")
      return
    }
    #expect(form.focus == .owner)
    #expect(form.choices(owners: Fixtures.owners).count == 3)  // nobody, Zoë, Kenji
    #expect(form.ownerSelected == 2)  // the current owner, Kenji
    h.type("zoe")  // accents ignored
    h.press(.tab, .pageDown, .enter)
    let c = try #require(h.state.meeting.record.commitments.first)
    #expect(c.owner == "zoe")
    #expect(c.due == Fixtures.weekEnding.adding(days: 14))
  }

  @Test func aNameNotInTheOwnersFileIsTakenAsTyped() throws {
    let h = try RecordHarness()
    h.press(.char("a"))
    h.type("Ask legal")
    h.press(.tab)
    h.type("Olu")
    h.press(.enter)
    #expect(h.state.meeting.record.commitments.first?.owner == "Olu")
  }

  @Test func theDueWeekIsChecked() throws {
    let h = try RecordHarness()
    h.press(.char("a"))
    h.type("Fix it")
    h.press(.tab, .tab, .ctrl("u"))
    h.type("2024-13-01")
    h.press(.enter)
    #expect(h.state.message?.text == "Due week: expected a date YYYY-MM-DD, found \"2024-13-01\"")
    h.press(.ctrl("u"))
    h.type("2024-06-30")
    h.press(.enter)
    #expect(h.state.message?.text == "Due week: must be after this meeting (2024-06-30), found 2024-06-30")
    #expect(h.journalLines.isEmpty)
    h.press(.up, .up)  // back to the text field; the typed due week stays
    h.press(.enter)
    #expect(h.state.message?.kind == .error)
  }

  @Test func theTextFieldIsALineEditor() throws {
    let h = try RecordHarness()
    h.press(.char("a"))
    h.type("Ask Zoë about 漢字 stock")
    h.press(.ctrl("w"))  // "stock"
    h.press(.left, .left, .backspace, .delete)  // both wide characters go, one at a time
    h.press(.home, .delete, .end)
    h.press(.paste("and\nthe rest"))
    guard case .record(.commitment(let form)) = h.state.overlay else {
      Issue.record("no form")
      return
    }
    #expect(form.text.text == "sk Zoë about  and the rest")
  }

  @Test func theMeetingOpensOnEarlierCommitmentsGroupedByOwner() throws {
    let h = try RecordHarness(events: RecordEvents.earlier)
    #expect(h.state.screen == .commitments)
    let rows = CommitmentRows.rows(h.state)
    let owners = rows.compactMap { row -> String? in
      if case .owner(let name) = row.kind { return name }
      return nil
    }
    #expect(owners == ["Zoë Øster", "Kenji Watanabe 渡辺"])
    #expect(CommitmentRows.selectable(rows).count == 3)  // c4 was done last week
    #expect(CommitmentRows.selected(h.state)?.id == "c1")
    #expect(CommitmentRows.selected(h.state)?.age(at: Fixtures.weekEnding) == 2)
  }

  @Test func doneCarryAndDropWithAReason() throws {
    let h = try RecordHarness(events: RecordEvents.earlier)
    h.press(.char("d"))  // c1 done, with what was reported back
    #expect(h.state.bindingContext == .dialog)
    h.type("Feed fixed on Tuesday")
    h.press(.enter)
    #expect(h.state.meeting.record.commitment(id: "c1")?.status == .done)
    #expect(h.state.meeting.record.commitment(id: "c1")?.doneNote == "Feed fixed on Tuesday")
    h.press(.char("d"))
    #expect(h.state.message?.text == "Already done: Fix the delivery feed")
    h.press(.down)
    #expect(CommitmentRows.selected(h.state)?.id == "c3")
    h.press(.char("r"))
    #expect(h.state.meeting.record.commitment(id: "c3")?.due == Fixtures.weekEnding.adding(days: 7))
    #expect(CommitmentsView.status(try #require(CommitmentRows.selected(h.state)), h.state).0 == "carried")
    h.press(.down, .char("D"))
    #expect(h.state.bindingContext == .dialog)
    h.press(.enter)
    #expect(h.state.message?.text == "Say why it is dropped (Esc cancels)")
    h.type("Superseded by the Q3 plan")
    h.press(.enter)
    let c2 = try #require(h.state.meeting.record.commitment(id: "c2"))
    #expect(c2.status == .dropped)
    #expect(c2.dropReason == "Superseded by the Q3 plan")
    #expect(h.journalLines.count == RecordEvents.earlier.count + 3)
    let counts = try h.recordOnDisk.commitmentCounts(in: Fixtures.weekEnding)
    #expect(counts == CommitmentCounts(opened: 0, closed: 1, carried: 1, dropped: 1))
  }

  @Test func editingSavesOnlyWhatChanged() throws {
    let h = try RecordHarness(events: RecordEvents.earlier)
    h.press(.enter)  // edit c1
    guard case .record(.commitment(let form)) = h.state.overlay else {
      Issue.record("no form")
      return
    }
    #expect(form.title == "Edit commitment")
    #expect(form.metricName == "Delivery speed (days)")
    h.type(" today")
    h.press(.enter)
    let last = try #require(h.state.meeting.record.events.last)
    #expect(
      last.change
        == .commitmentEdited(id: "c1", text: "Fix the delivery feed today", owner: nil, due: nil))
    h.press(.char("e"), .enter)
    #expect(h.state.message?.text == "No change")
    #expect(h.journalLines.count == RecordEvents.earlier.count + 1)
  }

  @Test func addingFromTheCommitmentsScreenLinksNoMetric() throws {
    let h = try RecordHarness(events: RecordEvents.earlier)
    h.press(.char("a"))
    h.type("Hire a planner")
    h.press(.enter)
    let c = try #require(h.state.meeting.record.commitments.last)
    #expect(c.metric == nil)
    #expect(c.owner == nil)
    #expect(CommitmentRows.rows(h.state).contains { $0.commitment?.id == c.id })
    h.press(.escape)
    #expect(h.state.screen == .deck)
  }
}

/// The series on the commitments screen: overdue ones stand out, a commitment's story says
/// when it was agreed, carried and closed, metrics the deck lacks are named as such, and the
/// same open commitment is not added twice without asking.
@Suite struct SeriesCommitmentTests {
  typealias E = RecordEvents

  @Test func overdueStandsOutAndTheStoryTellsAgreedCarriedClosed() throws {
    let threeWeeksAgo = Fixtures.weekEnding.adding(days: -21)
    let events = [
      // Due two weeks ago, at a meeting that passed without closing it: overdue.
      E.event(
        "o-1", threeWeeksAgo,
        .commitmentAdded(
          CommitmentDraft(id: "late", text: "Send the audit", owner: "zoe", due: E.twoWeeksAgo),
          metric: "gone")),
      E.event("o-2", E.twoWeeksAgo, .reviewed(metric: "orders")),
      E.add("fresh", "Due now", owner: "kenji", week: E.lastWeek),
    ]
    let h = try RecordHarness(events: events)
    #expect(h.state.screen == .commitments)
    let late = try #require(h.state.meeting.record.commitment(id: "late"))
    #expect(CommitmentsView.status(late, h.state) == ("OVERDUE", .bad))
    let fresh = try #require(h.state.meeting.record.commitment(id: "fresh"))
    #expect(CommitmentsView.status(fresh, h.state) == ("due", .bad))
    let story = CommitmentsView.story(late, h.state)
    #expect(story.contains("agreed \(threeWeeksAgo)") && story.contains("overdue since \(E.twoWeeksAgo)"))
    #expect(story.contains("metric gone is not in this deck"))
    #expect(CommitmentsView.metricName("gone", h.state.content) == "gone (not in this deck)")
    #expect(CommitmentsView.metricName("revenue", h.state.content) == "Revenue")
    #expect(RootView.render(h.state, size: h.state.size).snapshot.contains("OVERDUE"))

    h.press(.char("d"))
    h.type("Sent on Friday")
    h.press(.enter)
    let done = try #require(h.state.meeting.record.commitment(id: "late"))
    #expect(CommitmentsView.story(done, h.state).contains("done \(Fixtures.weekEnding): Sent on Friday"))
  }

  @Test func anOwnerChangeSinceTheMeetingThatAgreedItShows() throws {
    // Last week's meeting saw revenue owned by Kenji; the owners file now says Zoë.
    let seen = OwnersSnapshot(
      people: [Owner(id: "kenji", name: "Kenji Watanabe 渡辺")], assignments: ["revenue": "kenji"])
    let events = [
      E.event(
        "l-1", E.lastWeek,
        .sessionOpened(SessionHeader(kind: .meeting, deck: nil, owners: seen))),
      E.add("c-rev", "Check the revenue feed", owner: "kenji", week: E.lastWeek, metric: "revenue"),
    ]
    let h = try RecordHarness(events: events)
    let c = try #require(h.state.meeting.record.commitment(id: "c-rev"))
    #expect(
      CommitmentsView.story(c, h.state).hasSuffix(
        "metric now owned by Zoë Øster (was Kenji Watanabe 渡辺 at \(E.lastWeek))"))
  }

  @Test func theSameOpenCommitmentAsksBeforeASecond() throws {
    let h = try RecordHarness(events: E.earlier)
    h.press(.escape)
    h.select("revenue")  // owned by Zoë, who has "Call the 渡辺 warehouse about stock" open
    h.press(.char("a"))
    h.type("call the 渡辺 warehouse about stock")
    h.press(.enter)
    #expect(h.state.bindingContext == .dialog)
    #expect(h.state.message?.text.hasPrefix("Zoë Øster already has this open") == true)
    #expect(h.journalLines.count == E.earlier.count)
    h.press(.enter)  // again: added anyway
    #expect(h.state.overlay == nil)
    #expect(h.journalLines.count == E.earlier.count + 1)
  }
}
