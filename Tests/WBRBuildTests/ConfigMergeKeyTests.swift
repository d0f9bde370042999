import Foundation
import Testing
import WBRBuild
import WBRModel

/// YAML merge keys (`<<: *anchor`), which the WBR App's PyYAML reads: supported, with the
/// alias bounds kept (issue #14).
@Suite struct ConfigMergeKeyTests {
  func parse(_ text: String) throws(InputError) -> (WBRConfig, [Diagnostic]) {
    var log = BuildLog()
    let config = try ConfigReader.parse(text, file: "c.yaml", log: &log)
    return (config, log.diagnostics)
  }

  static let setup = "setup:\n  week_ending: 25-SEP-2021\n  title: T\n"

  @Test func aMetricTakesItsDefaultsFromAnAnchor() throws {
    let text =
      Self.setup + """
        metrics:
          Clicks: &counted
            column: Clicks
            aggf: sum
            kind: input
          Views:
            <<: *counted
            column: Views
          Rate:
            <<: [*counted, {aggf: mean, description: ignored}]
            aggf: max

        """
    let (config, diagnostics) = try parse(text)
    #expect(diagnostics.isEmpty)
    #expect(config.metrics.map(\.name) == ["Clicks", "Views", "Rate"])
    let views = try #require(config.metric(named: "Views"))
    #expect(views.source == .column("Views") && views.aggregation == .sum && views.kind == .input)
    let rate = try #require(config.metric(named: "Rate"))
    // Its own aggf wins; of the merged ones, the earlier mapping wins.
    #expect(rate.source == .column("Clicks") && rate.aggregation == .max && rate.description == "ignored")
  }

  @Test func mergedSetupKeysAndBlocksWork() throws {
    let text = """
      base: &base
        week_ending: 25-SEP-2021
        fiscal_year_end_month: OCT
      setup:
        <<: *base
        title: T
      metrics:
        A:
          column: A
          aggf: sum

      """
    let (config, diagnostics) = try parse(text)
    #expect(config.setup.fiscalYearEndMonth == 10 && config.setup.title == "T")
    #expect(diagnostics.map(\.code) == [.configUnknownKey])  // top-level `base`, as any unknown key
  }

  @Test func aMergeOfAScalarIsRefusedWithItsLine() {
    let text = Self.setup + "metrics:\n  A:\n    <<: sum\n    column: A\n"
    do {
      _ = try parse(text)
      Issue.record("expected a refusal")
    } catch {
      #expect(error.diagnostics.map(\.code) == [.configInvalid])
      #expect(error.diagnostics.first?.line == 6)
      #expect(error.diagnostics.first?.message.contains("after the merge key <<, found 'sum'") == true)
    }
  }

  /// Ten levels, each merging ten copies of the one below and adding ten keys of aliases to it:
  /// refused quickly by the bounds, never expanded.
  @Test func aMergeBombIsRefusedQuickly() {
    var lines = ["m0: &m0 {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x}"]
    for level in 1...9 {
      let refs = Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ", ")
      let keys = (0..<10).map { "l\(level)k\($0): *m\(level - 1)" }.joined(separator: ", ")
      lines.append("m\(level): &m\(level) {<<: [\(refs)], \(keys)}")
    }
    let text = lines.joined(separator: "\n") + "\n" + Self.setup + "metrics:\n  A:\n    <<: *m9\n"
    let clock = ContinuousClock()
    var code: ProblemCode?
    let took = clock.measure {
      do throws(InputError) {
        _ = try parse(text)
      } catch {
        code = error.diagnostics.first?.code
      }
    }
    #expect(code == .configTooLarge)
    #expect(took < .seconds(10))
  }

  /// A long chain of merges (each level adds a key to the one below) is linear work.
  @Test func aLongChainOfMergesIsFine() throws {
    var lines = ["d0: &d0 {aggf: sum}"]
    for level in 1..<200 { lines.append("d\(level): &d\(level) {<<: *d\(level - 1), k\(level): x}") }
    let text =
      lines.joined(separator: "\n") + "\n" + Self.setup + "metrics:\n  A:\n    <<: *d199\n    column: A\n"
    let (config, _) = try parse(text)
    #expect(config.metric(named: "A")?.aggregation == .sum)
  }
}
