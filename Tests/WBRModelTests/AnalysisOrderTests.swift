import Testing
import WBRModel

@Suite struct AnalysisOrderTests {
  typealias F = AnalysisFixture

  @Test func screenOrderInputsFirstBySectionThenFileWithOtherLast() {
    let calm: [Double?] = [1, 1]
    let loud = F.workedExample
    let metrics = [
      F.metric(calm, id: "out_a", kind: .output, section: "a"),
      F.metric(loud, id: "in_unknown", kind: .input, section: "zzz"),
      F.metric(loud, id: "in_b", kind: .input, section: "b"),
      F.metric(calm, id: "in_none", kind: .input),
      F.metric(loud, id: "out_b", kind: .output, section: "b"),
      F.metric(loud, id: "in_a", kind: .input, section: "a"),
      F.metric(loud, id: "out_none", kind: .output),
    ]
    let sections = [Section(id: "b", title: "Beta"), Section(id: "a", title: "Alpha")]
    let d = F.deck(metrics, sections: sections)
    let a = DeckAnalyzer.analyze(d)
    let ids = a.order.map { d.metrics[$0].id }
    #expect(ids == ["in_b", "in_a", "in_unknown", "in_none", "out_b", "out_a", "out_none"])
    #expect(a.anomalies.map { d.metrics[$0].id } == ["in_b", "in_a", "in_unknown", "out_b", "out_none"])
    #expect(
      a.groups.map { $0.heading() } == [
        "Inputs \u{203A} Beta", "Inputs \u{203A} Alpha", "Inputs \u{203A} Other",
        "Outputs \u{203A} Beta", "Outputs \u{203A} Alpha", "Outputs \u{203A} Other",
      ])
    #expect(a.groups[2].metrics == [1, 3] && a.groups[2].sectionID == nil)
    #expect(a.groups.flatMap(\.metrics) == a.order)
    #expect(a.sectionTitle(for: 1) == "Other")
    #expect(a.sectionTitle(for: 5) == "Alpha")
    #expect(a.group(of: 4)?.heading(ascii: true) == "Outputs > Beta")
    #expect(a.group(of: 99) == nil)
    #expect(a.metrics.map(\.index) == Array(0..<7))
  }

  @Test func noSectionsAtAll() {
    let d = F.deck([F.metric([1], id: "o"), F.metric([1], id: "i", kind: .input)])
    let a = DeckAnalyzer.analyze(d)
    #expect(a.order == [1, 0])
    #expect(a.groups.map { $0.heading(ascii: true) } == ["Inputs > Other", "Outputs > Other"])
  }
}
