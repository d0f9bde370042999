/// The meeting screen's frame: a header row, the body, a footer row.
///
/// Update and views share it, so paging moves by exactly what is on screen.
enum MeetingLayout {
  /// Below this the screen shows only "terminal too small". 40×10 keeps a header, a footer,
  /// eight metric rows and a name column worth reading.
  static let minimumSize = Size(width: 40, height: 10)

  /// Rows above and below the body.
  static let headerRows = 1
  static let footerRows = 1

  /// Header, body and footer for a screen of `size`.
  static func frame(for size: Size) -> (header: Rect, body: Rect, footer: Rect) {
    let parts = Rect(size).rows([.fixed(headerRows), .fill(1), .fixed(footerRows)])
    return (parts[0], parts[1], parts[2])
  }

  /// The deck list's visible rows at `size` (its body minus the column-heading row).
  static func listRows(for size: Size) -> Int {
    max(1, frame(for: size).body.height - 1)
  }
}
