import WBRModel

@testable import WBRApp

/// A small deck built in code for the drill-down's tests: an input metric whose current week is
/// the analysis spec's worked example (158 above the UNPL 132.5), a rate in basis points with
/// a wide (CJK) name and control characters in its text, and the output metric it pairs with.
enum DrillDownFixture {
  static let week = Day(year: 2025, month: 11, day: 22) ?? Day(ordinal: 0)

  /// Weekly points ending at W, oldest first, `values[last]` at W.
  static func weeks(_ values: [Double?], endingWeeksBack back: Int = 0) -> [WeeklyPoint] {
    values.enumerated().map { i, v in
      WeeklyPoint(weekEnding: week.adding(days: -7 * (back + values.count - 1 - i)), value: v)
    }
  }

  /// Monthly points ending at `last`, oldest first.
  static func months(_ values: [Double?], last: YearMonth) -> [MonthlyPoint] {
    values.enumerated().map { i, v in MonthlyPoint(month: last.adding(months: i - values.count + 1), value: v)
    }
  }

  static let lastMonth = YearMonth(year: 2025, month: 10)

  static var orders: Metric {
    let recent: [Double?] = [120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 158]
    let priorYear: [Double?] = [104, 109, nil, 111, 108, 112, 115, 110, 113]
    let cyMonths: [Double?] = [520, 515, 530, 541, nil, 528, 536, 540, 532, 545, 538, 551]
    let pyMonths: [Double?] = [490, 488, 495, 500, 497, 505, 499, 502, 510, 506, 512, 515]
    return Metric(
      id: "orders", name: "Orders", kind: .input, section: "cx", owner: "ana",
      description: "Orders placed on the web shop, all channels.",
      weekly: weeks(priorYear, endingWeeksBack: 50) + weeks(recent),
      monthly: months(pyMonths + cyMonths, last: lastMonth),
      weeklyTargets: weeks(Array(repeating: 125, count: 6)),
      monthlyTargets: months(Array(repeating: 540, count: 12), last: lastMonth),
      targetTolerance: 0.02,
      totals: Totals(
        mtd: PeriodTotal(cy: 560, py: 500), qtd: PeriodTotal(cy: 1_830, py: 1_760),
        ytd: PeriodTotal(cy: 7_100, py: 6_950)),
      limits: .baseline(from: week.adding(days: -77), to: week.adding(days: -7)),
      annotations: [
        Annotation(date: week.adding(days: -3), text: "Autumn promotion started"),
        Annotation(date: week.adding(days: -800), text: "Site relaunch"),
      ],
      pairsWith: "revenue")
  }

  static var inStock: Metric {
    let values: [Double?] = (0..<30).map { i in i == 27 ? nil : 0.95 + Double(i % 5) * 0.002 }
    return Metric(
      id: "in_stock", name: "在庫率 In-stock", kind: .input, section: "cx", owner: "kenji",
      description: "Share of page views\u{1B}[31m with the item in stock.",
      format: "##.1%", comparison: .bps, weekly: weeks(values))
  }

  static var revenue: Metric {
    let values: [Double?] = (0..<60).map { i in 1_200_000 + Double(i % 7) * 15_000 }
    return Metric(
      id: "revenue", name: "Revenue", kind: .output, section: "fin", owner: "ana", format: "##.2MM",
      prefix: "$", weekly: weeks(values))
  }

  static var deck: Deck {
    Deck(
      title: "Retail WBR", weekEnding: week,
      sections: [Section(id: "cx", title: "Customer experience"), Section(id: "fin", title: "Finance")],
      metrics: [orders, inStock, revenue])
  }

  static let owners = OwnersFile(
    owners: [Owner(id: "ana", name: "Ana Ruiz"), Owner(id: "kenji", name: "佐藤 健二")])

  /// The drill-down context for metric `index` of the fixture deck.
  static func context(
    metric index: Int, glyphs: Glyphs = .unicode, scroll: Int = 0, record: [DrillDownRecordLine]? = nil
  ) -> DrillDownContext {
    let deck = deck
    let analysis = DeckAnalyzer.analyze(deck, ascii: glyphs.isASCII)
    let ownerName =
      deck.metrics.indices.contains(index)
      ? owners.ownerID(for: deck.metrics[index]).map { owners.owner(id: $0)?.name ?? $0 } : nil
    return DrillDownContext(
      deck: deck, analysis: analysis, metric: index, ownerName: ownerName, scroll: scroll, glyphs: glyphs,
      record: record)
  }
}

extension ScreenBuffer {
  /// The screen as a monochrome terminal shows it: text, then one legend character per cell
  /// for the attribute the backend uses without colour ('#' reverse, '*' bold, '_' underline,
  /// '~' dim), following `CursesPalette`'s rules (bad and warn bold, accent underlined, muted
  /// dim, headings bold, selection reverse).
  var monochromeSnapshot: String {
    let rows = (0..<height).map { y in
      var line = String((0..<width).map { x in ScreenBuffer.monochrome(self[x, y].style) })
      while line.last == " " { line.removeLast() }
      return line
    }
    return (textLines() + ["-- monochrome attributes (# reverse, * bold, _ underline, ~ dim) --"] + rows)
      .joined(separator: "\n") + "\n"
  }

  static func monochrome(_ style: Style) -> Character {
    var a = style.attributes
    switch style.role {
    case .normal, .good: break
    case .muted: a.insert(.dim)
    case .heading, .bad, .warn: a.insert(.bold)
    case .accent: a.insert(.underline)
    case .selection: a.insert(.reverse)
    }
    if a.contains(.reverse) { return "#" }
    if a.contains(.bold) { return "*" }
    if a.contains(.underline) { return "_" }
    if a.contains(.dim) { return "~" }
    return " "
  }
}
