import WBRModel

/// The top row: what is being reviewed on the left (title, week ending and fiscal week, data
/// as of), where the meeting is on the right (filters, "anomaly 3 of 9", anomalies walked,
/// metrics reviewed).
///
/// On a narrow terminal parts are dropped least important first (`HeaderParts.priority`);
/// the title is cut only when nothing else is left to drop.
enum HeaderView {
  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard !area.isEmpty else { return }
    buffer.setStyle(area, .reverse)
    let ascii = state.glyphs.isASCII
    var x = area.x
    if state.meeting.isReadOnly {
      x = buffer.put(
        " READ-ONLY", at: x, y: area.y, style: Style(.bad, [.bold, .reverse]), maxWidth: area.width)
    } else if let prep = state.meeting.prep {
      x = buffer.put(
        " PREP " + RecordSummary.ownerName(prep.owner, state.content), at: x, y: area.y,
        style: Style(.accent, [.bold, .reverse]), maxWidth: area.width)
    } else if state.meeting.amending {
      x = buffer.put(
        " AMENDING", at: x, y: area.y, style: Style(.warn, [.bold, .reverse]), maxWidth: area.width)
    }
    let parts = HeaderParts(state).fitted(to: area.maxX - x)
    let titleWidth = min(parts.title.displayWidth + 1, max(0, area.maxX - x - parts.minimumRest))
    var leftX = buffer.put(
      (" " + parts.title).fitted(toWidth: titleWidth, ascii: ascii), at: x,
      y: area.y, style: Style(.heading, [.bold, .reverse]))
    for part in parts.left {
      leftX = buffer.put("  " + part, at: leftX, y: area.y, style: .reverse, maxWidth: area.maxX - leftX)
    }
    let right = parts.right.map(\.text).joined(separator: "  ") + " "
    var rx = max(leftX, area.maxX - right.displayWidth)
    for part in parts.right {
      let style: Style = part.isFilter ? Style(.accent, [.bold, .reverse]) : .reverse
      rx = buffer.put(part.text, at: rx, y: area.y, style: style, maxWidth: area.maxX - rx)
      rx = buffer.put("  ", at: rx, y: area.y, style: .reverse, maxWidth: area.maxX - rx)
    }
  }
}

/// The header's texts, and which of them fit.
struct HeaderParts {
  struct Part {
    var text: String
    var priority: Int
    var isFilter = false
    /// A shorter form used before anything more important than the data's as-of is dropped.
    var short: String?
  }
  var title: String
  var left: [String] = []
  var right: [Part] = []
  /// Room the title must leave for the parts kept.
  var minimumRest = 0
  private var leftParts: [Part] = []

  init(_ state: AppState) {
    let deck = state.content.deck
    let list = state.deckList
    title = deck.title
    leftParts = [
      Part(text: "week ending \(deck.weekEnding)", priority: 9, short: "w/e \(deck.weekEnding)"),
      Part(text: FiscalCalendar(deck: deck).weekLabel(deck.weekEnding), priority: 5),
    ]
    if let asOf = deck.asOf {
      leftParts.append(Part(text: "as of " + HeaderParts.compact(asOf), priority: 1))
    }
    if let record = HeaderParts.recordName(state.meeting.journalPath) {
      leftParts.append(Part(text: "record " + record, priority: 0))
    }
    let warnings = state.content.warnings.count
    if warnings > 0 {
      right.append(
        Part(
          text: "! \(warnings) warning\(warnings == 1 ? "" : "s")", priority: 10, isFilter: true,
          short: "!\(warnings)"))
    }
    if let owner = list.owner {
      right.append(
        Part(text: "owner: " + RecordSummary.ownerName(owner, state.content), priority: 10, isFilter: true))
    }
    if !list.filter.isEmpty {
      right.append(Part(text: "filter: " + list.filter, priority: 10, isFilter: true))
    }
    if let order = list.sort.label {
      right.append(Part(text: "sort: " + order, priority: 10, isFilter: true))
    }
    if let reload = HeaderParts.reloadPart(state) { right.append(reload) }
    if let clock = MeetingClockPart.part(state) { right.append(clock) }
    if let gaps = PrepUpdate.gapCount(state) {
      right.append(Part(text: "gaps \(gaps)", priority: 8))
    }
    guard state.screen != .commitments else { return }
    // Counted in the list on screen: with an owner chosen, that owner's anomalies ("Zoë:
    // anomaly 2 of 3"), so the lead can hand the floor owner by owner.
    if let metric = list.selectedMetric, let place = AnomalyPlace.of(metric, in: state) {
      let who = place.owner.map { $0 + ": " } ?? ""
      right.append(Part(text: who + place.text, priority: 8))
    }
    let progress = MeetingProgress(state)
    let walked = "\(progress.walked)/\(progress.anomalies)"
    right.append(Part(text: "anomalies walked " + walked, priority: 7, short: "walked " + walked))
    right.append(Part(text: "reviewed \(progress.reviewed)/\(progress.metrics)", priority: 6))
  }

  /// Live reload's word (issue #17): the files changed on disk (and the key that reloads),
  /// or the last reload's failure, which stays until a reload succeeds.
  static func reloadPart(_ state: AppState) -> Part? {
    let key = state.bindings.firstKey(for: .habit(.reload), in: state.bindingContext)?
      .label(ascii: state.glyphs.isASCII)
    if let failure = state.reload.failure {
      let retry = key.map { ": \($0) retries" } ?? ""
      return Part(
        text: "reload failed: " + failure, priority: 10, isFilter: true, short: "reload failed" + retry)
    }
    guard state.reload.changedOnDisk else { return nil }
    return Part(text: "changed on disk" + (key.map { ": \($0) reloads" } ?? ""), priority: 10, isFilter: true)
  }

  /// Keeps the most important parts that fit in `width` with at least 12 columns of title.
  func fitted(to width: Int) -> HeaderParts {
    var kept = self
    func used() -> Int {
      kept.leftParts.reduce(0) { $0 + 2 + $1.text.displayWidth }
        + kept.right.reduce(1) { $0 + 2 + $1.text.displayWidth }
    }
    let titleRoom = min(title.displayWidth + 1, 12)
    while used() + titleRoom > width {
      let all = kept.leftParts.map(\.priority) + kept.right.map(\.priority)
      guard let lowest = all.min() else { break }
      if lowest > 1, let i = kept.leftParts.firstIndex(where: { $0.short != nil }) {
        kept.leftParts[i].text = kept.leftParts[i].short ?? ""
        kept.leftParts[i].short = nil
        continue
      }
      if lowest > 1, let i = kept.right.firstIndex(where: { $0.short != nil }) {
        kept.right[i].text = kept.right[i].short ?? ""
        kept.right[i].short = nil
        continue
      }
      if let i = kept.leftParts.lastIndex(where: { $0.priority == lowest }) {
        kept.leftParts.remove(at: i)
      } else if let i = kept.right.lastIndex(where: { $0.priority == lowest }) {
        kept.right.remove(at: i)
      }
    }
    kept.left = kept.leftParts.map(\.text)
    kept.minimumRest = used()
    return kept
  }

  /// The open record as its folder and file ("retail-series/wbr-journal.jsonl"), dropped first
  /// when the header is short of room; the help gives the whole path. Nil without a record.
  static func recordName(_ path: String) -> String? {
    guard !path.isEmpty else { return nil }
    let parts = path.split(separator: "/")
    return parts.suffix(2).joined(separator: "/")
  }

  /// "2026-11-23T07:00:00Z" → "11-23 07:00"; anything else as written.
  static func compact(_ asOf: String) -> String {
    let chars = Array(asOf)
    guard chars.count >= 16, chars[4] == "-", chars[10] == "T" || chars[10] == " " else { return asOf }
    return String(chars[5..<10]) + " " + String(chars[11..<16])
  }
}
