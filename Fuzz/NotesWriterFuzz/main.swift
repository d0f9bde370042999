/// libFuzzer entry point: any text in every field the notes take, through
/// `FuzzWriters.notes` (Tests/); any problem aborts, so that libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzOracle.require(FuzzWriters.notes(FuzzOracle.bytes(data, size)))
  return 0
}
