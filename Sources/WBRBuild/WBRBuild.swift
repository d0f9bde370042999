import WBRModel

/// Builds a version-1 deck from daily data and a WBR App config (`wbr build`).
public enum DeckBuilder {}
