import WBRModel

/// What `y` copies on each screen: the selected metric's summary line on the deck, its
/// drill-down summary as a Markdown table, the commitment under the cursor. Plain text the
/// user pastes into a chat or a document, so no glyphs beyond the deck's own words.
enum CopyText {
  /// The text and how the footer names it, or nil when nothing is selected.
  static func selection(_ state: AppState) -> (text: String, what: String)? {
    switch state.screen {
    case .deck:
      guard let metric = state.deckList.selectedMetric else { return nil }
      return (summaryLine(state.content, metric), "the metric's summary line")
    case .drillDown(let metric):
      return (markdown(state.content, metric), "the metric's summary as Markdown")
    case .commitments:
      guard let commitment = CommitmentRows.selected(state) else { return nil }
      return (line(commitment, state.content), "the commitment")
    }
  }

  /// "Orders: 12,345 · WoW +3.1% · YoY -2.0% · vs target +1.0% · owner Ana".
  static func summaryLine(_ content: MeetingContent, _ metric: Int) -> String {
    let row = content.rowTexts[metric]
    var parts = ["\(content.deck.metrics[metric].name): \(row.value)", "WoW \(row.wow)", "YoY \(row.yoy)"]
    if !row.vsTarget.isEmpty { parts.append("vs target \(row.vsTarget)") }
    if !row.owner.isEmpty { parts.append("owner \(row.owner)") }
    return parts.joined(separator: " · ")
  }

  /// The drill-down's summary box as a Markdown table under the metric's name.
  static func markdown(_ content: MeetingContent, _ metric: Int) -> String {
    let deckMetric = content.deck.metrics[metric]
    let summary = DrillDownSummary(
      metric: deckMetric, analysis: content.analysis.metrics[metric], ascii: content.ascii)
    var lines = ["**\(deckMetric.name)** (week ending \(content.deck.weekEnding))", ""]
    for (index, row) in summary.cells.enumerated() {
      lines.append("| " + row.map { cell($0.text) }.joined(separator: " | ") + " |")
      if index == 0 { lines.append("|" + row.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined()) }
    }
    let owner = content.rowTexts[metric].owner
    if !owner.isEmpty { lines += ["", "Owner: \(owner)"] }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Fix the checkout timeout (owner Ana, due 2026-11-28)".
  static func line(_ commitment: Commitment, _ content: MeetingContent) -> String {
    var details: [String] = []
    if let owner = commitment.owner { details.append("owner " + RecordSummary.ownerName(owner, content)) }
    details.append("due \(commitment.due)")
    if let metric = commitment.metric { details.append("metric \(metric)") }
    return "\(commitment.text) (\(details.joined(separator: ", ")))"
  }

  /// A table cell: a `|` in the text would end the cell early.
  private static func cell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
