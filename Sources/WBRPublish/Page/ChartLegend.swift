/// The legend under a chart, each key drawn as a small mark of its own shape, so it reads in
/// black and white.
enum ChartLegend {
  static func write(hasTarget: Bool, hasLimits: Bool, signal: Bool, _ html: inout HTMLWriter) {
    html.element(.figcaption) { html in
      key("\u{25CF}\u{2500} this year", "color:#1f4e9c", &html)
      key("\u{25CB}\u{254C} prior year", "color:#6b6f75", &html)
      if hasTarget { key("\u{25AC} target", "color:#d9730d", &html) }
      if hasLimits {
        key("\u{254C}\u{254C} natural process limits (UNPL, LNPL)", "", &html)
        key("\u{2500}\u{2500} centre line (CL)", "", &html)
      }
      if signal { key("\u{25EF} this week: it signals", "", &html) }
    }
  }

  private static func key(_ text: String, _ style: StaticString, _ html: inout HTMLWriter) {
    html.element(
      .span, style.utf8CodeUnitCount > 0 ? [.class("key"), .style(style)] : [.class("key")], text: text)
    html.text(" ")
  }
}
