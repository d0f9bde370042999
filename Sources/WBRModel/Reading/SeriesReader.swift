/// A series as read: the points kept, and how many were left out.
struct Series<Point> {
  var points: [Point]
  var dropped: Int
}

/// What the series reader needs to know of a point type: weekly and monthly series follow the
/// same rules and differ only in how a point names its period.
protocol SeriesPoint {
  associatedtype Period: SeriesPeriod
  static var shape: SeriesShape { get }
  var period: Period { get }
  init(period: Period, value: Double?, days: Int?)
  /// Why a period cannot be in a deck ending on `weekEnding` (nil: it can).
  static func problem(_ period: Period, weekEnding: Day?) -> String?
}

extension SeriesPoint {
  static func problem(_ period: Period, weekEnding: Day?) -> String? { nil }
}

/// A day or a month, as a series point's key holds it.
protocol SeriesPeriod: Comparable, CustomStringConvertible {
  /// Reads the key's value, with an error when it is not one.
  static func read(_ reader: inout DocumentReader, _ node: JSONRef, _ path: @autoclosure () -> JSONPath)
    -> Self?
}

extension Day: SeriesPeriod {
  static func read(_ reader: inout DocumentReader, _ node: JSONRef, _ path: @autoclosure () -> JSONPath)
    -> Day?
  {
    reader.day(node, path())
  }
}

extension YearMonth: SeriesPeriod {
  static func read(_ reader: inout DocumentReader, _ node: JSONRef, _ path: @autoclosure () -> JSONPath)
    -> YearMonth?
  {
    reader.month(node, path())
  }
}

/// A point type's keys and words, made once rather than per point.
struct SeriesShape: Sendable {
  /// `[period key, "value", "days"]`; `days` marks a partial period (`wbr build` writes it;
  /// docs/FORMAT.md).
  let keys: [StaticString]
  /// For messages: the period's noun, what a point and its period key hold.
  let noun: String
  let pointWhat: String
  let periodWhat: String
  /// The `days` a partial period can have.
  let days: ClosedRange<Int>

  init(periodKey: StaticString, noun: String, periodWhat: String, days: ClosedRange<Int>) {
    keys = [periodKey, "value", "days"]
    self.noun = noun
    pointWhat = "a point { \"\(periodKey)\", \"value\" }"
    self.periodWhat = periodWhat
    self.days = days
  }
}

extension WeeklyPoint: SeriesPoint {
  static let shape = SeriesShape(
    periodKey: "week_ending", noun: "week", periodWhat: "a date \"YYYY-MM-DD\"", days: 1...6)
  var period: Day { weekEnding }
  init(period: Day, value: Double?, days: Int?) { self.init(weekEnding: period, value: value, days: days) }

  /// After the deck's `week_ending`, or not a whole number of weeks before it.
  static func problem(_ date: Day, weekEnding: Day?) -> String? {
    guard let weekEnding else { return nil }
    let offset = weekEnding.ordinal - date.ordinal
    if offset < 0 { return "week \(date) is after the deck's week_ending \(weekEnding)" }
    guard offset % 7 != 0 else { return nil }
    return "week \(date) is not a whole number of weeks before week_ending \(weekEnding) "
      + "(\(offset % 7) day\(offset % 7 == 1 ? "" : "s") off)"
  }
}

extension MonthlyPoint: SeriesPoint {
  static let shape = SeriesShape(
    periodKey: "month", noun: "month", periodWhat: "a month \"YYYY-MM\"", days: 1...30)
  var period: YearMonth { month }
  init(period: YearMonth, value: Double?, days: Int?) { self.init(month: period, value: value, days: days) }

  /// After the month the deck's `week_ending` falls in: that month may be under way, a later
  /// one cannot have happened (issue #14: such points became "the latest month").
  static func problem(_ month: YearMonth, weekEnding: Day?) -> String? {
    guard let weekEnding, month > YearMonth(year: weekEnding.year, month: weekEnding.month) else {
      return nil
    }
    return "month \(month) is after the deck's week_ending \(weekEnding)"
  }
}

extension DocumentReader {
  /// `[{ "week_ending": "YYYY-MM-DD", "value": number or null, "days"?: 1–6 }, …]`, or the same
  /// with `"month": "YYYY-MM"` (`days` 1–30).
  ///
  /// Type errors refuse the file. Points that break the series rules — repeating a period or out
  /// of ascending order, for weeks after the deck's `week_ending` or not a whole number of
  /// weeks before it, for months after the month it falls in — are warnings and are left out (counted in `dropped`), so that one bad
  /// row does not stop the meeting.
  /// - Complexity: O(n).
  mutating func series<Point: SeriesPoint>(
    _ node: JSONRef, _ path: @autoclosure () -> JSONPath, of _: Point.Type, weekEnding: Day? = nil
  ) -> Series<Point>? {
    guard isArray(node, path()) else { return nil }
    let count = tape.count(node)
    var points: [Point] = []
    points.reserveCapacity(count)
    let shape = Point.shape
    let known = shape.keys
    let periodKey = known[0]
    let periodKeyLength = periodKey.utf8CodeUnitCount
    var lastNode: JSONRef?
    var dropped = 0
    var typeErrors = false
    // The array walked in place: no array of its elements' references.
    var item = JSONRef(node.index + 1)
    for k in 0..<count {
      defer { item = tape.after(item) }
      let found: PointMembers
      if tape.isFlatPoint(item, keyLength: periodKeyLength) {
        // `{ "<period>": "…", "value": number or null }` exactly: the members are in place.
        found = PointMembers(date: JSONRef(item.index + 2), value: JSONRef(item.index + 4))
      } else {
        guard let m = object(item, path().index(k), what: shape.pointWhat) else {
          typeErrors = true
          continue
        }
        found = pointMembers(m, known)
        if !found.clean { checkKeys(m, known: known, path().index(k)) }
      }
      let m = item
      let periodNode = found.date ?? missing(periodKey, in: m, path().index(k), what: shape.periodWhat)
      let period = periodNode.flatMap {
        Point.Period.read(&self, $0, path().index(k).key(periodKey.description))
      }
      let value = (found.value ?? missing("value", in: m, path().index(k), what: "a number or null")).flatMap
      {
        numberOrNull($0, path().index(k).key("value"))
      }
      let days = found.days.map { integer($0, in: shape.days, path().index(k).key("days")) }
      guard let periodNode, let period, let value, days != .some(nil) else {
        typeErrors = true
        continue
      }
      var problem = Point.problem(period, weekEnding: weekEnding)
      if problem == nil, let last = points.last?.period, let lastNode, last >= period {
        problem =
          last == period
          ? "\(shape.noun) \(period) repeats (first at line \(tape.line(lastNode)))"
          : "\(shape.noun) \(period) comes after \(last): the series must be ascending"
      }
      if let problem {
        self.problem(
          .deckPointLeftOut, problem + "; point left out", at: periodNode,
          path: path().index(k).key(periodKey.description))
        dropped += 1
        continue
      }
      points.append(Point(period: period, value: value, days: days ?? nil))
      lastNode = periodNode
    }
    return typeErrors ? nil : Series(points: points, dropped: dropped)
  }
}

/// A point's members found in one pass, by the place of their key in the point's known keys
/// (date or month, value, days). `clean`: every key known and none twice, so there is
/// nothing for `checkKeys` to report.
struct PointMembers {
  var date: JSONRef?
  var value: JSONRef?
  var days: JSONRef?
  var clean = true
}

extension DocumentReader {
  /// One pass over a point's members; each slot holds the first member with its key, as a
  /// lookup by name would. `known` is `[period key, "value", "days"]`; the keys are compared as
  /// literals (a length, then bytes), which is most of what reading a point costs.
  func pointMembers(_ object: JSONRef, _ known: [StaticString]) -> PointMembers {
    var found = PointMembers()
    let dateKey = known[0]
    var c = tape.members(object)
    while let m = tape.next(&c) {
      if tape.string(m.key, is: dateKey), found.date == nil {
        found.date = m.value
      } else if tape.string(m.key, is: "value"), found.value == nil {
        found.value = m.value
      } else if tape.string(m.key, is: "days"), found.days == nil {
        found.days = m.value
      } else {
        found.clean = false
      }
    }
    return found
  }
}
