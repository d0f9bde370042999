import WBRModel

/// The meeting record's part of `update`: pure like the rest, so every rule here is a unit
/// test. A change is never applied here directly: it goes out as a `.save` effect, and comes
/// back as `.answer(.saved(event))` once the journal has it on disk.
enum RecordUpdate {
  /// The record's keys, wherever they arrive (`AppUpdate.shared`). A read-only journal
  /// refuses every key that would change the record, with a bell.
  static func update(_ state: AppState, _ action: RecordAction) -> (AppState, [Effect]) {
    var s = state
    if s.meeting.isReadOnly, changesRecord(action) {
      refuse(&s)
      return (s, [.bell])
    }
    if let refusal = PrepUpdate.refusal(s, action) {
      s.message = StatusMessage(kind: .info, text: refusal)
      return (s, [.bell])
    }
    switch action {
    case .outcome: openOutcomeMenu(&s)
    case .addCommitment: openCommitmentForm(&s)
    case .toggleReviewed: return toggleReviewed(s)
    case .reviewRest: askToReviewRest(&s)
    case .undo: return undo(s)
    case .export:
      let text = s.meeting.defaultExportPath
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .exportPath, title: "Export the notes",
            hint: "File (.md, .txt, .json, .csv or .html); Enter writes it", text: text, maxLength: 1000)))
    case .done: return CommitmentsUpdate.done(s)
    case .carry: return CommitmentsUpdate.carry(s)
    case .drop: return CommitmentsUpdate.drop(s)
    case .edit: return CommitmentsUpdate.edit(s)
    case .accept: return PrepUpdate.accept(s)
    case .nextField, .previousField, .choose:
      guard case .record(let dialog) = s.overlay else { return (s, []) }
      return RecordDialogUpdate.handle(s, dialog, action)
    }
    return (s, [])
  }

  /// Whether `action` leads to a journal write (and so is refused on a read-only journal).
  private static func changesRecord(_ action: RecordAction) -> Bool {
    switch action {
    case .outcome, .addCommitment, .toggleReviewed, .reviewRest, .undo, .done, .carry, .drop, .edit, .accept:
      return true
    case .export, .nextField, .previousField, .choose: return false
    }
  }

  /// The effects' answers: a saved event is folded into the record only now that the journal
  /// has it on disk.
  static func answer(_ state: AppState, _ answer: EffectAnswer) -> (AppState, [Effect]) {
    var s = state
    switch answer {
    case .opened(let events):
      for event in events { s.meeting.record = s.meeting.record.applying(event) }
    case .saved(let event, let note):
      let conflict = RecordConflict.of(event, in: s.meeting.record)
      s.meeting.record = s.meeting.record.applying(event)
      closeDialog(&s)
      s.message = StatusMessage(
        kind: .info,
        text: PrepUpdate.savedNote(note, event.change, s)
          + (conflict.map { "; " + WriterNames.yoursReplaced($0, s) } ?? "")
      )
      if case .outcome(let metric, _, _, _) = event.change { AnomalyWalk.afterOutcome(&s, on: metric) }
      if let metric = PrepUpdate.acceptedOutcomeMetric(event, s.meeting.record) {
        AnomalyWalk.afterOutcome(&s, on: metric)
      }
    case .undone(let event, let target):
      s.meeting.record = s.meeting.record.applying(event)
      s.message = StatusMessage(kind: .info, text: "Undone: " + RecordSummary.describe(target, s))
    case .failed(let text):
      s.message = StatusMessage(kind: .error, text: text)
    case .exported(let path):
      closeDialog(&s)
      s.message = StatusMessage(kind: .info, text: "Notes written to \(path)")
    case .followed(let record, let view):
      FollowUpdate.follow(&s, record: record, view: view)
    case .exportExists(let path):
      if case .record(.text(var d)) = s.overlay {
        d.confirmReplace = path
        s.overlay = .record(.text(d))
      }
      s.message = StatusMessage(kind: .error, text: "\(path) exists: Enter again replaces it, Esc keeps it")
    }
    CommitmentsUpdate.clampCursor(&s)
    return (s, [])
  }

  /// `u`: an undo of this meeting's last change still in effect, found in the record on screen.
  private static func undo(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let target = WriterUndo.target(s) else {
      s.message = StatusMessage(kind: .info, text: "Nothing of yours to undo in this meeting")
      CommitmentsUpdate.clampCursor(&s)
      return (s, [])
    }
    return (s, [.undo(target: target)])
  }

  private static func closeDialog(_ s: inout AppState) {
    if case .record = s.overlay { s.overlay = nil }
  }

  /// Ctrl-C or a signal with a dialog open: leave now; typed text goes to the recovery note.
  static func leave(_ s: AppState, _ dialog: RecordDialog, status: Int32) -> (AppState, [Effect]) {
    guard let unsaved = dialog.unsavedText else { return (s, [.exit(status: status)]) }
    return (s, [.keepUnsaved(title: unsaved.title, text: unsaved.text), .exit(status: status)])
  }

  static func refuse(_ s: inout AppState) {
    let reason = s.meeting.readOnlyReason ?? "the journal cannot be written"
    s.message = StatusMessage(kind: .error, text: "READ-ONLY: \(reason)")
  }

  /// The metric `e`, `a` and Space apply to: the drill-down's, else the deck's selection.
  static func currentMetric(_ s: AppState) -> Int? {
    switch s.screen {
    case .drillDown(let metric): return metric
    case .deck: return s.deckList.selectedMetric
    case .commitments: return nil
    }
  }

  private static func openOutcomeMenu(_ s: inout AppState) {
    guard let index = currentMetric(s), s.content.deck.metrics.indices.contains(index) else {
      s.message = StatusMessage(kind: .info, text: "Select a metric first")
      return
    }
    let id = s.content.deck.metrics[index].id
    let current = PrepUpdate.outcomeToEdit(s, metric: id)
    var options: [OutcomeOption] = [.explained, .investigating, .routine]
    if PrepUpdate.canClear(s, metric: id) { options.append(.clear) }
    let selected: Int
    switch current {
    case .investigating?: selected = 1
    case .routine?: selected = 2
    default: selected = 0
    }
    s.overlay = .record(.outcomeMenu(OutcomeMenu(metric: index, options: options, selected: selected)))
  }

  private static func openCommitmentForm(_ s: inout AppState) {
    var form = CommitmentForm(owner: nil, due: s.meeting.nextMeeting)
    if let index = currentMetric(s), s.content.deck.metrics.indices.contains(index) {
      let metric = s.content.deck.metrics[index]
      form = CommitmentForm(
        owner: s.content.owners.ownerID(for: metric), due: s.meeting.nextMeeting, metricID: metric.id,
        metricName: metric.name)
    }
    s.overlay = .record(.commitment(form))
  }

  /// `R`: the metrics of the list (filter and owner as on screen) with no signal, no outcome
  /// and no mark yet; asks before marking them, since it is many at once.
  private static func askToReviewRest(_ s: inout AppState) {
    let metrics = s.content.deck.metrics
    let analysis = s.content.analysis.metrics
    let week = s.meeting.thisWeek
    let rest = s.deckList.rows.filter { i in
      metrics.indices.contains(i) && !(analysis.indices.contains(i) && analysis[i].isAnomaly)
        && !week.isReviewed(metrics[i].id)
    }.map { metrics[$0].id }
    guard !rest.isEmpty else {
      s.message = StatusMessage(
        kind: .info, text: "Nothing left to mark: every metric without a signal is marked")
      return
    }
    s.overlay = .record(.confirmReview(metrics: rest))
  }

  /// Space: an unmarked metric is marked reviewed and the selection moves on; a marked one
  /// is unmarked and stays selected (the key taken back); one with an outcome is already
  /// counted, so Space only moves on.
  private static func toggleReviewed(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    guard let index = currentMetric(s), s.content.deck.metrics.indices.contains(index) else {
      return (s, [.bell])
    }
    let metric = s.content.deck.metrics[index]
    if s.meeting.thisWeek.reviewed.contains(metric.id) {
      return (s, [.save(.unreviewed(metric: metric.id), note: "Not reviewed: \(metric.name)")])
    }
    AnomalyWalk.advance(&s)
    if s.meeting.thisWeek.outcomes[metric.id] != nil {
      s.message = StatusMessage(kind: .info, text: "\(metric.name) has an outcome: counted as reviewed")
      return (s, [])
    }
    return (s, [.save(.reviewed(metric: metric.id), note: "Reviewed: \(metric.name)")])
  }
}
