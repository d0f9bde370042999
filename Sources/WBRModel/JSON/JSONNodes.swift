/// The nodes of a tape in one block of memory that the parser appends to without the checks
/// an `Array` makes on every append (whether its buffer is shared, whether it must grow):
/// those cost as much as reading a point. A class, so that the tape a `JSONElementSink` is
/// handed shares the parser's nodes instead of copying them; only the parser writes, and a
/// tape it hands out is valid only until the parser goes on (`JSONElementSink.element`).
final class JSONNodes {
  typealias Node = JSONTape.Node
  private var base: UnsafeMutablePointer<Node>
  private(set) var count = 0
  private var capacity: Int

  /// Room for `capacity` nodes; pages that are never written are never touched.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = UnsafeMutablePointer<Node>.allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }  // nodes are plain values: nothing to deinitialize

  subscript(index: Int) -> Node {
    @inline(__always) get {
      precondition(index >= 0 && index < count, "a JSONRef from another tape")
      return base[index]
    }
    @inline(__always) set {
      precondition(index >= 0 && index < count, "a JSONRef from another tape")
      base[index] = newValue
    }
  }

  @inline(__always) func append(_ node: Node) {
    if count == capacity { grow(to: count + 1) }
    (base + count).initialize(to: node)
    count += 1
  }

  /// Room for `n` more nodes, written by the caller at the pointer it gets, then counted.
  @inline(__always) func append(_ n: Int, _ write: (UnsafeMutablePointer<Node>) -> Void) {
    if count + n > capacity { grow(to: count + n) }
    write(base + count)
    count += n
  }

  /// Drops the nodes from `index` on, keeping the memory for the next ones.
  func removeAll(from index: Int) {
    precondition(index >= 0 && index <= count)
    count = index
  }

  private func grow(to needed: Int) {
    let bigger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<Node>.allocate(capacity: bigger)
    moved.moveInitialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = bigger
  }
}
