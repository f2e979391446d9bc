import CFuzzLibXML2
import FuzzSupport

/// Lignum's libxml2-compatible C library driven through its C API by a C harness
/// (Sources/CFuzzLibXML2): read with option bits from the input, walk the structs, XPath,
/// save, copy, edit, free. AddressSanitizer reports any memory error or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLibXML2(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data else { return 0 }
  return lignum_fuzz_libxml2(data, size)
}

runFuzzer(fuzzLibXML2)
