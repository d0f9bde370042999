/// One line of the key table: keys, what they do, where, and how help and the footer say it.
struct KeyBinding: Sendable, Equatable {
  var keys: [Key]
  var action: Action
  /// The help screen's description; also the reason the binding exists.
  var help: String
  var contexts: Set<BindingContext>
  /// Shown in the footer with this short label (nil: help screen only).
  var footer: String?
  /// Extra keys named next to this one's in the footer (e.g. ↓ next to ↑ for "move").
  var footerKeys: [Key]
  /// The contexts whose footer shows it (nil: all of `contexts`): the footer teaches what
  /// the lead needs now in each place, at 80 columns too, and help lists the rest.
  var footerContexts: Set<BindingContext>?
  /// More contexts whose footer shows it in an owner's prep session, where the keys a prep
  /// session refuses (`PrepUpdate.refusal`) leave room.
  var prepFooterContexts: Set<BindingContext>

  init(
    _ keys: [Key], _ action: Action, _ help: String, in contexts: Set<BindingContext>,
    footer: String? = nil, footerKeys: [Key]? = nil, footerIn footerContexts: Set<BindingContext>? = nil,
    prepFooterIn prepFooterContexts: Set<BindingContext> = []
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.contexts = contexts
    self.footer = footer
    self.footerKeys = footerKeys ?? Array(keys.prefix(1))
    self.footerContexts = footerContexts
    self.prepFooterContexts = prepFooterContexts
  }

  /// Whether an owner's prep session refuses what this binding does (`PrepUpdate.refusal`):
  /// its footer, help and command palette leave it out, so a prep session offers only what
  /// it accepts, by this one rule.
  var isRefusedInPrep: Bool {
    if case .record(let action) = action { return PrepUpdate.refusal(of: action) != nil }
    return false
  }

  /// The keys as help lists them: "↑ k", "Enter →".
  func keysLabel(ascii: Bool) -> String {
    keys.map { $0.label(ascii: ascii) }.joined(separator: " ")
  }

  /// The keys as the footer shows them: "↑↓" for arrows, "PgUp/PgDn" for words.
  func footerKeysLabel(ascii: Bool) -> String {
    let labels = footerKeys.map { $0.label(ascii: ascii) }
    let compact = labels.allSatisfy { $0.count == 1 } && !ascii
    return labels.joined(separator: compact ? "" : "/")
  }
}
