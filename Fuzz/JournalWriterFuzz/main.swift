/// libFuzzer entry point: any typed text in every event type, through `FuzzWriters.journal`
/// (Tests/); any problem aborts, so that libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzOracle.require(FuzzWriters.journal(FuzzOracle.bytes(data, size)))
  return 0
}
