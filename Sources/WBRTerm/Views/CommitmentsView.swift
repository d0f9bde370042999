/// The commitments screen: last week's open commitments and this meeting's new ones.
/// A placeholder until the meeting record is wired to the screen.
enum CommitmentsView {
  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard area.height > 0 else { return }
    buffer.put("Commitments", at: area.x + 1, y: area.y, style: .heading, maxWidth: area.width - 1)
    buffer.put(
      "No commitments yet.", at: area.x + 1, y: area.y + 2, style: .muted, maxWidth: area.width - 1)
  }
}
