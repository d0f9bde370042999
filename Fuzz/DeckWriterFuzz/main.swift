/// libFuzzer entry point: any text in every deck field, through the reports and the deck
/// writer (`FuzzWriters.deck`, Tests/); any problem aborts, so that libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzOracle.require(FuzzWriters.deck(FuzzOracle.bytes(data, size)))
  return 0
}
