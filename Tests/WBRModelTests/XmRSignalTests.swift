import Testing
import WBRModel

@Suite struct XmRSignalTests {
  typealias F = AnalysisFixture

  @Test func workedExampleLimitsAndSignals() throws {
    let a = F.analyze(F.metric(F.workedExample))
    let x = try #require(a.xmr)
    #expect(abs(x.centre - 121.364) < 0.001)
    #expect(abs(x.mrBar - 4.2) < 1e-9)
    #expect(abs(x.upperNaturalLimit - 132.536) < 0.001)
    #expect(abs(x.lowerNaturalLimit - 110.191) < 0.001)
    #expect(abs(x.upperRangeLimit - 13.726) < 0.001)
    #expect(x.baselineWeeks.count == 11)
    #expect(x.baselineTo == F.testWeek.adding(days: -7))
    #expect(x.baselineFrom == F.testWeek.adding(days: -77))
    #expect(!x.locked)
    #expect(a.signalIDs == [.xmrLimit, .xmrRange])
    #expect(a.signal(.xmrLimit)?.sentence == "158 is above the upper natural process limit 132.5")
    #expect(
      a.signal(.xmrRange)?.sentence
        == "The move of 38 from last week is larger than the upper range limit 13.7")
    #expect(a.signals.allSatisfy { $0.direction == .good })
    #expect(a.isAnomaly && a.strength == 3)
  }

  @Test func lowerIsBetterFlipsDirectionOnly() {
    let up = F.analyze(F.metric(F.workedExample))
    let down = F.analyze(F.metric(F.workedExample, higherIsBetter: false))
    #expect(down.signalIDs == up.signalIDs)
    #expect(down.signals.allSatisfy { $0.direction == .bad })
    let fall = F.analyze(F.metric(Array(F.workedExample.dropLast()) + [90], higherIsBetter: false))
    #expect(fall.signalIDs == [.xmrLimit, .xmrRange])
    #expect(fall.signals.allSatisfy { $0.direction == .good })
    #expect(fall.signal(.xmrLimit)?.sentence == "90 is below the lower natural process limit 110.2")
  }

  @Test func valueExactlyOnALimitIsRoutine() {
    let lock = XmRLock.limits(centre: 100, mrBar: 10)  // UNPL 126.6, LNPL 73.4
    for c in [126.6, 73.4] {
      let a = F.analyze(F.metric([100, 100, c], limits: lock))
      #expect(a.signal(.xmrLimit) == nil, "C = \(c)")
    }
    #expect(F.analyze(F.metric([100, 100, 126.61], limits: lock)).signal(.xmrLimit) != nil)
    #expect(F.analyze(F.metric([100, 100, 73.39], limits: lock)).signal(.xmrLimit) != nil)
    // Decimal values typed as exactly a limit that binary arithmetic puts a hair inside it:
    // 1.1 + 2.66 × 0.7 = 2.9619999999999997 and 1.1 − 2.66 × 0.1 = 0.8340000000000001.
    #expect(
      F.analyze(F.metric([1, 2.962], limits: .limits(centre: 1.1, mrBar: 0.7))).signal(.xmrLimit) == nil)
    #expect(
      F.analyze(F.metric([1, 0.834], limits: .limits(centre: 1.1, mrBar: 0.1))).signal(.xmrLimit) == nil)
    // URL = 32.68: a move of exactly that is routine, a little more is not.
    #expect(F.analyze(F.metric([100, 132.68], limits: lock)).signal(.xmrRange) == nil)
    #expect(F.analyze(F.metric([100, 132.69], limits: lock)).signal(.xmrRange) != nil)
  }

  @Test func missingWeekBreaksMovingRangePairs() throws {
    let a = F.analyze(F.metric([10, 12, nil, 20, 21, 25, 24, 26, 25]))
    let x = try #require(a.xmr)
    // Pairs: 10→12, 20→21, 21→25, 25→24, 24→26 (12→20 spans the gap and is no pair).
    #expect(abs(x.mrBar - 2) < 1e-12)
    #expect(abs(x.centre - 138.0 / 7) < 1e-12)
    #expect(x.baselineWeeks.count == 7)
  }

  @Test func noConsecutivePairMeansNoXmR() {
    let values: [Double?] = [1, nil, 2, nil, 3, nil, 4, nil, 5, nil, 6, nil, 500]
    let a = F.analyze(F.metric(values))
    #expect(a.xmr == nil)
    #expect(a.xmrUnavailable == .noMovingRange)
    #expect(a.signals.isEmpty)
    #expect(a.quality.contains(.short))
  }

  @Test func shortHistoryGivesNoXmRSignals() {
    let a = F.analyze(F.metric([10, 11, 10, 11, 10, 1000]))
    #expect(a.xmr == nil)
    #expect(a.xmrUnavailable == .notEnoughHistory(weeks: 5))
    #expect(a.signals.isEmpty)
    #expect(a.quality.contains(.short))
    #expect(!a.quality.contains(.missing))
    // Six baseline weeks are enough.
    #expect(F.analyze(F.metric([10, 11, 10, 11, 10, 11, 1000])).signal(.xmrLimit) != nil)
  }

  @Test func defaultBaselineIsTwentyMostRecentValuedWeeksExcludingW() throws {
    // 10 old weeks far away, a gap, then 20 weeks alternating 100/102, then C.
    let old = [Double?](repeating: 1000, count: 10)
    let recent: [Double?] = (0..<20).map { $0 % 2 == 0 ? 100 : 102 }
    let a = F.analyze(F.metric(old + [nil] + recent + [101]))
    let x = try #require(a.xmr)
    #expect(x.baselineWeeks.count == 20)
    #expect(abs(x.centre - 101) < 1e-12)
    #expect(abs(x.mrBar - 2) < 1e-12)
    #expect(!x.baselineWeeks.contains(F.testWeek))
  }

  @Test func lockedBaselineWeeks() throws {
    // Baseline named over the first 8 weeks (values 10/12); later weeks at 50 are not in it.
    let values: [Double?] = [10, 12, 10, 12, 10, 12, 10, 12, 50, 50, 50, 50]
    let from = F.testWeek.adding(days: -77)
    let to = F.testWeek.adding(days: -28)
    let a = F.analyze(F.metric(values, limits: .baseline(from: from, to: to)))
    let x = try #require(a.xmr)
    #expect(x.locked)
    #expect(x.baselineFrom == from && x.baselineTo == to)
    #expect(abs(x.centre - 11) < 1e-12 && abs(x.mrBar - 2) < 1e-12)
    #expect(a.signalIDs.contains(.xmrLimit) && a.signalIDs.contains(.xmrQuartile))
  }

  @Test func lockedBaselineTooShort() {
    let from = F.testWeek.adding(days: -21)
    let a = F.analyze(F.metric([1, 2, 3, 4, 5, 6, 7, 8], limits: .baseline(from: from, to: F.testWeek)))
    #expect(a.xmrUnavailable == .notEnoughHistory(weeks: 4))
  }

  @Test func lockedCentreAndRange() throws {
    let a = F.analyze(F.metric([5, 130], limits: .limits(centre: 100, mrBar: 10)))
    let x = try #require(a.xmr)
    #expect(x.locked && x.baselineWeeks.isEmpty && x.centre == 100 && x.mrBar == 10)
    #expect(a.signalIDs.contains(.xmrLimit))
    #expect(a.xmrUnavailable == nil)
  }

  @Test func quartileRule() {
    let lock = XmRLock.limits(centre: 100, mrBar: 10)  // halfway lines 113.3 and 86.7
    func ids(_ v: [Double?]) -> [SignalID] { F.analyze(F.metric(v, limits: lock)).signalIDs }
    #expect(ids([115, 90, 116, 117]).contains(.xmrQuartile))
    #expect(ids([115, 116, 117, 118]).contains(.xmrQuartile))
    #expect(
      F.analyze(F.metric([115, 90, 116, 117], limits: lock)).signal(.xmrQuartile)?.sentence
        == "3 of the last 4 weeks are above the upper halfway line 113.3")
    #expect(!ids([115, 116, 117, 100]).contains(.xmrQuartile))  // W not among them
    #expect(!ids([115, 90, 100, 117]).contains(.xmrQuartile))  // only 2
    #expect(ids([113.3, 115, 116, 117]).contains(.xmrQuartile))
    #expect(!ids([113.3, 90, 116, 117]).contains(.xmrQuartile))  // on the line is not beyond
    #expect(!ids([nil, 90, 116, 117]).contains(.xmrQuartile))
    #expect(ids([85, 116, 117, 118]).contains(.xmrQuartile))
    #expect(!ids([85, 116, 84, 118]).contains(.xmrQuartile))  // not the same line
    let low = F.analyze(F.metric([80, 120, 85, 86], limits: lock))
    #expect(low.signal(.xmrQuartile)?.direction == .bad)
    #expect(
      low.signal(.xmrQuartile)?.sentence == "3 of the last 4 weeks are below the lower halfway line 86.7")
  }

  @Test func runRule() {
    let lock = XmRLock.limits(centre: 100, mrBar: 10)
    func run(_ v: [Double?], hib: Bool = true) -> Signal? {
      F.analyze(F.metric(v, higherIsBetter: hib, limits: lock)).signal(.xmrRun)
    }
    let eight: [Double?] = [101, 102, 103, 104, 105, 106, 107, 108]
    #expect(run(eight)?.sentence == "8 weeks in a row above the centre line 100.0")
    #expect(run(eight)?.direction == .good)
    #expect(run(eight, hib: false)?.direction == .bad)
    #expect(run([50] + eight) != nil)
    #expect(run(Array(eight.dropFirst())) == nil)  // only 7 weeks of history
    var onCentre = eight
    onCentre[3] = 100
    #expect(run(onCentre) == nil)
    var gap = eight
    gap[0] = nil
    #expect(run(gap) == nil)
    #expect(
      run(eight.map { $0.map { 200 - $0 } })?.sentence == "8 weeks in a row below the centre line 100.0")
  }
}
