/// What frames reuse, laid out on the render side and kept by its owner (the run loop) from
/// one frame to the next: the drill-down's page of the metric last drawn. Each entry carries
/// the key of everything it depends on (metric, size, glyphs, the record's lines), and a frame
/// uses it only when that key equals what it would lay out, so a frame is the same with or
/// without the memo. The state never holds layout.
public struct RenderMemo: Sendable {
  /// The drill-down body last laid out (`DrillDownView.draw`).
  var drillDownPage: DrillDownPage?

  public init() {}
}
