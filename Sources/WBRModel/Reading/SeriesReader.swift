/// A series as read: the points kept, and how many were left out.
struct Series<Point> {
  var points: [Point]
  var dropped: Int
}

extension DocumentReader {
  /// The keys of a point, made once rather than per point. `days` marks a partial period
  /// (`wbr build` writes it; docs/FORMAT.md).
  static let weeklyPointKeys: [StaticString] = ["week_ending", "value", "days"]
  static let monthlyPointKeys: [StaticString] = ["month", "value", "days"]

  /// `[{ "week_ending": "YYYY-MM-DD", "value": number or null, "days"?: 1–6 }, …]`.
  ///
  /// Type errors refuse the file. Points that break the series rules — after the deck's
  /// `week_ending`, not a whole number of weeks before it, repeating a week, or out of
  /// ascending order — are warnings and are left out (counted in `dropped`), so that one bad
  /// row does not stop the meeting.
  /// - Complexity: O(n).
  mutating func weeklySeries(
    _ node: JSONRef, _ path: @autoclosure () -> JSONPath, weekEnding: Day?
  ) -> Series<WeeklyPoint>? {
    guard isArray(node, path()) else { return nil }
    var points: [WeeklyPoint] = []
    points.reserveCapacity(tape.count(node))
    let known = Self.weeklyPointKeys
    var lastNode: JSONRef?
    var dropped = 0
    var typeErrors = false
    var item = JSONRef(node.index + 1)
    for k in 0..<tape.count(node) {
      defer { item = tape.after(item) }
      let found: PointMembers
      if tape.isFlatPoint(item, keyLength: 11) {
        found = PointMembers(date: JSONRef(item.index + 2), value: JSONRef(item.index + 4))
      } else {
        guard let m = object(item, path().index(k), what: "a point { \"week_ending\", \"value\" }") else {
          typeErrors = true
          continue
        }
        found = pointMembers(m, known)
        if !found.clean { checkKeys(m, known: known, path().index(k)) }
      }
      let m = item
      let dateNode =
        found.date ?? missing("week_ending", in: m, path().index(k), what: "a date \"YYYY-MM-DD\"")
      let date = dateNode.flatMap { day($0, path().index(k).key("week_ending")) }
      let value = (found.value ?? missing("value", in: m, path().index(k), what: "a number or null")).flatMap
      {
        numberOrNull($0, path().index(k).key("value"))
      }
      let days = found.days.map { integer($0, in: 1...6, path().index(k).key("days")) }
      guard let dateNode, let date, let value, days != .some(nil) else {
        typeErrors = true
        continue
      }
      let offset = weekEnding.map { $0.ordinal - date.ordinal } ?? 0
      var problem: String?
      if let weekEnding, offset < 0 {
        problem = "week \(date) is after the deck's week_ending \(weekEnding)"
      } else if let weekEnding, offset % 7 != 0 {
        problem =
          "week \(date) is not a whole number of weeks before week_ending \(weekEnding) "
          + "(\(offset % 7) day\(offset % 7 == 1 ? "" : "s") off)"
      } else if let last = points.last, let lastNode, last.weekEnding >= date {
        problem =
          last.weekEnding == date
          ? "week \(date) repeats (first at line \(tape.line(lastNode)))"
          : "week \(date) comes after \(last.weekEnding): the series must be ascending"
      }
      if let problem {
        self.problem(
          .deckPointLeftOut, problem + "; point left out", at: dateNode,
          path: path().index(k).key("week_ending"))
        dropped += 1
        continue
      }
      points.append(WeeklyPoint(weekEnding: date, value: value, days: days ?? nil))
      lastNode = dateNode
    }
    return typeErrors ? nil : Series(points: points, dropped: dropped)
  }

  /// `[{ "month": "YYYY-MM", "value": number or null, "days"?: 1–30 }, …]`, ascending;
  /// repeated or out of order months are left out with a warning, as for weeks.
  mutating func monthlySeries(_ node: JSONRef, _ path: @autoclosure () -> JSONPath) -> Series<MonthlyPoint>? {
    guard isArray(node, path()) else { return nil }
    var points: [MonthlyPoint] = []
    points.reserveCapacity(tape.count(node))
    let known = Self.monthlyPointKeys
    var lastNode: JSONRef?
    var dropped = 0
    var typeErrors = false
    var item = JSONRef(node.index + 1)
    for k in 0..<tape.count(node) {
      defer { item = tape.after(item) }
      let found: PointMembers
      if tape.isFlatPoint(item, keyLength: 5) {
        found = PointMembers(date: JSONRef(item.index + 2), value: JSONRef(item.index + 4))
      } else {
        guard let m = object(item, path().index(k), what: "a point { \"month\", \"value\" }") else {
          typeErrors = true
          continue
        }
        found = pointMembers(m, known)
        if !found.clean { checkKeys(m, known: known, path().index(k)) }
      }
      let m = item
      let monthNode = found.date ?? missing("month", in: m, path().index(k), what: "a month \"YYYY-MM\"")
      let month = monthNode.flatMap { self.month($0, path().index(k).key("month")) }
      let value = (found.value ?? missing("value", in: m, path().index(k), what: "a number or null")).flatMap
      {
        numberOrNull($0, path().index(k).key("value"))
      }
      let days = found.days.map { integer($0, in: 1...30, path().index(k).key("days")) }
      guard let monthNode, let month, let value, days != .some(nil) else {
        typeErrors = true
        continue
      }
      if let last = points.last, let lastNode, last.month >= month {
        let problem =
          last.month == month
          ? "month \(month) repeats (first at line \(tape.line(lastNode)))"
          : "month \(month) comes after \(last.month): the series must be ascending"
        self.problem(
          .deckPointLeftOut, problem + "; point left out", at: monthNode, path: path().index(k).key("month"))
        dropped += 1
        continue
      }
      points.append(MonthlyPoint(month: month, value: value, days: days ?? nil))
      lastNode = monthNode
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
  /// lookup by name would. `known` is `[dateKey, "value", "days"]`; the keys are compared as
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
