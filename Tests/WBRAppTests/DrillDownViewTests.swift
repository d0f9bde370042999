import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

@Suite struct DrillDownViewTests {
  func screen(_ context: DrillDownContext, _ width: Int, _ height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    DrillDownView.render(context, into: &buffer, in: buffer.bounds)
    return buffer
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func goldenScreens(width: Int, height: Int) {
    for (name, glyphs) in [("unicode", Glyphs.unicode), ("ascii", Glyphs.ascii)] {
      let s = screen(DrillDownFixture.context(metric: 0, glyphs: glyphs), width, height)
      assertGolden(s.snapshot, named: "orders-\(name)-\(width)x\(height)")
      assertGolden(s.monochromeSnapshot, named: "orders-\(name)-\(width)x\(height)-mono")
    }
  }

  @Test func goldenScreensScrolledToTheEnd() {
    for (name, glyphs) in [("unicode", Glyphs.unicode), ("ascii", Glyphs.ascii)] {
      var context = DrillDownFixture.context(metric: 0, glyphs: glyphs)
      context.scroll = DrillDownView.maxScroll(context, in: Rect(x: 0, y: 0, width: 80, height: 24))
      assertGolden(screen(context, 80, 24).snapshot, named: "orders-\(name)-80x24-end")
    }
  }

  @Test func goldenWideNameAndRecord() {
    let record = [
      DrillDownRecordLine(kind: .explanation, text: "Explained: 倉庫の移転 moved stock for a week"),
      DrillDownRecordLine(kind: .commitment(.open), text: "Commitment (open): Restock the top 100 items"),
    ]
    let s = screen(DrillDownFixture.context(metric: 1, record: record), 80, 24)
    assertGolden(s.snapshot, named: "in-stock-unicode-80x24")
  }

  @Test func headerNamesMetricKindSectionOwnerAndAnomalyPosition() {
    let lines = screen(DrillDownFixture.context(metric: 0), 80, 24).textLines()
    #expect(lines[0].hasPrefix("Orders"))
    #expect(lines[0].hasSuffix("● anomaly 1 of 1"))
    #expect(lines[1].hasPrefix("Input · Customer experience · owner Ana Ruiz"))
    let calm = screen(DrillDownFixture.context(metric: 2), 80, 24).textLines()
    #expect(!calm[0].contains("anomaly"))
    #expect(calm[1].hasPrefix("Output · Finance · owner Ana Ruiz"))
    // Counted in the list walked; an anomaly outside it keeps its mark without a place.
    var listed = DrillDownFixture.context(metric: 0)
    listed.walk = [2, 0]
    #expect(screen(listed, 80, 24).textLines()[0].hasSuffix("● anomaly 2 of 2"))
    listed.walk = []
    let outside = screen(listed, 80, 24).textLines()[0]
    #expect(outside.hasSuffix("● anomaly") && !outside.contains(" of "))
  }

  @Test func signalsReadAsSentences() {
    let text = screen(DrillDownFixture.context(metric: 0), 80, 24).textLines().joined(separator: "\n")
    #expect(text.contains("158 is above the upper natural process limit 132.5"))
    let calm = screen(DrillDownFixture.context(metric: 2), 80, 24).textLines().joined(separator: "\n")
    #expect(calm.contains("No signal this week"))
  }

  @Test func aboutListsLimitsAndTheChartWindowsAnnotations() {
    let text = screen(DrillDownFixture.context(metric: 0), 160, 48).textLines().joined(separator: "\n")
    #expect(text.contains("XmR limits   CL 121.4, UNPL 132.5, LNPL 110.2 from 11 weeks"))
    #expect(text.contains("Annotations  2025-11-19 (wk 47) Autumn promotion started"))
    #expect(!text.contains("Site relaunch"))
    #expect(text.contains("1 older, before 2024-11-01"))
    let short = screen(DrillDownFixture.context(metric: 1), 160, 48).textLines().joined(separator: "\n")
    #expect(short.contains("XmR limits   CL"))
    #expect(short.contains("Annotations  (none)"))
  }

  @Test func bodyScrollsAndClamps() {
    let context = DrillDownFixture.context(metric: 0)
    let rect = Rect(x: 0, y: 0, width: 80, height: 24)
    let limit = DrillDownView.maxScroll(context, in: rect)
    #expect(limit > 0)
    var scrolled = context
    scrolled.scroll = 5
    let top = screen(context, 80, 24).textLines()
    let down = screen(scrolled, 80, 24).textLines()
    #expect(Array(down[2..<19]) == Array(top[7..<24]))
    #expect(down[0] == top[0])  // the header stays
    scrolled.scroll = limit + 100
    let bottom = screen(scrolled, 80, 24).textLines()
    scrolled.scroll = limit
    #expect(screen(scrolled, 80, 24).textLines() == bottom)
    #expect(bottom[1].hasSuffix("/\(limit + 22)"))
    #expect(DrillDownView.maxScroll(context, in: Rect(x: 0, y: 0, width: 160, height: 200)) == 0)
  }

  @Test func recordSectionOnlyOnceTheRecordExists() {
    let without = screen(DrillDownFixture.context(metric: 0), 160, 48).textLines().joined(separator: "\n")
    #expect(!without.contains("In the record"))
    let empty = screen(DrillDownFixture.context(metric: 0, record: []), 160, 48).textLines().joined(
      separator: "\n")
    #expect(empty.contains("In the record"))
    #expect(empty.contains("Nothing recorded for this metric"))
  }

  @Test func fileTextNeverReachesTheTerminalRaw() {
    let s = screen(DrillDownFixture.context(metric: 1), 160, 48)
    #expect(s.textLines().joined().contains("\\u{1B}[31m"))
    #expect(
      s.cells.allSatisfy { cell in
        cell.character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{7F}" }
      })
  }

  @Test func asciiModeDrawsOnlyAscii() {
    var context = DrillDownFixture.context(metric: 0, glyphs: .ascii)
    for scroll in [0, 20, 40] {
      context.scroll = scroll
      for line in screen(context, 80, 24).textLines() {
        #expect(line.allSatisfy { $0.isASCII }, "\(line)")
      }
    }
  }

  @Test func anySizeDrawsWithoutCrashing() {
    for width in [0, 1, 5, 20, 39, 60, 81, 119, 200] {
      for height in [0, 1, 2, 3, 8, 13, 30] {
        for metric in [0, 1, 2, 7] {
          _ = screen(DrillDownFixture.context(metric: metric, scroll: 3), width, height)
        }
      }
    }
  }

  @Test func wideNamesKeepTheColumnsAligned() {
    let s = screen(DrillDownFixture.context(metric: 1), 80, 24)
    #expect(s.textLines()[0].hasPrefix("在庫率 In-stock"))
    #expect(s[0, 0].character == "在" && s[1, 0].isContinuation)
    #expect(s.textLines()[1].contains("owner 佐藤 健二"))
  }
}
