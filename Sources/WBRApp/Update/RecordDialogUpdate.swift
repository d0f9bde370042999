import Foundation
import WBRModel

/// Keys inside the record's dialogs: typing, moving between fields and options, and Enter,
/// which turns the dialog into a save effect (the dialog closes only once it is saved).
enum RecordDialogUpdate {
  /// A record dialog has the keys: it takes every action; Ctrl-C and signals leave at once,
  /// keeping typed text in the recovery note (`RecordUpdate.leave`).
  static func update(_ state: AppState, _ dialog: RecordDialog, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .quit: return RecordUpdate.leave(s, dialog, status: 0)
    case .terminate(let signal): return RecordUpdate.leave(s, dialog, status: 128 + signal)
    case .back, .cancel: s.overlay = nil
    case .submit: return submit(s, dialog)
    case .edit(let edit): return (self.edit(s, dialog, edit), [])
    case .move(let delta): return (move(s, dialog, by: delta), [])
    case .page(let pages): return (page(s, dialog, by: pages), [])
    case .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .moveToFirst, .moveToLast, .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort, .open, .show,
      .showCommitments,
      .startFilter, .clearFilter:
      break
    }
    return (s, [])
  }

  /// Tab, Shift-Tab and an option's letter (`RecordUpdate` hands them here while a dialog is
  /// open); a key that means nothing in this dialog rings the bell.
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
      return (s, [])
    case (.confirmReview, _):
      return (s, [.bell])
    case (.outcomeMenu, .nextField), (.outcomeMenu, .previousField), (.text, .nextField),
      (.text, .previousField),
      (.text, .choose), (.commitment, .choose):
      return (s, [.bell])
    case (_, .outcome), (_, .addCommitment), (_, .toggleReviewed), (_, .reviewRest), (_, .undo), (_, .export),
      (_, .done), (_, .accept),
      (_, .carry), (_, .drop), (_, .edit):
      return (s, [.bell])
    }
  }

  static func edit(_ state: AppState, _ dialog: RecordDialog, _ edit: LineEditor.Edit) -> AppState {
    var s = state
    switch dialog {
    case .outcomeMenu, .confirmReview:
      break
    case .text(var d):
      d.editor.apply(edit)
      s.overlay = .record(.text(d))
    case .commitment(var form):
      switch form.focus {
      case .text: form.text.apply(edit)
      case .due:
        if form.dueReplacesOnType, case .insert = edit { form.due = LineEditor(maxLength: 10) }
        form.dueReplacesOnType = false
        form.due.apply(edit)
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
    case .text, .confirmReview:
      break
    }
    return s
  }

  /// PgUp/PgDn in the due field: a week earlier or later.
  static func page(_ state: AppState, _ dialog: RecordDialog, by pages: Int) -> AppState {
    var s = state
    guard case .commitment(var form) = dialog, form.focus == .due else { return s }
    let day = form.dueDay(week: s.meeting.week, next: s.meeting.nextMeeting) ?? s.meeting.nextMeeting
    let moved = day.adding(days: 7 * max(-520, min(520, pages)))
    form.due = LineEditor(text: moved.description, maxLength: 10)
    s.overlay = .record(.commitment(form))
    return s
  }

  private static func focus(_ form: inout CommitmentForm, by delta: Int, owners: OwnersFile) {
    let all = CommitmentForm.Field.allCases
    let next = (form.focus.rawValue + (delta > 0 ? 1 : -1) + all.count) % all.count
    form.focus = all[next]
    form.dueReplacesOnType = form.focus == .due && !form.due.text.isEmpty
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
    case .confirmReview(let metrics):
      let many = metrics.count == 1 ? "1 metric" : "\(metrics.count) metrics"
      return (
        state, [.save(.reviewedMany(metrics: metrics), note: "Reviewed: \(many) (u takes them all back)")]
      )
    }
  }

  private static func choose(_ state: AppState, _ menu: OutcomeMenu, _ option: OutcomeOption)
    -> (AppState, [Effect])
  {
    var s = state
    let content = s.content
    guard content.deck.metrics.indices.contains(menu.metric) else { return (s, [.bell]) }
    let metric = content.deck.metrics[menu.metric]
    let current = PrepUpdate.outcomeToEdit(s, metric: metric.id)
    switch option {
    case .explained:
      var text = ""
      if case .explained(let t)? = current { text = t }
      let owner = content.ownerName(ofMetric: menu.metric).map { "\($0)'s" } ?? "The owner's"
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .explanation(metric: menu.metric), title: "Explained: \(metric.name)",
            hint: "\(owner) explanation of the variance", text: text)))
    case .routine:
      // Routine is saved by its key alone; chosen again on a routine metric, it opens the
      // optional note (docs/DECISIONS.md, "Routine by one key").
      guard case .routine(let t)? = current else {
        let change = RecordChange.outcome(
          metric: metric.id, outcome: .routine(nil), signals: signals(content, menu.metric), commitment: nil)
        return (
          s, [.save(change, note: "Saved: \(metric.name) routine (signal overruled); e r again adds a note")]
        )
      }
      let text = t ?? ""
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .routineNote(metric: menu.metric), title: "Routine: \(metric.name)",
            hint: "Overrule the signal: nothing to see here. Why, if you like (optional)", text: text)))
    case .investigating:
      var text = ""
      if case .investigating(let t)? = current { text = t ?? "" }
      s.overlay = .record(
        .text(
          TextDialog(
            purpose: .investigatingNote(metric: menu.metric), title: "Investigating: \(metric.name)",
            hint: "What is being checked, if you like (optional); Enter saves", text: text)))
    case .clear:
      let note = "Saved: the outcome of \(metric.name) is cleared"
      return (s, [.save(.outcomeCleared(metric: metric.id), note: note)])
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
      let change = RecordChange.outcome(
        metric: m.id, outcome: .explained(text), signals: signals(content, index), commitment: nil)
      return (s, [.save(change, note: "Saved: \(m.name) explained")])
    case .routineNote(let index):
      guard let m = metric(index) else { return (s, [.bell]) }
      let change = RecordChange.outcome(
        metric: m.id, outcome: .routine(text.isEmpty ? nil : text), signals: signals(content, index),
        commitment: nil)
      return (s, [.save(change, note: "Saved: \(m.name) routine (signal overruled)")])
    case .investigatingNote(let index):
      guard let m = metric(index) else { return (s, [.bell]) }
      return investigating(s, metric: m, index: index, note: text.isEmpty ? nil : text)
    case .doneNote(let id):
      let what = s.meeting.record.commitment(id: id)?.text ?? id
      return (s, [.save(.commitmentDone(id: id, note: text.isEmpty ? nil : text), note: "Done: \(what)")])
    case .dropReason(let id):
      guard !text.isEmpty else { return error(s, "Say why it is dropped (Esc cancels)") }
      let what = s.meeting.record.commitment(id: id)?.text ?? id
      return (s, [.save(.commitmentDropped(id: id, reason: text), note: "Dropped: \(what)")])
    case .carryReason(let id, let due):
      let what = s.meeting.record.commitment(id: id)?.text ?? id
      let change = RecordChange.commitmentCarried(id: id, due: due, reason: text.isEmpty ? nil : text)
      return (s, [.save(change, note: "Carried to \(due): \(what)")])
    case .exportPath:
      guard !text.isEmpty else { return error(s, "Type a file name (Esc cancels)") }
      // The first export hashes the deck (seconds for a large one): a frame saying so is
      // drawn before the export runs; its answer replaces the message.
      s.message = StatusMessage(
        kind: .info, text: "Writing notes to \(text)" + (s.glyphs.isASCII ? "..." : "…"))
      // The default file is this meeting's own notes: exporting again replaces it.
      let replace = d.confirmReplace == text || text == s.meeting.defaultExportPath
      return (s, [.drawFrame, .export(path: text, replace: replace)])
    }
  }

  /// *Investigating*: the owner's "report back" commitment, due at the next meeting, in the
  /// same event (so one undo takes both back; the journal names it when it is saved), unless
  /// that owner's report-back on the metric from an earlier meeting is still open: then that
  /// one continues (carried to the next meeting, `outcome.continue`), no second one.
  private static func investigating(_ state: AppState, metric m: Metric, index: Int, note: String?)
    -> (AppState, [Effect])
  {
    let s = state
    let owner = s.content.owners.ownerID(for: m)
    let who = s.content.ownerName(ofMetric: index) ?? "Unassigned"
    let next = s.meeting.nextMeeting
    let signals = signals(s.content, index)
    let ids = Set([m.id] + m.renamedFrom)
    if let open = s.meeting.record.openReportBack(metrics: ids, owner: owner, before: s.meeting.week) {
      let change = RecordChange.outcomeContinued(
        metric: m.id, note: note, signals: signals, commitmentID: open.id, due: next)
      let saved =
        "Saved: \(m.name) investigating; \(who)'s report-back from \(open.createdWeek) continues, due \(next)"
      return (s, [.save(change, note: saved)])
    }
    let reportBack = CommitmentDraft.unnamed(
      text: Commitment.reportBackText(metricName: m.name), owner: owner, due: next)
    let change = RecordChange.outcome(
      metric: m.id, outcome: .investigating(note), signals: signals, commitment: reportBack)
    return (s, [.save(change, note: "Saved: \(m.name) investigating; \(who) reports back on \(next)")])
  }

  private static func submitCommitment(_ state: AppState, _ form: CommitmentForm) -> (AppState, [Effect]) {
    var form = form
    let s = state
    if form.focus == .owner { form.takeSelectedOwner(owners: s.content.owners) }
    let text = form.text.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return error(s, "A commitment needs its text, verb first (Esc cancels)") }
    guard let due = form.dueDay(week: s.meeting.week, next: s.meeting.nextMeeting) else {
      return error(s, "Due week: expected a date YYYY-MM-DD, next or +N, found \"\(form.due.text)\"")
    }
    // An earlier commitment may be due now or overdue; a due week typed here must be ahead.
    guard due > s.meeting.week || due == form.originalDue else {
      return error(s, "Due week: must be after this meeting (\(s.meeting.week)), found \(due)")
    }
    let who = form.owner.map { RecordSummary.ownerName($0, s.content) } ?? "nobody"
    guard let id = form.editing else {
      // No duplicate work: the same text for the same owner, still open, asks first.
      if form.confirmedDuplicate != text,
        let same = s.meeting.record.commitments.first(where: {
          $0.status == .open && $0.owner == form.owner
            && $0.text.lowercased().trimmingCharacters(in: .whitespaces) == text.lowercased()
        })
      {
        var asked = s
        form.confirmedDuplicate = text
        asked.overlay = .record(.commitment(form))
        asked.message = StatusMessage(
          kind: .error,
          text:
            "\(who) already has this open (agreed \(same.createdWeek), due \(same.due)): Enter again adds a"
            + " second, Esc cancels")
        return (asked, [])
      }
      let change = RecordChange.commitmentAdded(
        .unnamed(text: text, owner: form.owner, due: due), metric: form.metricID)
      return (s, [.save(change, note: "Saved: commitment for \(who), due \(due)")])
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
    let change = RecordChange.commitmentEdited(id: id, text: newText, owner: newOwner, due: newDue)
    return (s, [.save(change, note: "Saved: commitment edited (\(who), due \(due))")])
  }

  private static func error(_ state: AppState, _ text: String) -> (AppState, [Effect]) {
    var s = state
    s.message = StatusMessage(kind: .error, text: text)
    return (s, [])
  }
}
