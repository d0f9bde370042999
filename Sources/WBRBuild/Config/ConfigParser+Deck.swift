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
      guard let b = item.value("block"), let fields = YAMLFields(b) else {
        error(item, "deck block \(i + 1): expected '- block:' with a ui_type, found \(item.kindDescription)")
        continue
      }
      if let block = block(b, fields, number: i + 1) { out.append(block) }
    }
    return out
  }

  /// `fields`: the block's pairs (`b` is a mapping).
  mutating func block(_ b: Node, _ fields: YAMLFields, number: Int) -> Block? {
    guard let ui = fields.value("ui_type")?.text else {
      error(
        b,
        "deck block \(number): expected a ui_type (6_12Graph, 6_WeeksTable, 12_MonthsTable, section), found none"
      )
      return nil
    }
    let title = fields.value("title")?.text
    switch ui {
    case "6_12Graph":
      var metrics: [ChartMetric] = []
      guard let mNode = fields.value("metrics"), let pairs = mNode.pairs else {
        error(b, "deck block \(number) (6_12Graph): expected a 'metrics' mapping, found none")
        return nil
      }
      for (name, keyLine, cfg) in pairs {
        let options = YAMLFields(cfg)
        var style = LineStyle.primary
        if let s = options?.value("line_style") {
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
            name: name, line: keyLine, lineStyle: style, legendName: options?.value("legend_name")?.text,
            graphPriorYear: options?.value("graph_prior_year_flag")?.bool ?? true))
      }
      let display = fields.value("x_axis_monthly_display").flatMap { monthlyDisplay($0) }
      return .chart(
        title: title, yScaling: fields.value("y_scaling")?.text, monthlyDisplay: display, metrics: metrics,
        line: b.line)
    case "6_WeeksTable", "12_MonthsTable":
      guard let rowsNode = fields.value("rows"), let items = rowsNode.items else {
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
        let row = YAMLFields(r)
        rows.append(
          TableRow(
            header: row?.value("header")?.text, metric: row?.value("metric")?.text,
            yScaling: row?.value("y_scaling")?.text, line: r.line))
      }
      if ui == "6_WeeksTable" { return .weeksTable(title: title, rows: rows, line: b.line) }
      let display = fields.value("x_axis_monthly_display").flatMap { monthlyDisplay($0) }
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
