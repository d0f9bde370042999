import Foundation
import Testing
import WBRModel

@testable import WBRApp

/// `wbr meet --follow`: the lead's meeting says where it looks (the side file's view), and a
/// follower given that view and the grown record goes there.
@Suite struct FollowTests {
  func state() -> AppState {
    RecordOpening.open(
      Fixtures.state(width: 100, height: 24), record: MeetingRecordState(week: Fixtures.weekEnding))
  }

  @Test func theLeadsViewRoundTripsThroughTheSideFile() throws {
    let lead = Fixtures.apply([.nextAnomaly, .open], to: state())
    let view = lead.meetingView(lead: "maria")
    #expect(view.screen == .drillDown)
    #expect(view.metric == "delivery")
    #expect(view.walk == "anomaly 1 of 2")
    #expect(MeetingView.read(Array(view.json.utf8)) == view)
    #expect(MeetingView.read(Array("{\"v\":1,\"week\":".utf8)) == nil)
    // With an owner chosen, the lead's walk is counted within the owner, as the header says.
    let zoe = Fixtures.apply([.show(.ownerPicker), .submit, .nextAnomaly, .open], to: state())
    #expect(zoe.meetingView(lead: "maria").walk == "Zoë Øster: anomaly 1 of 1")
  }

  @Test func aFollowerGoesWhereTheLeadIsAndTakesTheGrownRecord() {
    let lead = Fixtures.apply([.nextAnomaly, .open], to: state())
    let outcome = RecordEvents.event(
      "m-1", Fixtures.weekEnding,
      .outcome(metric: "delivery", outcome: .explained("Carrier strike"), signals: [], commitment: nil))
    let grown = MeetingRecord(events: [outcome])
    var follower = state()
    follower =
      AppUpdate.update(
        follower, .answer(.followed(record: grown, view: lead.meetingView(lead: "maria")))
      ).0
    #expect(follower.screen == lead.screen)
    #expect(follower.meeting.thisWeek.outcomes["delivery"] != nil)
    #expect(follower.message?.text == "Following maria, anomaly 1 of 2")
    // Another week's view moves nothing.
    var other = lead.meetingView(lead: "maria")
    other.week = Fixtures.weekEnding.adding(days: 7)
    #expect(AppUpdate.update(state(), .answer(.followed(record: nil, view: other))).0.screen == .deck)
  }

  /// Another writer's lines reach a follower as they reach the lead (`.recordGrew`): folded
  /// onto its record and named in its footer, without the lead's key to accept them.
  @Test func anOwnersProposalIsNamedOnTheFollowersFooter() {
    let follower = RecordOpening.open(
      Fixtures.state(width: 100, height: 24),
      record: MeetingRecordState(
        week: Fixtures.weekEnding, access: .readOnly(reason: "following the lead's meeting")))
    var zoe = EventStamper(
      by: "owner", week: Fixtures.weekEnding, session: "z",
      clock: { Date(timeIntervalSince1970: 1_719_800_100) })
    let lines = [
      zoe.event(
        .sessionOpened(SessionHeader(kind: .prep, deck: nil, owners: OwnersSnapshot(), owner: "zoe"))),
      zoe.event(
        .outcome(metric: "revenue", outcome: .explained("Promo ran long"), signals: [], commitment: nil)),
    ]
    let s = AppUpdate.update(follower, .recordGrew(lines)).0
    #expect(s.meeting.record.preparedOutcome(of: "revenue", in: Fixtures.weekEnding)?.owner == "zoe")
    #expect(s.message?.text == "Zoë Øster prepared an explanation for Revenue")
    // The lead, whose A takes it, is told so.
    let lead = AppUpdate.update(state(), .recordGrew(lines)).0
    #expect(lead.message?.text == "Zoë Øster prepared an explanation for Revenue (A accepts)")
  }
}
