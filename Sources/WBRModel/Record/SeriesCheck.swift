/// Whether a deck belongs to the series of a record, and what to write when it does.
public enum SeriesCheck: Sendable, Equatable {
  /// The record is of this deck's series.
  case same
  /// The record has no series yet (new, or written before series existed) and may take this
  /// deck's: `series.start` goes out with the first change.
  case adopt
  /// The record's series goes by another title; the deck belongs only if it was renamed
  /// (`--series-renamed` writes `series.rename`).
  case otherTitle(SeriesIdentity)
  /// A record from before series existed, none of whose metrics is in this deck.
  case unrelated(metrics: Int)

  /// Checks `deck` against `record`. A deck's metric counts as known when its id or one of
  /// its `renamed_from` ids is in the record.
  public static func check(record: MeetingRecord, deck: Deck) -> SeriesCheck {
    if let series = record.series {
      return series.title == deck.title ? .same : .otherTitle(series)
    }
    let named = record.metricIDs
    guard !named.isEmpty else { return .adopt }
    let known = deck.metrics.contains { m in
      named.contains(m.id) || m.renamedFrom.contains(where: named.contains)
    }
    return known ? .adopt : .unrelated(metrics: named.count)
  }

  /// Whether the deck may be met on this record (`renamed`: the lead said the deck was
  /// renamed, or the record is intended).
  public func allows(renamed: Bool) -> Bool {
    switch self {
    case .same, .adopt: return true
    case .otherTitle, .unrelated: return renamed
    }
  }

  /// Why a deck is refused, naming both.
  public func refusal(recordPath: String, deckPath: String, deckTitle: String) -> String? {
    switch self {
    case .same, .adopt: return nil
    case .otherTitle(let series):
      return "\(deckPath) is a deck of \"\(deckTitle)\", but \(recordPath) is the record of the series"
        + " \"\(series.title)\" (id \(series.id)); pass --series-renamed if the deck was renamed,"
        + " or --journal for another record"
    case .unrelated(let n):
      return "\(recordPath) names \(n) metric\(n == 1 ? "" : "s"), none of them in \(deckPath)"
        + " (\"\(deckTitle)\"): it looks like the record of another series; pass --series-renamed"
        + " if it is intended, or --journal for another record"
    }
  }
}

/// The first lines of a session that writes to the record (`RecordKeeper`'s opening).
public enum SessionOpening {
  /// The series lines this session writes (none, `series.start` or `series.rename`), then its
  /// header.
  /// - Parameters:
  ///   - newSeriesID: the id for a series started here.
  public static func changes(
    check: SeriesCheck, deckTitle: String, newSeriesID: String, header: SessionHeader
  ) -> [RecordChange] {
    switch check {
    case .same: return [.sessionOpened(header)]
    case .adopt, .unrelated:
      return [.seriesStarted(SeriesIdentity(id: newSeriesID, title: deckTitle)), .sessionOpened(header)]
    case .otherTitle: return [.seriesRenamed(title: deckTitle), .sessionOpened(header)]
    }
  }
}
