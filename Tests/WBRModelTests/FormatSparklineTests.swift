import Testing
import WBRModel

@Suite struct FormatSparklineTests {
  @Test func scalesBetweenOwnMinAndMax() {
    #expect(Sparkline.render([1, 2, 3, 4, 5, 6]) == "▁▂▄▅▇█")
    #expect(Sparkline.render([101, 102, 103, 104, 105, 106]) == "▁▂▄▅▇█")
    #expect(Sparkline.render([-5, 5]) == "▁█")
  }

  @Test func gapsAreVisibleNeverZeroBars() {
    #expect(Sparkline.render([1, nil, 3]) == "▁·█")
    #expect(Sparkline.render([1, nil, 3], ascii: true) == "_ #")
    #expect(Sparkline.render([nil, nil]) == "··")
    #expect(Sparkline.render([1, .nan, 3]) == "▁·█")
    #expect(!Sparkline.unicodeLevels.contains(Sparkline.unicodeGap))
    #expect(!Sparkline.asciiLevels.contains(Sparkline.asciiGap))
  }

  @Test func flatAndEmpty() {
    #expect(Sparkline.render([5, 5, nil, 5]) == "▄▄·▄")
    #expect(Sparkline.render([7]) == "▄")
    #expect(Sparkline.render([]) == "")
    #expect(Sparkline.render([0, 0], ascii: true) == "--")
  }
}
