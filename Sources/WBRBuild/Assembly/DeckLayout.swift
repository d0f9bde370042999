import WBRModel

/// What the `deck:` blocks say about the deck: which metrics, in which order and section,
/// under which name and format, and which metric is another's target.
struct DeckLayout {
  struct Entry {
    /// The config metric shown.
    var metric: String
    var name: String
    var section: String?
    var format: String?
    /// A config metric drawn as this metric's target line.
    var target: String?
    var line: Int
  }

  var entries: [Entry] = []
  var sections: [Section] = []

  /// Reads the blocks; unknown metric names are errors with their YAML line.
  static func make(config: WBRConfig, file: String, log: inout BuildLog) -> DeckLayout {
    var layout = DeckLayout()
    let defined = Set(config.metrics.map(\.name))
    guard !config.blocks.isEmpty else {
      layout.entries = config.metrics.map { Entry(metric: $0.name, name: $0.name, line: $0.line) }
      return layout
    }
    var targets = Set<String>()
    for case .chart(_, _, _, let metrics, _) in config.blocks {
      for m in metrics where m.lineStyle == .target { targets.insert(m.name) }
    }
    var section: String?
    var seen = Set<String>()
    var sectionIDs = Set<String>()

    /// Resolves a deck reference; `PageViewsYOY` (the WBR App's derived series) maps to PageViews.
    func resolve(_ name: String, line: Int, _ log: inout BuildLog) -> String? {
      if defined.contains(name) { return name }
      for suffix in ["YOY", "WOW", "MOM"] where name.hasSuffix(suffix) {
        let base = String(name.dropLast(3))
        if defined.contains(base) {
          log.add(
            .configDerivedSeries, file, line: line,
            "'\(name)' is the WBR App's \(suffix) series of '\(base)': wbr computes it from '\(base)', which is in the deck"
          )
          return base
        }
      }
      log.add(
        .configUnknownMetric, file, line: line,
        "deck: expected a metric defined under metrics:, found '\(name)'")
      return nil
    }

    // Metrics brought in only by a derived reference (`PageViewsYOY`): named after the metric,
    // with no format (the row's format is the comparison's); a later direct reference wins.
    var derivedOnly = Set<String>()
    func add(_ e: Entry, reference: String) {
      let derived = e.metric != reference
      if seen.contains(e.metric) {
        guard !derived, derivedOnly.contains(e.metric),
          let i = layout.entries.firstIndex(where: { $0.metric == e.metric })
        else { return }
        derivedOnly.remove(e.metric)
        layout.entries[i].name = e.name
        layout.entries[i].format = e.format
        layout.entries[i].target = e.target
        return
      }
      seen.insert(e.metric)
      if derived {
        derivedOnly.insert(e.metric)
        layout.entries.append(Entry(metric: e.metric, name: e.metric, section: e.section, line: e.line))
      } else {
        layout.entries.append(e)
      }
    }

    for block in config.blocks {
      switch block {
      case .section(let title, _):
        guard !title.trimmingSpaces.isEmpty else { continue }
        var id = slug(title)
        var n = 2
        while sectionIDs.contains(id) {
          id = slug(title) + "-\(n)"
          n += 1
        }
        sectionIDs.insert(id)
        layout.sections.append(Section(id: id, title: title))
        section = id
      case .chart(let title, let yScaling, _, let metrics, _):
        let primaries = metrics.filter { $0.lineStyle != .target }
        let target = metrics.first { $0.lineStyle == .target }
        let targetName = target.flatMap { resolve($0.name, line: $0.line, &log) }
        for (i, m) in primaries.enumerated() {
          guard let metric = resolve(m.name, line: m.line, &log) else { continue }
          let name = primaries.count == 1 ? (title ?? m.legendName ?? metric) : (m.legendName ?? metric)
          add(
            Entry(
              metric: metric, name: name, section: section, format: yScaling,
              target: i == 0 ? targetName : nil, line: m.line), reference: m.name)
        }
      case .weeksTable(let title, let rows, _), .monthsTable(let title, let rows, _, _):
        var group = title
        for row in rows {
          guard let ref = row.metric else {
            if let h = row.header, !h.trimmingSpaces.isEmpty { group = h }
            continue
          }
          guard let metric = resolve(ref, line: row.line, &log) else { continue }
          if targets.contains(metric), metric == ref { continue }  // shown as a target line
          let header = row.header ?? metric
          let name = group.map { "\($0): \(header)" } ?? header
          add(
            Entry(metric: metric, name: name, section: section, format: row.yScaling, line: row.line),
            reference: ref)
        }
      case .other:
        continue
      }
    }
    // Metrics before the first section go to a leading section, so they keep their place.
    if !layout.sections.isEmpty, layout.entries.contains(where: { $0.section == nil }) {
      var id = "general"
      while sectionIDs.contains(id) { id += "-0" }
      layout.sections.insert(Section(id: id, title: "General"), at: 0)
      for i in layout.entries.indices where layout.entries[i].section == nil {
        layout.entries[i].section = id
      }
    }
    return layout
  }

  /// A section or metric id: letters, digits, `_ . -` only.
  static func slug(_ text: String) -> String {
    var out = ""
    for ch in text.lowercased().unicodeScalars {
      if ch.isASCII, ch.properties.isAlphabetic || ("0"..."9").contains(ch) || ch == "_" || ch == "." {
        out.unicodeScalars.append(ch)
      } else if !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    while out.hasPrefix("-") { out.removeFirst() }
    return out.isEmpty ? "s" : out
  }
}
