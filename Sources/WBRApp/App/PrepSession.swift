/// An owner's prep session (`wbr prep`): whose metrics it shows and who writes. Its changes
/// go to the record as proposals (`prep.open`); the lead accepts or replaces them in the
/// meeting. Accepting and reviewed marks are the lead's, so the prep session refuses them.
public struct PrepSession: Sendable, Equatable {
  /// The owner id prepared for.
  public var owner: String
  /// The login name of the process that writes: the events' `by`, and whose changes `u`
  /// reverts.
  public var author: String

  public init(owner: String, author: String) {
    self.owner = owner
    self.author = author
  }
}

extension RecordOpening {
  /// Where an owner's prep session opens: the meeting screen narrowed to `prep.owner`'s
  /// metrics, those with a signal first (each group in screen order), on the first of them.
  public static func openPrep(_ state: AppState, record: MeetingRecordState, prep: PrepSession) -> AppState {
    var record = record
    record.prep = prep
    var s = open(state, record: record)
    PrepUpdate.showOwnersMetrics(&s)
    s.deckList.selected = 0
    s.deckList.scroll = 0
    return s
  }
}
