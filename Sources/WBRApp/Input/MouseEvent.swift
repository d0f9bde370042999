/// A mouse event the terminal reported (issue #17), in screen cells from the top left.
///
/// The backend translates its own events (ncurses' `getmouse`) into these; `update` maps them
/// to rows with the same layout facts the views draw with (`MouseUpdate`).
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case click, doubleClick, wheelUp, wheelDown
  }
  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
