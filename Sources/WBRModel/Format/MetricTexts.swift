/// A metric's numbers as the meeting prints them: this week's value, WoW, YoY, vs target and
/// the two sparklines, in Unicode or ASCII.
///
/// Why one piece: the report's rows and the notes printed the same six cells, each with its
/// own calls; a change to how a number reads (or to the ASCII mapping) now reaches both.
/// Texts are raw: each output cleans file text (the value's prefix) its own way.
public struct MetricTexts: Sendable, Equatable {
  public var value: String
  public var wow: String
  public var yoy: String
  /// Empty when the metric has no weekly target for the week, "n/a" when it has one but the
  /// comparison cannot be made.
  public var vsTarget: String
  public var wowSparkline: String
  public var yoySparkline: String

  public init(_ a: MetricAnalysis, ascii: Bool = false) {
    value = a.format.format(a.current, ascii: ascii)
    wow = ChangeFormat.format(a.wow, ascii: ascii)
    yoy = ChangeFormat.format(a.yoy, ascii: ascii)
    vsTarget = a.target == nil && a.vsTarget == nil ? "" : ChangeFormat.format(a.vsTarget, ascii: ascii)
    wowSparkline = Sparkline.render(a.wowSparkline, ascii: ascii)
    yoySparkline = Sparkline.render(a.yoySparkline, ascii: ascii)
  }
}
