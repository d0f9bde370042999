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
  /// The drill-down's body laid out for the metric and size on screen (nil elsewhere), kept up
  /// to date by `AppUpdate.update`; frames use it only when it is what they would lay out.
  var drillDownPage: DrillDownPage?
  /// The meeting record as saved in the journal, and whether it can be changed.
  public var record: RecordState

  public init(content: MeetingContent, size: Size, glyphs: Glyphs = .unicode) {
    self.content = content
    self.size = size
    self.glyphs = glyphs
    deckList = DeckListState(rows: content.order, groupOfMetric: content.analysis.groupOfMetric)
    deckList.filtered = DeckListState.Filtered(filter: "", owner: nil)
    record = RecordState(week: content.deck.weekEnding)
  }

  /// The bindings that apply now: the overlay's, else text entry's while filtering, else
  /// the screen's.
  var bindingContext: BindingContext {
    switch overlay {
    case .help: return .help
    case .ownerPicker: return .ownerPicker
    case .textEntry: return .textEntry
    case .record(let dialog): return dialog.bindingContext
    case nil: break
    }
    if filterInput != nil { return .textEntry }
    switch screen {
    case .deck: return .deck
    case .drillDown: return .drillDown
    case .commitments: return .commitments
    }
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
