import WBRModel

/// The deck row's repeat mark: a metric that signals this week and whose signal the meeting
/// before also discussed, with how many meetings in a row (this one included), "↻2". A
/// skipped calendar week does not break the run (`MeetingRecord.discussionRun`).
enum RepeatSignal {
  /// Meetings in a row, this one included; nil when the metric does not signal now or the
  /// meeting before did not discuss it.
  static func run(_ state: AppState, metric index: Int) -> Int? {
    let content = state.content
    guard content.deck.metrics.indices.contains(index), content.analysis.metrics.indices.contains(index),
      content.analysis.metrics[index].isAnomaly
    else { return nil }
    let metric = content.deck.metrics[index]
    let run = state.meeting.record.discussionRun(
      of: [metric.id] + metric.renamedFrom, before: state.meeting.week)
    return run > 0 ? run + 1 : nil
  }

  /// "↻2" ("@2" in ASCII).
  static func mark(_ run: Int, ascii: Bool) -> String { (ascii ? "@" : "\u{21BB}") + String(run) }
}
