import Foundation
import Testing
import WBRBuild
import WBRModel

/// The WBR App's own golden vectors (`unit_test_case/scenario_1…9`), reproduced from our
/// decks. Every expected number must match (1e-6 relative, or the precision it is written
/// in), except the deliberate deviations listed in `ConformanceDeviations`, each with its
/// reason; a listed deviation that no longer deviates fails too, so the list stays true.
@Suite struct ConformanceTests {
  static let scenarios = (1...9).map { "scenario_\($0)" }

  @Test(arguments: scenarios)
  func scenarioMatchesTheWBRApp(_ scenario: String) throws {
    let dir = GoldenVectors.scenarioRoot.appendingPathComponent(scenario)
    let configPath = dir.appendingPathComponent("config.yaml").path
    let dataPath = dir.appendingPathComponent("original.csv").path
    let (deck, _) = try DeckBuilder.build(configPath: configPath, dataPath: dataPath)
    var log = BuildLog()
    let config = try ConfigReader.read(path: configPath, log: &log)
    let cases = try GoldenVectors.cases(scenario: scenario)
    #expect(!cases.isEmpty, "no golden vectors found for \(scenario)")
    var mismatches: [String: String] = [:]
    var compared = 0
    for c in cases {
      for (key, detail) in Self.compare(
        c, deck: deck, config: config, scenario: scenario, compared: &compared)
      {
        mismatches[key] = detail
      }
    }
    let listed = ConformanceDeviations.all.filter { $0.pattern.hasPrefix(scenario + "/") }
    for (key, detail) in mismatches.sorted(by: { $0.key < $1.key })
    where !listed.contains(where: { ConformanceDeviations.covers($0.pattern, key) }) {
      Issue.record("\(key): \(detail) (not a listed deviation)")
    }
    for (pattern, _) in listed
    where !mismatches.keys.contains(where: { ConformanceDeviations.covers(pattern, $0) }) {
      Issue.record("\(pattern) is listed as a deviation but now matches the WBR App; remove it from the list")
    }
    // The suite compares real numbers: every scenario checks dozens of them.
    #expect(compared >= 12 * cases.count, "only \(compared) golden values compared in \(scenario)")
  }

  /// Mismatches of one test case, keyed `scenario/tcN/field[i]`.
  static func compare(
    _ c: GoldenCase, deck: Deck, config: WBRConfig, scenario: String, compared: inout Int
  ) -> [String: String] {
    var out: [String: String] = [:]
    let prefix = "\(scenario)/tc\(c.number)"
    guard let block = config.blocks.first(where: { title(of: $0) == c.metricName }) else {
      out["\(prefix)/block"] = "no deck block titled \(c.metricName)"
      return out
    }
    let numbering = config.setup.weekNumbering
    func view(_ reference: String) -> WBRAppView? {
      var name = reference
      var derived = WBRAppView.Derived.none
      if config.metric(named: name) == nil {
        for d in [WBRAppView.Derived.yoy, .wow, .mom] where name.hasSuffix(d.rawValue) {
          name = String(name.dropLast(3))
          derived = d
        }
      }
      let id = MetricIDs.id(for: name)
      guard let m = deck.metrics.first(where: { $0.id == id }) else { return nil }
      return WBRAppView(deck: deck, metric: m, derived: derived, numbering: numbering)
    }
    func check(_ field: String, _ actual: [Double?]) {
      guard let golden = c.fields[field] else { return }
      if golden.count != actual.count {
        out["\(prefix)/\(field)"] = "expected \(golden.count) values, found \(actual.count)"
        return
      }
      compared += golden.count
      for (i, g) in golden.enumerated() where !g.matches(actual[i]) {
        out["\(prefix)/\(field)[\(i)]"] = "expected \(g), found \(actual[i].map { "\($0)" } ?? "nan")"
      }
    }
    switch block {
    case .chart(_, _, let display, let metrics, _):
      guard let ref = metrics.first(where: { $0.lineStyle != .target }), let v = view(ref.name) else {
        out["\(prefix)/metric"] = "metric of block \(c.metricName) is not in the deck"
        return out
      }
      let d = display ?? config.setup.monthlyDisplay ?? .trailingTwelveMonths
      check("cy_6_weeks", v.cy6)
      if ref.graphPriorYear { check("py_6_weeks", v.py6) }
      check("cy_monthly", v.cyMonthly(d))
      if ref.graphPriorYear { check("py_monthly", v.pyMonthly(d)) }
      check("box_totals", v.box)
      if let axis = c.strings["x_axis"] {
        let ours = v.xAxis(d)
        if axis != Array(ours.prefix(axis.count)) {
          for (i, label) in axis.enumerated() where i >= ours.count || ours[i] != label {
            out["\(prefix)/x_axis[\(i)]"] = "expected \(label), found \(i < ours.count ? ours[i] : "nothing")"
          }
        }
      }
    case .monthsTable(_, let rows, let display, _):
      let d = display ?? config.setup.monthlyDisplay ?? .trailingTwelveMonths
      for row in rows {
        guard let header = row.header, c.fields[header] != nil, let ref = row.metric else { continue }
        guard let v = view(ref) else {
          out["\(prefix)/\(header)"] = "metric \(ref) is not in the deck"
          continue
        }
        check(header, v.cyMonthly(d))
        if let headers = c.strings["headers"], headers != v.months(d).map(\.shortName) {
          out["\(prefix)/headers"] = "expected \(headers), found \(v.months(d).map(\.shortName))"
        }
      }
    default:
      out["\(prefix)/block"] = "unsupported block for \(c.metricName)"
    }
    return out
  }

  static func title(of block: Block) -> String? {
    switch block {
    case .chart(let t, _, _, _, _), .weeksTable(let t, _, _), .monthsTable(let t, _, _, _): return t
    default: return nil
    }
  }
}
