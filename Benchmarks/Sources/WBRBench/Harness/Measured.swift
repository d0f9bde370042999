/// A row as measured, with the peak memory of the process that produced it.
struct Measured {
  var row: Row
  var peakKiB: Int
  /// The floor this row is compared with: "deck" (the N-metric deck) or "build" (the deck
  /// `wbr build` writes); the floor rows carry their own label here.
  var floorKey: String
  var isFloor: Bool
}
