import WBRModel

/// The meeting record's part of `update`: pure like the rest, so every rule here is a unit
/// test. A change is never applied here directly: it goes out as a `.record(.save)` effect,
/// and comes back as `.saved(event)` once the journal has it on disk.
enum RecordUpdate {
  /// Called first by `AppUpdate.update`. While a record dialog is open it takes every key;
  /// on the commitments screen, moving goes to its own cursor. nil: not the record's action.
  static func intercept(_ state: AppState, _ action: Action) -> (AppState, [Effect])? {
    if case .record(let dialog) = state.overlay {
      var s = state
      s.message = nil
      switch action {
      case .record(let a): return update(state, a)
      case .quit: return leave(s, dialog, status: 0)
      case .terminate(let signal): return leave(s, dialog, status: 128 + signal)
      case .cancel:
        s.overlay = nil
        return (s, [])
      case .submit: return RecordDialogUpdate.submit(s, dialog)
      case .edit(let edit): return (RecordDialogUpdate.edit(s, dialog, edit), [])
      case .move(let delta): return (RecordDialogUpdate.move(s, dialog, by: delta), [])
      case .page(let pages): return (RecordDialogUpdate.page(s, dialog, by: pages), [])
      default: return nil
      }
    }
    if case .showCommitments = action, state.overlay == nil {
      var s = state
      s.message = nil
      s.screen = .commitments
      RecordCommitmentsUpdate.clampCursor(&s)  // the list may have changed since
      return (s, [])
    }
    if state.overlay == nil, state.filterInput == nil, state.screen == .commitments {
      var s = state
      switch action {
      case .move(let delta): RecordCommitmentsUpdate.moveCursor(&s, by: delta)
      case .page(let pages): RecordCommitmentsUpdate.moveCursor(&s, by: pages * max(1, s.size.height - 6))
      case .moveToFirst: RecordCommitmentsUpdate.moveCursor(&s, by: Int.min / 2)
      case .moveToLast: RecordCommitmentsUpdate.moveCursor(&s, by: Int.max / 2)
      default: return nil
      }
      s.message = nil
      return (s, [])
    }
    return nil
  }

  static func update(_ state: AppState, _ action: RecordAction) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .saved, .undone, .failed, .notice, .exported, .exportExists:
      return answer(s, action)
    case .nextField, .previousField, .choose:
      s.message = nil
      guard case .record(let dialog) = s.overlay else { return (s, []) }
      return RecordDialogUpdate.handle(s, dialog, action)
    default:
      break
    }
    s.message = nil
    if s.record.isReadOnly, action != .export {
      refuse(&s)
      return (s, [.bell])
    }
    switch action {
    case .outcome: openOutcomeMenu(&s)
    case .addCommitment: openCommitmentForm(&s)
    case .toggleReviewed: return toggleReviewed(s)
    case .undo: return (s, [.record(.undo)])
    case .export:
      let text = s.record.defaultExportPath
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .exportPath, title: "Export the notes",
            hint: "File (.md, .txt, .json or .csv); Enter writes it", text: text, maxLength: 1000)))
    case .done, .carry, .drop, .edit:
      return RecordCommitmentsUpdate.act(s, action)
    default:
      break
    }
    return (s, [])
  }

  /// The saver's answers.
  private static func answer(_ state: AppState, _ action: RecordAction) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .saved(let event, let note):
      s.record.record = s.record.record.applying(event)
      closeDialog(&s)
      s.message = StatusMessage(kind: .info, text: note)
    case .undone(let event, let target):
      s.record.record = s.record.record.applying(event)
      s.message = StatusMessage(kind: .info, text: "Undone: " + RecordSummary.describe(target, s))
    case .failed(let text):
      s.message = StatusMessage(kind: .error, text: text)
    case .notice(let text):
      s.message = StatusMessage(kind: .info, text: text)
    case .exported(let path):
      closeDialog(&s)
      s.message = StatusMessage(kind: .info, text: "Notes written to \(path)")
    case .exportExists(let path):
      if case .record(.text(var d)) = s.overlay {
        d.confirmReplace = path
        s.overlay = .record(.text(d))
      }
      s.message = StatusMessage(kind: .error, text: "\(path) exists: Enter again replaces it, Esc keeps it")
    default:
      break
    }
    RecordCommitmentsUpdate.clampCursor(&s)
    return (s, [])
  }

  private static func closeDialog(_ s: inout AppState) {
    if case .record = s.overlay { s.overlay = nil }
  }

  /// Ctrl-C or a signal with a dialog open: leave now; typed text goes to the recovery note.
  private static func leave(_ s: AppState, _ dialog: RecordDialog, status: Int32) -> (AppState, [Effect]) {
    guard let unsaved = dialog.unsavedText else { return (s, [.exit(status: status)]) }
    return (s, [.record(.keepUnsaved(title: unsaved.title, text: unsaved.text)), .exit(status: status)])
  }

  static func refuse(_ s: inout AppState) {
    let reason = s.record.readOnlyReason ?? "the journal cannot be written"
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
    let current = s.record.thisWeek.outcomes[s.content.deck.metrics[index].id]
    var options: [OutcomeOption] = [.explained, .investigating, .routine]
    if current != nil { options.append(.clear) }
    let selected: Int
    switch current?.kind {
    case .investigating?: selected = 1
    case .routine?: selected = 2
    default: selected = 0
    }
    s.overlay = .record(.outcomeMenu(OutcomeMenu(metric: index, options: options, selected: selected)))
  }

  private static func openCommitmentForm(_ s: inout AppState) {
    var form = CommitmentForm(owner: nil, due: s.record.nextMeeting)
    if let index = currentMetric(s), s.content.deck.metrics.indices.contains(index) {
      let metric = s.content.deck.metrics[index]
      form = CommitmentForm(
        owner: s.content.owners.ownerID(for: metric), due: s.record.nextMeeting, metricID: metric.id,
        metricName: metric.name)
    }
    s.overlay = .record(.commitment(form))
  }

  private static func toggleReviewed(_ state: AppState) -> (AppState, [Effect]) {
    let s = state
    guard let index = currentMetric(s), s.content.deck.metrics.indices.contains(index) else {
      return (s, [.bell])
    }
    let metric = s.content.deck.metrics[index]
    if s.record.thisWeek.reviewed.contains(metric.id) {
      return (s, [.record(.save(.unreviewed(metric: metric.id), note: "Not reviewed: \(metric.name)"))])
    }
    return (s, [.record(.save(.reviewed(metric: metric.id), note: "Reviewed: \(metric.name)"))])
  }
}
