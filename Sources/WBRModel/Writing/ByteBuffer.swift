/// A growing buffer of bytes that writers append to, one byte or one run at a time.
///
/// Why not `[UInt8]`: every `Array.append` checks that the storage is not shared and calls
/// into a generic specialisation; for output written a byte or a few at a time (JSON
/// punctuation, digits, indentation) that was most of a writer's time. This buffer owns its
/// memory, so an append is a capacity check and a store. Non-copyable, so two values can
/// never share (and free) the same memory.
public struct ByteBuffer: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written so far.
  public private(set) var count = 0

  public init(capacity: Int = 0) {
    self.capacity = max(capacity, 256)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A copy of the bytes written.
  public var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written, decoded as UTF-8.
  public var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  public subscript(_ i: Int) -> UInt8 { base[i] }

  /// The bytes from `start` to the end, for the duration of `body`.
  public func withBytes<R, E: Error>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R)
    throws(E)
    -> R
  {
    try body(UnsafeBufferPointer(start: base + start, count: count - start))
  }

  @inline(__always)
  public mutating func append(_ byte: UInt8) {
    if count == capacity { grow(1) }
    base[count] = byte
    count += 1
  }

  public mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
    guard let source = run.baseAddress, !run.isEmpty else { return }
    let n = run.count
    if capacity - count < n { grow(n) }
    (base + count).initialize(from: source, count: n)
    count += n
  }

  public mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { append($0) }
  }

  public mutating func append(_ byte: UInt8, times n: Int) {
    guard n > 0 else { return }
    if capacity - count < n { grow(n) }
    (base + count).initialize(repeating: byte, count: n)
    count += n
  }

  /// Room for `n` more bytes, written by `body` from the pointer it is given; `body` returns
  /// how many it wrote (at most `n`).
  @inline(__always)
  public mutating func write(upTo n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    if capacity - count < n { grow(n) }
    count += body(base + count)
  }

  /// Forgets the bytes from `count` on.
  public mutating func truncate(to count: Int) {
    self.count = min(self.count, max(0, count))
  }

  private mutating func grow(_ needed: Int) {
    let newCapacity = max(capacity * 2, count + needed)
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    bigger.initialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = newCapacity
  }
}
