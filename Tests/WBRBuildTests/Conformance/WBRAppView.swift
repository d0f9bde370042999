import WBRBuild
import WBRModel

/// What the WBR App's 6-12 chart, summary box and tables would show, computed from one of our
/// decks. The deck carries the series; the comparisons (WoW, YoY, MoM) are the arithmetic the
/// meeting applies to it (analysis.md), written here the WBR App's way (ratio − 1, ×100 in the
/// box) so that its golden vectors can be compared with what our deck holds.
struct WBRAppView {
  enum Derived: String {
    case none = ""
    case wow = "WOW"
    case yoy = "YOY"
    case mom = "MOM"
  }

  let deck: Deck
  let metric: Metric
  let derived: Derived
  let numbering: WeekNumbering

  var w: Day { deck.weekEnding }
  var calendar: FiscalCalendar { FiscalCalendar(yearEndMonth: deck.fiscalYearEndMonth) }
  var bps: Bool { metric.comparison == .bps }

  func week(_ d: Day) -> Double? { metric.weekly.first { $0.weekEnding == d }?.value ?? nil }
  func month(_ m: YearMonth) -> Double? { metric.monthly.first { $0.month == m }?.value ?? nil }

  /// WBR App series comparison: ratio − 1 (pct) or difference (bps), not scaled.
  func change(_ c: Double?, _ p: Double?) -> Double? {
    guard let c, let p else { return nil }
    if bps { return c - p }
    guard p != 0 else { return nil }
    return c / p - 1
  }

  /// Summary-box comparison: ×100 for pct, ×10,000 for bps.
  func boxChange(_ c: Double?, _ p: Double?) -> Double? {
    change(c, p).map { $0 * (bps ? 10_000 : 100) }
  }

  func weekly(_ d: Day) -> Double? {
    switch derived {
    case .none: return week(d)
    case .wow: return change(week(d), week(d.adding(days: -7)))
    case .yoy: return change(week(d), week(d.adding(days: -364)))
    case .mom: return nil
    }
  }

  func monthly(_ m: YearMonth) -> Double? {
    switch derived {
    case .none: return month(m)
    case .wow: return nil
    case .yoy: return change(month(m), month(m.adding(months: -12)))
    case .mom: return change(month(m), month(m.adding(months: -1)))
    }
  }

  var weeks: [Day] { (0..<6).reversed().map { w.adding(days: -7 * $0) } }

  func months(_ display: MonthlyDisplay) -> [YearMonth] {
    let start: YearMonth
    switch display {
    case .trailingTwelveMonths: start = FiscalCalendar.lastEndedMonth(onOrBefore: w).adding(months: -11)
    case .fiscalYear: start = calendar.yearStart(of: w).yearMonth
    }
    return (0..<12).map { start.adding(months: $0) }
  }

  var cy6: [Double?] { weeks.map(weekly) }
  var py6: [Double?] {
    derived == .none ? weeks.map { weekly($0.adding(days: -364)) } : weeks.map { _ in nil }
  }
  func cyMonthly(_ d: MonthlyDisplay) -> [Double?] { months(d).map(monthly) }
  func pyMonthly(_ d: MonthlyDisplay) -> [Double?] {
    derived == .none ? months(d).map { monthly($0.adding(months: -12)) } : months(d).map { _ in nil }
  }

  func xAxis(_ d: MonthlyDisplay) -> [String] {
    weeks.map { "wk \(numbering.number(weekEnding: $0, calendar: calendar))" } + months(d).map(\.shortName)
  }

  /// LastWk, WoW, YoY, MTD, YoY, QTD, YoY, YTD, YoY.
  var box: [Double?] {
    let t = metric.totals
    switch derived {
    case .none:
      let c = week(w)
      return [
        c, boxChange(c, week(w.adding(days: -7))), boxChange(c, week(w.adding(days: -364))),
        t.mtd?.cy, boxChange(t.mtd?.cy, t.mtd?.py), t.qtd?.cy, boxChange(t.qtd?.cy, t.qtd?.py),
        t.ytd?.cy, boxChange(t.ytd?.cy, t.ytd?.py),
      ]
    case .yoy:
      let now = weekly(w)
      let before = weekly(w.adding(days: -7))
      let wow = now.flatMap { n in before.flatMap { b in b == 0 ? nil : (n / b - 1) * 100 } }
      return [
        now, wow, nil, change(t.mtd?.cy, t.mtd?.py), nil, change(t.qtd?.cy, t.qtd?.py), nil,
        change(t.ytd?.cy, t.ytd?.py), nil,
      ]
    case .wow, .mom:
      return Array(repeating: nil, count: 9)
    }
  }
}
