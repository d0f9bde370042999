import WBRModel

/// Everything the drill-down screen shows, as one value: the view is a pure function of it.
///
/// Colour is not part of it: views name roles (`Style`) and the backend decides colour or
/// monochrome, so the same buffer serves both; the glyph mode is, because the marks differ.
struct DrillDownContext: Sendable, Equatable {
  var deck: Deck
  var analysis: DeckAnalysis
  /// Index into `deck.metrics`.
  var metric: Int
  /// The owner's display name (owners file name, else the owner id); nil when unowned.
  var ownerName: String?
  /// First body line on screen (clamped by the view).
  var scroll: Int
  var glyphs: Glyphs
  /// This metric's explanations and commitments from the meeting record: nil until the
  /// meeting record exists (the section is then left out), empty when there are none yet.
  /// Built by `DrillDownRecordLine.lines(for:in:week:ascii:ownerName:)`.
  var record: [DrillDownRecordLine]?
  /// The anomalies of the list the lead walks, in its order (`AnomalyPlace.walked`): with an
  /// owner or a filter, only the list's; nil for the whole deck's.
  var walk: [Int]?

  init(
    deck: Deck, analysis: DeckAnalysis, metric: Int, ownerName: String? = nil, scroll: Int = 0,
    glyphs: Glyphs = .unicode, record: [DrillDownRecordLine]? = nil, walk: [Int]? = nil
  ) {
    self.deck = deck
    self.analysis = analysis
    self.metric = metric
    self.ownerName = ownerName
    self.scroll = scroll
    self.glyphs = glyphs
    self.record = record
    self.walk = walk
  }

  /// The metric shown; nil when `metric` is out of range (the view then says so).
  var shownMetric: Metric? { deck.metrics.indices.contains(metric) ? deck.metrics[metric] : nil }

  /// Its analysis; nil when out of range.
  var metricAnalysis: MetricAnalysis? {
    analysis.metrics.indices.contains(metric) ? analysis.metrics[metric] : nil
  }

  /// "anomaly 2 of 5" position on the anomaly walk (the list's, as the header counts); nil
  /// when the metric is not an anomaly of it.
  var anomalyPosition: (index: Int, count: Int)? {
    let anomalies = walk ?? analysis.anomalies
    return anomalies.firstIndex(of: metric).map { ($0 + 1, anomalies.count) }
  }

  /// The metric this one pairs with (`pairs_with`), when the deck has it.
  var pairedMetric: (index: Int, metric: Metric)? {
    guard let id = shownMetric?.pairsWith,
      let i = deck.metrics.firstIndex(where: { $0.id == id })
    else { return nil }
    return (i, deck.metrics[i])
  }
}
