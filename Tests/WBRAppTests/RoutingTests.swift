import Testing
import WBRModel

@testable import WBRApp

/// `AppUpdate.update` routes each action to what has the keys (overlay, filter, screen), and
/// each of those handles it: no action is taken by one part before the one it was meant for,
/// and none falls through to another.
@Suite struct RoutingTests {
  /// A deck whose journal holds earlier meetings' open commitments.
  func withCommitments() -> AppState {
    var s = Fixtures.state(width: 80, height: 24)
    s.meeting = MeetingRecordState(
      week: Fixtures.weekEnding, record: MeetingRecord(events: RecordEvents.earlier))
    return s
  }

  /// `c` on the deck and in the drill-down opens the commitments screen with its cursor kept
  /// on a commitment: the handler that runs is the one that clamps (a second, unclamped
  /// handler used to sit behind it and never ran from those screens).
  @Test func showCommitmentsOpensTheScreenWithTheCursorOnACommitment() {
    for start in [withCommitments(), Fixtures.apply([.open], to: withCommitments())] {
      var s = start
      s.meeting.commitmentCursor = 99
      s = Fixtures.apply([.showCommitments], to: s)
      #expect(s.screen == .commitments)
      let selectable = CommitmentRows.selectable(CommitmentRows.rows(s)).count
      #expect(selectable > 0)
      #expect(s.meeting.commitmentCursor == selectable - 1)
      #expect(CommitmentRows.selected(s) != nil)
    }
  }

  /// With an overlay open, the overlay has the keys: `.showCommitments` does not change the
  /// screen under it (before, it did, without clamping the cursor).
  @Test func anOverlayTakesTheActionsTheScreenWouldHaveTaken() {
    let help = Fixtures.apply([.show(.help)], to: withCommitments())
    let picker = Fixtures.apply([.show(.ownerPicker)], to: withCommitments())
    let dialog = Fixtures.apply([.record(.outcome)], to: withCommitments())
    for s in [help, picker, dialog] {
      #expect(s.overlay != nil)
      for action: Action in [.showCommitments, .open, .nextAnomaly, .startFilter, .show(.ownerPicker)] {
        let next = AppUpdate.update(s, action).0
        #expect(next.screen == s.screen, "\(action) under \(String(describing: s.overlay))")
        #expect(next.deckList == s.deckList, "\(action) under \(String(describing: s.overlay))")
        #expect(next.filterInput == s.filterInput)
      }
    }
  }

  /// The footer's message is cleared once, by the router, for every action but a resize,
  /// whatever has the keys.
  @Test func theMessageIsClearedByEveryActionButAResizeInEveryContext() {
    let base = withCommitments()
    let contexts: [AppState] = [
      base,
      Fixtures.apply([.open], to: base),
      Fixtures.apply([.showCommitments], to: base),
      Fixtures.apply([.startFilter], to: base),
      Fixtures.apply([.show(.help)], to: base),
      Fixtures.apply([.show(.ownerPicker)], to: base),
      Fixtures.apply([.record(.outcome)], to: base),
      Fixtures.apply([.record(.addCommitment)], to: base),
    ]
    let note = StatusMessage(kind: .info, text: "note")
    for context in contexts {
      var s = context
      s.message = note
      #expect(AppUpdate.update(s, .resize(Size(width: 90, height: 30))).0.message == note)
      for action: Action in [.move(0), .redraw, .edit(.left), .back, .page(0)] {
        #expect(AppUpdate.update(s, action).0.message == nil, "\(action) in \(s.bindingContext)")
      }
    }
  }

  /// Quitting and signals leave from every context; in a dialog, typed text is kept first.
  @Test func quitAndSignalsLeaveFromEveryContext() {
    let base = withCommitments()
    for s in [
      base, Fixtures.apply([.open], to: base), Fixtures.apply([.startFilter], to: base),
      Fixtures.apply([.show(.help)], to: base), Fixtures.apply([.show(.ownerPicker)], to: base),
      Fixtures.apply([.record(.outcome)], to: base),
    ] {
      #expect(AppUpdate.update(s, .quit).1 == [.exit(status: 0)])
      #expect(AppUpdate.update(s, .terminate(signal: 1)).1 == [.exit(status: 129)])
    }
    let typing = Fixtures.apply([.record(.addCommitment), .edit(.insert("Call"))], to: base)
    guard case .record(let dialog) = typing.overlay, let unsaved = dialog.unsavedText else {
      Issue.record("no commitment form with text")
      return
    }
    #expect(unsaved.text == "Call")
    #expect(
      AppUpdate.update(typing, .quit).1 == [
        .keepUnsaved(title: unsaved.title, text: "Call"), .exit(status: 0),
      ])
  }

  /// `u` finds what to undo in the record on screen (the only live copy): nothing to undo is
  /// said at once, without an effect.
  @Test func undoTargetsTheLastChangeOfThisMeetingInTheState() {
    let s = withCommitments()
    let (nothing, none) = AppUpdate.update(s, .record(.undo))
    #expect(none.isEmpty)
    #expect(nothing.message == StatusMessage(kind: .info, text: "Nothing to undo in this meeting"))
    var changed = s
    let event = RecordEvents.event("e-now", Fixtures.weekEnding, .reviewed(metric: "revenue"))
    changed = Fixtures.apply([.answer(.saved(event, note: "Reviewed"))], to: changed)
    #expect(AppUpdate.update(changed, .record(.undo)).1 == [.undo(target: event)])
  }
}
