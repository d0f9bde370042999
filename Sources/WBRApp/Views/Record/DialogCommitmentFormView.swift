import WBRModel

/// The commitment form: text, owner (a list that filters as you type while the field has
/// the focus), due week and the linked metric. The focused field's label is highlighted.
enum DialogCommitmentFormView {
  static let labelWidth = 8
  static let ownerRows = 5

  static func draw(_ state: AppState, _ form: CommitmentForm, in area: Rect, on buffer: inout ScreenBuffer) {
    let ascii = state.glyphs.isASCII
    let owners = state.content.owners
    let choices = form.focus == .owner ? form.choices(owners: owners) : []
    let listRows = min(ownerRows, choices.count)
    let inner = DialogView.panel(
      form.title, innerHeight: 6 + listRows, in: area, glyphs: state.glyphs, on: &buffer)
    guard inner.height > 0, inner.width > labelWidth + 2 else { return }
    var y = inner.y
    let fieldX = inner.x + labelWidth
    let fieldWidth = inner.maxX - fieldX

    label("Text", .text, form, x: inner.x, y: y, on: &buffer)
    editor(
      form.text, focused: form.focus == .text, x: fieldX, y: y, width: fieldWidth, inner: inner, on: &buffer)
    y += 1
    if y < inner.maxY {
      DialogView.put(
        "verb first: \"Fix …\", \"Report back on …\"", x: fieldX, y: y, width: fieldWidth, style: .muted,
        ascii: ascii, on: &buffer)
    }
    y += 1

    if y < inner.maxY {
      label("Owner", .owner, form, x: inner.x, y: y, on: &buffer)
      if form.focus == .owner {
        let end = editor(
          form.ownerQuery, focused: true, x: fieldX, y: y, width: fieldWidth, inner: inner, on: &buffer)
        if form.ownerQuery.isEmpty {
          DialogView.put(
            "type to find, \(state.glyphs.up)\(state.glyphs.down) to choose", x: end + 1, y: y,
            width: inner.maxX - end - 1, style: .muted, ascii: ascii, on: &buffer)
        }
      } else {
        let name = form.owner.map { RecordSummary.ownerName($0, state.content) } ?? "nobody"
        DialogView.put(name, x: fieldX, y: y, width: fieldWidth, ascii: ascii, on: &buffer)
      }
    }
    y += 1
    if listRows > 0 {
      let scroll = max(0, form.ownerSelected - listRows + 1)
      for (i, choice) in choices.enumerated().dropFirst(scroll).prefix(listRows) where y < inner.maxY {
        let selected = i == form.ownerSelected
        let row = Rect(x: fieldX, y: y, width: fieldWidth, height: 1)
        if selected { buffer.setStyle(row, .selection) }
        DialogView.put(
          (selected ? "\(state.glyphs.pointer) " : "  ") + text(of: choice), x: fieldX, y: y,
          width: fieldWidth,
          style: selected ? .selection : .normal, ascii: ascii, on: &buffer)
        y += 1
      }
    }

    if y < inner.maxY {
      label("Due", .due, form, x: inner.x, y: y, on: &buffer)
      let end = editor(
        form.due, focused: form.focus == .due, x: fieldX, y: y, width: min(11, fieldWidth), inner: inner,
        on: &buffer)
      let (hint, style) = dueHint(form, state: state)
      DialogView.put(
        hint, x: end + 2, y: y, width: inner.maxX - end - 2, style: style, ascii: ascii, on: &buffer)
    }
    y += 1
    if y < inner.maxY {
      buffer.put("Metric", at: inner.x, y: y, style: .muted, maxWidth: labelWidth)
      DialogView.put(
        form.metricName ?? "none (not linked to a metric)", x: fieldX, y: y, width: fieldWidth,
        style: form.metricName == nil ? .muted : .normal, ascii: ascii, on: &buffer)
    }
    y += 1
    if y < inner.maxY {
      let keys = ascii ? "Tab, Up/Down" : "Tab, \(state.glyphs.up)\(state.glyphs.down)"
      DialogView.put(
        "\(keys): next field", x: inner.x, y: y, width: inner.width, style: .muted, ascii: ascii, on: &buffer)
    }
  }

  private static func label(
    _ text: String, _ field: CommitmentForm.Field, _ form: CommitmentForm, x: Int, y: Int,
    on buffer: inout ScreenBuffer
  ) {
    buffer.put(
      text, at: x, y: y, style: form.focus == field ? Style(.accent, .bold) : .muted, maxWidth: labelWidth)
  }

  /// Draws a one-line field; returns the column after its text.
  @discardableResult
  private static func editor(
    _ editor: LineEditor, focused: Bool, x: Int, y: Int, width: Int, inner: Rect,
    on buffer: inout ScreenBuffer
  ) -> Int {
    guard width > 0 else { return x }
    let (text, cursor) = editor.visible(width: width, columns: { $0.displayWidth })
    let end = buffer.put(text, at: x, y: y, maxWidth: width)
    if focused { DialogView.cursor(x: x + cursor, y: y, clip: inner, on: &buffer) }
    return max(end, focused ? x + cursor + 1 : end)
  }

  private static func text(of choice: CommitmentForm.OwnerChoice) -> String {
    switch choice {
    case .nobody: return "nobody"
    case .owner(let o): return o.name + (o.team.map { " (\($0))" } ?? "")
    case .other(let s): return "\"\(s)\" (not in the owners file)"
    }
  }

  private static func dueHint(_ form: CommitmentForm, state: AppState) -> (String, Style) {
    guard let due = form.dueDay else { return ("expected YYYY-MM-DD", .bad) }
    let week = state.meeting.week
    if due == form.originalDue && due <= week { return (due == week ? "due now" : "overdue", .warn) }
    guard due > week else { return ("must be after this meeting (\(week))", .bad) }
    let weeks = (due.ordinal - week.ordinal + 6) / 7
    let when = due == state.meeting.nextMeeting ? "next WBR" : "in \(weeks) weeks"
    return (form.focus == .due ? when + "; PgUp/PgDn: a week" : when, .muted)
  }
}
