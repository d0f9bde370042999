/// Where the lead of a meeting is looking: the side file next to the record
/// (`<record>.view.json`) that `wbr meet --follow` reads. Screen state, not record: it is
/// replaced (atomic rename), never appended, and never folded into the journal.
public struct MeetingView: Sendable, Equatable {
  public enum Screen: String, Sendable {
    case deck
    case drillDown = "drill-down"
    case commitments
  }

  public var week: Day
  public var lead: String
  public var screen: Screen
  /// The metric selected or open, if any.
  public var metric: String?
  /// "anomaly 3 of 9" when the metric is an anomaly, else "".
  public var walk: String

  public init(week: Day, lead: String, screen: Screen, metric: String?, walk: String) {
    self.week = week
    self.lead = lead
    self.screen = screen
    self.metric = metric
    self.walk = walk
  }

  /// One line of JSON (and a newline).
  public var json: String {
    var w = JSONWriter(style: .compact, capacity: 256)
    w.beginObject()
    w.field("v", 1)
    w.field("week", week)
    w.field("lead", lead)
    w.field("screen", screen.rawValue)
    w.field("metric", metric)
    w.field("walk", walk)
    w.endObject()
    return w.text + "\n"
  }

  /// The view in `bytes`, or nil when they are not one (a torn or foreign file: the follower
  /// keeps what it showed).
  public static func read(_ bytes: [UInt8]) -> MeetingView? {
    var line = bytes[...]
    while line.last == UInt8(ascii: "\n") { line = line.dropLast() }
    guard let f = try? JournalFields.parse(line), (try? f.int("v")) == 1,
      let week = try? f.day("week"), let lead = try? f.string("lead"),
      let screen = (try? f.string("screen")).flatMap(Screen.init(rawValue:)), let walk = try? f.string("walk")
    else { return nil }
    let metric = (try? f.optionalString("metric")) ?? nil
    return MeetingView(week: week, lead: lead, screen: screen, metric: metric, walk: walk)
  }

  /// The side file of the record at `journalPath`.
  public static func path(forRecord journalPath: String) -> String { journalPath + ".view.json" }
}
