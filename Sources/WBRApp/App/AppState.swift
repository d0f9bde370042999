import WBRModel

/// Everything the meeting screen knows, as one value.
///
/// Only `AppUpdate.update` makes a new state; views only read it. Being a value, any state can
/// be built in a test, rendered at a fixed size and compared with a golden screen.
public struct AppState: Sendable, Equatable {
  var content: MeetingContent
  /// The terminal size, kept up to date by `.resize`; update uses it for page sizes.
  public internal(set) var size: Size
  var glyphs: Glyphs
  var screen: Screen = .deck
  /// The panel over the screen, if any; it takes the keys.
  var overlay: Overlay?
  public internal(set) var deckList: DeckListState
  /// The filter being typed on the deck screen (after `/`), nil when not typing.
  var filterInput: LineEditor?
  /// A one-line note for the footer ("Saved", an error); cleared by the next key.
  public var message: StatusMessage?
  /// First body line shown on the drill-down; back to 0 for each metric opened.
  public internal(set) var drillDownScroll = 0
  /// The meeting record as saved in the journal, and whether it can be changed.
  public var meeting: MeetingRecordState

  public init(content: MeetingContent, size: Size, glyphs: Glyphs = .unicode) {
    self.content = content
    self.size = size
    self.glyphs = glyphs
    deckList = DeckListState(rows: content.order, groupOfMetric: content.analysis.groupOfMetric)
    deckList.filtered = DeckListState.Filtered(filter: "", owner: nil)
    meeting = MeetingRecordState(week: content.deck.weekEnding)
  }
}

/// A transient line in the footer.
public struct StatusMessage: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case info, error }
  var kind: Kind
  var text: String

  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
