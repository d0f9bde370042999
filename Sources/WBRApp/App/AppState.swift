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
  /// The key table in effect: the standard one with the settings file's bindings.
  public internal(set) var bindings: KeyBindings = .standard
  /// How long the meeting may take, in minutes (`[meeting] budget_minutes`).
  public internal(set) var budgetMinutes = Settings.defaultBudgetMinutes
  /// `y` copies (off with the settings' `[display] copy = false`).
  public internal(set) var copyEnabled = true
  /// Live reload: the files' versions on screen and on disk, `--watch`, the last failure.
  public var reload = ReloadState()
  /// The meeting clock (`t`): shown or not, the meeting's opening and the last tick.
  public internal(set) var clock = MeetingClock()

  public init(content: MeetingContent, size: Size, glyphs: Glyphs = .unicode) {
    self.content = content
    self.size = size
    self.glyphs = glyphs
    deckList = DeckListState(rows: content.order, groupOfMetric: content.analysis.groupOfMetric)
    deckList.filtered = DeckListState.Filtered(filter: "", owner: nil)
    meeting = MeetingRecordState(week: content.deck.weekEnding)
  }
}

extension AppState {
  /// This state with what the settings file set for the meeting: its keys and budget.
  public func applying(_ settings: Settings) -> AppState {
    var state = self
    state.bindings = settings.bindings
    state.budgetMinutes = settings.budget
    state.copyEnabled = settings.copy ?? true
    return state
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
