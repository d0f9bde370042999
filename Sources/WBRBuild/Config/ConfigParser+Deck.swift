import WBRModel
import Yams

extension ConfigParser {
  mutating func blocks(_ node: Node) -> [Block] {
    guard let items = node.items else {
      error(node, "expected 'deck' to be a list of '- block:' entries, found \(node.kindDescription)")
      return []
    }
    var out: [Block] = []
    for (i, item) in items.enumerated() {
      guard let b = item.value("block"), b.pairs != nil else {
        error(item, "deck block \(i + 1): expected '- block:' with a ui_type, found \(item.kindDescription)")
        continue
      }
      if let block = block(b, number: i + 1) { out.append(block) }
    }
    return out
  }

  mutating func block(_ b: Node, number: Int) -> Block? {
    guard let ui = b.value("ui_type")?.text else {
      error(
        b,
        "deck block \(number): expected a ui_type (6_12Graph, 6_WeeksTable, 12_MonthsTable, section), found none"
      )
      return nil
    }
    let title = b.value("title")?.text
    switch ui {
    case "6_12Graph":
      var metrics: [ChartMetric] = []
      guard let mNode = b.value("metrics"), let pairs = mNode.pairs else {
        error(b, "deck block \(number) (6_12Graph): expected a 'metrics' mapping, found none")
        return nil
      }
      for (name, keyLine, cfg) in pairs {
        var style = LineStyle.primary
        if let s = cfg.value("line_style") {
          if let t = s.text, let v = LineStyle(rawValue: t) {
            style = v
          } else {
            error(
              s,
              "deck block \(number): expected line_style primary, secondary or target, found \(s.kindDescription)"
            )
          }
        }
        metrics.append(
          ChartMetric(
            name: name, line: keyLine, lineStyle: style, legendName: cfg.value("legend_name")?.text,
            graphPriorYear: cfg.value("graph_prior_year_flag")?.bool ?? true))
      }
      let display = b.value("x_axis_monthly_display").flatMap { monthlyDisplay($0) }
      return .chart(
        title: title, yScaling: b.value("y_scaling")?.text, monthlyDisplay: display, metrics: metrics,
        line: b.line)
    case "6_WeeksTable", "12_MonthsTable":
      guard let rowsNode = b.value("rows"), let items = rowsNode.items else {
        error(b, "deck block \(number) (\(ui)): expected a 'rows' list, found none")
        return nil
      }
      var rows: [TableRow] = []
      for item in items {
        guard let r = item.value("row") else {
          error(
            item,
            "deck block \(number): expected '- row:' with header and metric, found \(item.kindDescription)")
          continue
        }
        rows.append(
          TableRow(
            header: r.value("header")?.text, metric: r.value("metric")?.text,
            yScaling: r.value("y_scaling")?.text, line: r.line))
      }
      if ui == "6_WeeksTable" { return .weeksTable(title: title, rows: rows, line: b.line) }
      let display = b.value("x_axis_monthly_display").flatMap { monthlyDisplay($0) }
      return .monthsTable(title: title, rows: rows, monthlyDisplay: display, line: b.line)
    case "section":
      return .section(title: title ?? "", line: b.line)
    case "embedded_content":
      warn(
        b.line, "deck block \(number): embedded_content has no place in a terminal meeting and is skipped",
        .configEmbeddedContent)
      return .other(uiType: ui, line: b.line)
    default:
      error(
        b,
        "deck block \(number): expected ui_type 6_12Graph, 6_WeeksTable, 12_MonthsTable, section or embedded_content, found '\(ui)'"
      )
      return nil
    }
  }
}
