import Testing
import WBRModel

@Suite struct AnalysisPlanSignalTests {
  typealias F = AnalysisFixture

  @Test func targetMissWithTolerance() {
    let a = F.analyze(
      F.metric([0.96, 0.948], format: "##.1%", comparison: .bps, target: 0.97, tolerance: 0.02))
    #expect(
      a.signal(.targetMiss)?.sentence == "94.8% is below the target 97.0% by more than the 2% tolerance")
    #expect(a.signal(.targetMiss)?.direction == .bad)
    // 95.2% is within 2% of 97% (bound 95.06%).
    let within = F.analyze(
      F.metric([0.96, 0.952], format: "##.1%", comparison: .bps, target: 0.97, tolerance: 0.02))
    #expect(within.signal(.targetMiss) == nil)
  }

  @Test func targetToleranceEdges() {
    func miss(_ c: Double, hib: Bool = true, tol: Double = 0.02) -> Signal? {
      F.analyze(F.metric([100, c], higherIsBetter: hib, target: 100, tolerance: tol)).signal(.targetMiss)
    }
    #expect(miss(98) == nil)  // exactly T − tol·|T|
    #expect(miss(97.99) != nil)
    #expect(miss(150) == nil)
    #expect(miss(102, hib: false) == nil)
    #expect(miss(102.01, hib: false)?.sentence == "102 is above the target 100 by more than the 2% tolerance")
    #expect(miss(102.01, hib: false)?.direction == .bad)
    #expect(miss(50, hib: false) == nil)
    #expect(miss(100, tol: 0) == nil)
    #expect(miss(99.6, tol: 0)?.sentence == "99.6 is below the target 100.0")
    // A coarse format adds digits until value and target read differently.
    let coarse = F.analyze(F.metric([1, 1.0e8], format: "##BB", target: 1.2e8))
    #expect(coarse.signal(.targetMiss)?.sentence == "0.10B is below the target 0.12B")
    let tiny = F.analyze(F.metric([1, 99.999], target: 100))
    #expect(tiny.signal(.targetMiss)?.sentence == "99.999 is below the target 100.000")
    // A negative target uses |T| for the slack: T = −100, bound −102.
    let neg = F.analyze(F.metric([0, -101], target: -100, tolerance: 0.02))
    #expect(neg.signal(.targetMiss) == nil)
    let negMiss = F.analyze(F.metric([0, -103], target: -100, tolerance: 0.02))
    #expect(negMiss.signal(.targetMiss) != nil)
  }

  @Test func thresholdsPctAndBps() {
    let deckT = Thresholds(wowPct: 10, yoyPct: 30, wowBps: 50, yoyBps: 100)
    let pct = F.analyze(F.metric([100, 87.7], format: "##.1"), thresholds: deckT)
    #expect(pct.signal(.thresholdWoW)?.sentence == "WoW \u{2212}12.3% is beyond the \u{00B1}10% threshold")
    #expect(pct.signal(.thresholdWoW)?.direction == .bad)
    let ascii = F.analyze(F.metric([100, 87.7], format: "##.1"), thresholds: deckT, ascii: true)
    #expect(ascii.signal(.thresholdWoW)?.sentence == "WoW -12.3% is beyond the +/-10% threshold")
    #expect(
      F.analyze(F.metric([100, 110]), thresholds: deckT).signal(.thresholdWoW)?.sentence
        == "WoW +10.0% is at the \u{00B1}10% threshold")
    #expect(F.analyze(F.metric([100, 109.9]), thresholds: deckT).signal(.thresholdWoW) == nil)
    // (0.11 − 0.1) / 0.1 × 100 = 9.999999999999995 in binary: still exactly 10 %.
    #expect(F.analyze(F.metric([0.1, 0.11]), thresholds: deckT).signal(.thresholdWoW) != nil)
    // A bps metric uses wow_bps, never wow_pct: +35 bps < 50, although +35 % of P.
    let bps = F.analyze(F.metric([0.01, 0.0135], comparison: .bps), thresholds: deckT)
    #expect(bps.signal(.thresholdWoW) == nil)
    let bpsFire = F.analyze(F.metric([0.01, 0.016], comparison: .bps), thresholds: deckT)
    #expect(bpsFire.signal(.thresholdWoW)?.sentence == "WoW +60 bps is beyond the \u{00B1}50 bps threshold")
    #expect(bpsFire.signal(.thresholdWoW)?.direction == .good)
    // No thresholds by default.
    #expect(F.analyze(F.metric([100, 10])).signal(.thresholdWoW) == nil)
  }

  @Test func metricThresholdsOverrideKeyByKey() {
    var values = [Double?](repeating: 100, count: 53)
    values[0] = 50  // YoY +100 %
    values[52] = 85  // WoW −15 %, YoY +70 %
    let deckT = Thresholds(wowPct: 10, yoyPct: 50)
    let own = F.metric(values, thresholds: Thresholds(wowPct: 20))
    let a = F.analyze(own, thresholds: deckT)
    #expect(a.signal(.thresholdWoW) == nil)  // the metric's 20 wins over the deck's 10
    #expect(a.signal(.thresholdYoY)?.sentence == "YoY +70.0% is beyond the \u{00B1}50% threshold")
    #expect(a.signal(.thresholdYoY)?.direction == .good)
  }

  @Test func signalsStrongestFirstThenIdOrder() {
    let m = F.metric(
      [100, 100, 100, 100, 100, 100, 100, 100, 90], target: 95,
      limits: .limits(centre: 100, mrBar: 1))
    let a = F.analyze(m, thresholds: Thresholds(wowPct: 5, yoyPct: 5))
    #expect(a.signalIDs == [.xmrLimit, .xmrRange, .targetMiss, .thresholdWoW])
    #expect(a.strength == 3)
  }

  @Test func thresholdOnlyAnomalyIsWeak() {
    let a = F.analyze(F.metric([100, 80]), thresholds: Thresholds(wowPct: 10))
    #expect(a.signalIDs == [.thresholdWoW])
    #expect(a.strength == 1 && a.isAnomaly)
  }
}
