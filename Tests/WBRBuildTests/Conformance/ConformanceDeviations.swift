/// Where our decks deliberately differ from the WBR App's golden vectors, and why
/// (docs/BUILD.md, "Deviations from the WBR App", explains each at length).
///
/// A pattern is `scenario/tcN/field[index]`; `*` stands for any test case, and a pattern
/// without `[index]` covers every index of the field. Every mismatch must match a pattern and
/// every pattern must match at least one mismatch.
enum ConformanceDeviations {
  static let weekNumbers =
    "week numbers come from dates (ISO 8601, or fiscal weeks for a non-December year end), "
    + "not from setup.week_number counted back modulo 52"

  static let all: [(pattern: String, reason: String)] = [
    // W = 2021-01-09: ISO year 2020 has 53 weeks; the WBR App's modulo 52 skips week 53.
    ("scenario_2/*/x_axis", weekNumbers),
    // Fiscal year ending in May: fiscal week 17, not the config's calendar-ish 38.
    ("scenario_3/*/x_axis", weekNumbers),
    // 2022-04-30 is ISO week 17; the config says 16.
    ("scenario_4/*/x_axis", weekNumbers),
    // Fiscal year ending in February: 2022-04-30 is fiscal week 9; the config says 16.
    ("scenario_5/*/x_axis", weekNumbers),
    // 2023-03-25 is ISO week 12; the config says 13.
    ("scenario_6/*/x_axis", weekNumbers),
    ("scenario_7/*/x_axis", weekNumbers),
    // Fiscal-year view in March 2023 (W = 2023-03-25): the WBR App shows March, summed to its
    // end with rows dated after week_ending, and April, made only of rows after week_ending.
    // Rows after week_ending never count; a month is shown once it is complete.
    ("scenario_7/tc2/cy_monthly[2]", "rows after week_ending never count (March is not complete at W)"),
    ("scenario_7/tc2/cy_monthly[3]", "rows after week_ending never count (April is entirely after W)"),
    ("scenario_7/tc4/cy_monthly[2]", "rows after week_ending never count (March is not complete at W)"),
    ("scenario_7/tc4/cy_monthly[3]", "rows after week_ending never count (April is entirely after W)"),
    // Target metrics with no prior-year data: the WBR App fills the missing YoY with 0 %.
    ("scenario_6/tc4/box_totals[2]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc4/box_totals[4]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc4/box_totals[6]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc4/box_totals[8]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc5/box_totals[2]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc5/box_totals[4]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc5/box_totals[6]", "a missing prior year is n/a, never 0 %"),
    ("scenario_6/tc5/box_totals[8]", "a missing prior year is n/a, never 0 %"),
  ]

  /// Whether mismatch `key` (`scenario/tcN/field[i]`) is covered by `pattern`.
  static func covers(_ pattern: String, _ key: String) -> Bool {
    let p = pattern.split(separator: "/", omittingEmptySubsequences: false)
    let k = key.split(separator: "/", omittingEmptySubsequences: false)
    guard p.count == 3, k.count == 3, p[0] == k[0], p[1] == "*" || p[1] == k[1] else { return false }
    if p[2].contains("[") { return p[2] == k[2] }
    return k[2] == p[2] || k[2].hasPrefix(p[2] + "[")
  }
}
