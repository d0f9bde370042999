/// The deck list's columns: natural widths measured once per deck, and their layout at a
/// terminal width, computed with a few additions per frame.
///
/// Widths come from the widest formatted value, so a number is never cut ("$1,042.9M" keeps
/// its "M"). As the terminal narrows, columns go in order of least use in the meeting: the
/// YoY sparkline, the owner, vs target, the 6-week sparkline, YoY, WoW. The marker, badge,
/// name and value always stay.
struct DeckColumns: Sendable, Equatable {
  /// Left of the name: pointer, record mark, space, badge, quality marks.
  var lead: Int
  var name: Int
  var value: Int
  var wow: Int
  var yoy: Int
  var target: Int
  var spark: Int
  var yoySpark: Int
  var owner: Int

  /// The name column gets at most this much; wider terminals give the room to the others.
  static let nameCap = 40
  /// Below this the name is too short to read and a column is dropped instead: the
  /// sparklines, owner and vs target go before the name is cut below `comfortableName`;
  /// YoY and WoW only before it would be narrower than `minimumName`.
  static let comfortableName = 20
  static let minimumName = 10

  /// Natural widths of a deck's columns: each the widest of its texts and its heading, plus
  /// one column of gap (0 when no metric has the column, e.g. no targets).
  /// - Complexity: O(metrics); run once per deck.
  static func measure(_ rows: [DeckRowText], names: [String]) -> DeckColumns {
    let width: (String) -> Int = ScreenBuffer.columns(of:)
    func widest(_ heading: String, _ text: (DeckRowText) -> String) -> Int {
      let most = rows.reduce(0) { max($0, width(text($1))) }
      return most == 0 ? 0 : max(most, heading.displayWidth) + 1
    }
    let quality = rows.reduce(0) { max($0, width($1.quality)) }
    return DeckColumns(
      lead: 2 + 1 + DeckBadge.width + (quality > 0 ? quality + 1 : 0) + 1,
      name: names.reduce(Heading.name.displayWidth) { max($0, width($1)) },
      value: max(widest(Heading.value, \.value), Heading.value.displayWidth + 1),
      wow: widest(Heading.wow, \.wow), yoy: widest(Heading.yoy, \.yoy),
      target: widest(Heading.target, \.vsTarget),
      spark: widest(Heading.spark, \.sparkline) + 1, yoySpark: widest(Heading.yoySpark, \.yoySparkline) + 1,
      owner: widest(Heading.owner, \.owner) + 1)
  }

  /// The columns shown at `width`: the optional ones dropped, least useful first, while the
  /// name would be narrower than `minimumName`; the name then takes the rest, up to `nameCap`.
  func fitted(to width: Int) -> DeckColumns {
    var c = self
    func rest() -> Int {
      width - c.lead - c.value - c.wow - c.yoy - c.target - c.spark - c.yoySpark - c.owner
    }
    let drops: [(WritableKeyPath<DeckColumns, Int>, Int)] = [
      (\.yoySpark, Self.comfortableName), (\.owner, Self.comfortableName), (\.target, Self.comfortableName),
      (\.spark, Self.comfortableName), (\.yoy, Self.minimumName), (\.wow, Self.minimumName),
    ]
    for (column, least) in drops where rest() < min(least, name) { c[keyPath: column] = 0 }
    c.name = max(0, min(rest(), Self.nameCap))
    return c
  }

  /// Column headings.
  enum Heading {
    static let name = "Metric"
    static let value = "This week"
    static let wow = "WoW"
    static let yoy = "YoY"
    static let target = "vs tgt"
    static let spark = "6 wk"
    static let yoySpark = "YoY 12 wk"
    static let owner = "Owner"
  }
}
