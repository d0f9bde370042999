import Foundation
import WBRModel

/// Keys inside the record's dialogs: typing, moving between fields and options, and Enter,
/// which turns the dialog into a save effect (the dialog closes only once it is saved).
enum RecordDialogUpdate {
  static func handle(_ state: AppState, _ dialog: RecordDialog, _ action: RecordAction) -> (
    AppState, [Effect]
  ) {
    var s = state
    switch (dialog, action) {
    case (.outcomeMenu(let menu), .choose(let option)):
      guard menu.options.contains(option) else { return (s, [.bell]) }
      return choose(s, menu, option)
    case (.commitment(var form), .nextField), (.commitment(var form), .previousField):
      focus(&form, by: action == .nextField ? 1 : -1, owners: s.content.owners)
      s.overlay = .record(.commitment(form))
    default:
      return (s, [.bell])
    }
    return (s, [])
  }

  static func edit(_ state: AppState, _ dialog: RecordDialog, _ edit: LineEditor.Edit) -> AppState {
    var s = state
    switch dialog {
    case .outcomeMenu:
      break
    case .text(var d):
      d.editor.apply(edit)
      s.overlay = .record(.text(d))
    case .commitment(var form):
      switch form.focus {
      case .text: form.text.apply(edit)
      case .due: form.due.apply(edit)
      case .owner:
        form.ownerQuery.apply(edit)
        form.ownerSelected = 0
        if form.ownerQuery.isEmpty { form.selectCurrentOwner(owners: s.content.owners) }
        form.takeSelectedOwner(owners: s.content.owners)
      }
      s.overlay = .record(.commitment(form))
    }
    return s
  }

  /// ↑↓: the menu's option, the owner list in the owner field, else the field.
  static func move(_ state: AppState, _ dialog: RecordDialog, by delta: Int) -> AppState {
    var s = state
    switch dialog {
    case .outcomeMenu(var menu):
      menu.selected = max(0, min(menu.selected.addingClamped(delta), menu.options.count - 1))
      s.overlay = .record(.outcomeMenu(menu))
    case .commitment(var form):
      if form.focus == .owner {
        let count = form.choices(owners: s.content.owners).count
        form.ownerSelected = max(0, min(form.ownerSelected.addingClamped(delta), count - 1))
        form.takeSelectedOwner(owners: s.content.owners)
      } else {
        focus(&form, by: delta, owners: s.content.owners)
      }
      s.overlay = .record(.commitment(form))
    case .text:
      break
    }
    return s
  }

  /// PgUp/PgDn in the due field: a week earlier or later.
  static func page(_ state: AppState, _ dialog: RecordDialog, by pages: Int) -> AppState {
    var s = state
    guard case .commitment(var form) = dialog, form.focus == .due else { return s }
    let day = form.dueDay ?? s.record.nextMeeting
    let moved = day.adding(days: 7 * max(-520, min(520, pages)))
    form.due = LineEditor(text: moved.description, maxLength: 10)
    s.overlay = .record(.commitment(form))
    return s
  }

  private static func focus(_ form: inout CommitmentForm, by delta: Int, owners: OwnersFile) {
    let all = CommitmentForm.Field.allCases
    let next = (form.focus.rawValue + (delta > 0 ? 1 : -1) + all.count) % all.count
    form.focus = all[next]
    if form.focus == .owner {
      form.ownerQuery = LineEditor(maxLength: 200)
      form.selectCurrentOwner(owners: owners)
    }
  }

  // MARK: - Enter

  static func submit(_ state: AppState, _ dialog: RecordDialog) -> (AppState, [Effect]) {
    switch dialog {
    case .outcomeMenu(let menu):
      guard menu.options.indices.contains(menu.selected) else { return (state, [.bell]) }
      return choose(state, menu, menu.options[menu.selected])
    case .text(let d): return submitText(state, d)
    case .commitment(let form): return submitCommitment(state, form)
    }
  }

  private static func choose(_ state: AppState, _ menu: OutcomeMenu, _ option: OutcomeOption)
    -> (AppState, [Effect])
  {
    var s = state
    let content = s.content
    guard content.deck.metrics.indices.contains(menu.metric) else { return (s, [.bell]) }
    let metric = content.deck.metrics[menu.metric]
    let current = s.record.thisWeek.outcomes[metric.id]
    switch option {
    case .explained:
      var text = ""
      if case .explained(let t)? = current?.kind { text = t }
      let owner = content.ownerName(ofMetric: menu.metric).map { "\($0)'s" } ?? "The owner's"
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .explanation(metric: menu.metric), title: "Explained: \(metric.name)",
            hint: "\(owner) explanation of the variance", text: text)))
    case .routine:
      var text = ""
      if case .routine(let t)? = current?.kind { text = t ?? "" }
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .routineNote(metric: menu.metric), title: "Routine: \(metric.name)",
            hint: "Overrule the signal: nothing to see here. Why, if you like (optional)", text: text)))
    case .investigating:
      let owner = content.owners.ownerID(for: metric)
      let who = content.ownerName(ofMetric: menu.metric) ?? "Unassigned"
      let command = RecordCommand.outcome(
        metric: metric.id, .investigating, signals: signals(content, menu.metric), metricName: metric.name,
        owner: owner)
      let note = "Saved: \(metric.name) investigating; \(who) reports back on \(s.record.nextMeeting)"
      return (s, [.record(.save(command, note: note))])
    case .clear:
      let note = "Saved: the outcome of \(metric.name) is cleared"
      return (s, [.record(.save(.clearOutcome(metric: metric.id), note: note))])
    }
    return (s, [])
  }

  static func signals(_ content: MeetingContent, _ index: Int) -> [String] {
    guard content.analysis.metrics.indices.contains(index) else { return [] }
    return content.analysis.metrics[index].signals.map { $0.id.rawValue }
  }

  private static func submitText(_ state: AppState, _ d: TextDialog) -> (AppState, [Effect]) {
    var s = state
    let text = d.editor.text.trimmingCharacters(in: .whitespaces)
    let content = s.content
    func metric(_ i: Int) -> Metric? {
      content.deck.metrics.indices.contains(i) ? content.deck.metrics[i] : nil
    }
    switch d.purpose {
    case .explanation(let index):
      guard let m = metric(index) else { return (s, [.bell]) }
      guard !text.isEmpty else { return error(s, "Type the owner's explanation (Esc cancels)") }
      let command = RecordCommand.outcome(
        metric: m.id, .explained(text), signals: signals(content, index), metricName: m.name,
        owner: content.owners.ownerID(for: m))
      return (s, [.record(.save(command, note: "Saved: \(m.name) explained"))])
    case .routineNote(let index):
      guard let m = metric(index) else { return (s, [.bell]) }
      let command = RecordCommand.outcome(
        metric: m.id, .routine(text.isEmpty ? nil : text), signals: signals(content, index),
        metricName: m.name, owner: content.owners.ownerID(for: m))
      return (s, [.record(.save(command, note: "Saved: \(m.name) routine (signal overruled)"))])
    case .dropReason(let id):
      guard !text.isEmpty else { return error(s, "Say why it is dropped (Esc cancels)") }
      let what = s.record.record.commitment(id: id)?.text ?? id
      return (s, [.record(.save(.drop(id: id, reason: text), note: "Dropped: \(what)"))])
    case .exportPath:
      guard !text.isEmpty else { return error(s, "Type a file name (Esc cancels)") }
      // The first export hashes the deck (seconds for a large one): a frame saying so is
      // drawn before the export runs; its answer replaces the message.
      s.message = StatusMessage(
        kind: .info, text: "Writing notes to \(text)" + (s.glyphs.isASCII ? "..." : "…"))
      // The default file is this meeting's own notes: exporting again replaces it.
      let replace = d.confirmReplace == text || text == s.record.defaultExportPath
      return (s, [.drawFrame, .record(.export(path: text, replace: replace))])
    }
  }

  private static func submitCommitment(_ state: AppState, _ form: CommitmentForm) -> (AppState, [Effect]) {
    var form = form
    let s = state
    if form.focus == .owner { form.takeSelectedOwner(owners: s.content.owners) }
    let text = form.text.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return error(s, "A commitment needs its text, verb first (Esc cancels)") }
    guard let due = form.dueDay else {
      return error(s, "Due week: expected a date YYYY-MM-DD, found \"\(form.due.text)\"")
    }
    // An earlier commitment may be due now or overdue; a due week typed here must be ahead.
    guard due > s.record.week || due == form.originalDue else {
      return error(s, "Due week: must be after this meeting (\(s.record.week)), found \(due)")
    }
    let who = form.owner.map { RecordSummary.ownerName($0, s.content) } ?? "nobody"
    guard let id = form.editing else {
      let command = RecordCommand.addCommitment(
        text: text, owner: form.owner, metric: form.metricID, due: due)
      return (s, [.record(.save(command, note: "Saved: commitment for \(who), due \(due)"))])
    }
    let newText = text == form.originalText ? nil : text
    let newOwner = form.owner == form.originalOwner ? nil : form.owner
    let newDue = due == form.originalDue ? nil : due
    guard newText != nil || newOwner != nil || newDue != nil else {
      var closed = s
      closed.overlay = nil
      closed.message = StatusMessage(kind: .info, text: "No change")
      return (closed, [])
    }
    if form.owner == nil && form.originalOwner != nil {
      return error(s, "The journal cannot take an owner away: choose someone (Esc cancels)")
    }
    let command = RecordCommand.edit(id: id, text: newText, owner: newOwner, due: newDue)
    return (s, [.record(.save(command, note: "Saved: commitment edited (\(who), due \(due))"))])
  }

  private static func error(_ state: AppState, _ text: String) -> (AppState, [Effect]) {
    var s = state
    s.message = StatusMessage(kind: .error, text: text)
    return (s, [])
  }
}
