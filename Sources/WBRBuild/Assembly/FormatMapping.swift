/// Maps the WBR App's `y_scaling` to the deck's `format`.
///
/// Both use the same vocabulary: `##`, an optional `.d` (0–3 decimals) and an optional unit
/// `KK` (÷1e3), `MM` (÷1e6), `BB` (÷1e9), `%` (×100) or `bps` (×1e4). Anything else (the
/// WBR App renders some odd strings such as `##KK.2%` somehow) is dropped with a warning, and
/// the meeting falls back to its automatic format.
enum FormatMapping {
  static func format(_ yScaling: String?) -> String?? {
    guard let y = yScaling?.trimmingSpaces, !y.isEmpty else { return .some(nil) }
    guard y.hasPrefix("##") else { return nil }
    var rest = y.dropFirst(2)
    if rest.first == "." {
      rest = rest.dropFirst()
      guard let d = rest.first, ("0"..."3").contains(d) else { return nil }
      rest = rest.dropFirst()
    }
    guard ["", "KK", "MM", "BB", "%", "bps"].contains(String(rest)) else { return nil }
    return .some(String(y))
  }
}

/// Deck ids for config metric names.
public enum MetricIDs {
  /// `Defects/Million` → `Defects_Million`: characters outside `A–Z a–z 0–9 _ . -` become `_`.
  public static func id(for name: String) -> String {
    var out = ""
    for ch in name.unicodeScalars {
      let ok =
        ch.isASCII
        && (ch.properties.isAlphabetic || ("0"..."9").contains(ch) || "_.-".unicodeScalars.contains(ch))
      out.unicodeScalars.append(ok ? ch : "_")
    }
    return out.isEmpty ? "metric" : out
  }
}
