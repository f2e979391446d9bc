#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A streaming conversion from a named encoding to UTF-8 through libc's `iconv`.
// SAFETY: the iconv handle never leaves the class; every use is inside its methods.
@safe package final class IconvDecoder {
  // SAFETY: the handle is owned by this object, used only through its methods, closed in deinit.
  private let handle: iconv_t

  /// `nil` when libc's iconv does not know `encoding`.
  package init?(from encoding: String) {
    let h = unsafe iconv_open("UTF-8", encoding)
    // SAFETY: iconv_open returns (iconv_t)-1 on failure; comparing its bit pattern reads nothing.
    if Int(bitPattern: unsafe h) == -1 { return nil }
    unsafe handle = h!
  }

  deinit { unsafe _ = iconv_close(handle) }

  package enum Outcome { case ok, invalidSequence(offset: Int) }

  /// Converts as much of `input[start...]` as forms complete characters, appending UTF-8 to
  /// `output`. Returns the index after the last byte consumed and whether an invalid sequence stopped it.
  package func convert(_ input: [UInt8], from start: Int, into output: inout [UInt8]) -> (consumed: Int, outcome: Outcome) {
    var inPos = start
    var chunk = [UInt8](repeating: 0, count: 65536)
    while inPos < input.count {
      var inLeft = input.count - inPos
      var outLeft = chunk.count
      var err: Int32 = 0
      // SAFETY: both pointers point into arrays that stay alive and unmodified for the call;
      // iconv advances them by at most inLeft and outLeft bytes, which are the remaining sizes.
      let produced = unsafe input.withUnsafeBytes { inBuf -> Int in
        unsafe chunk.withUnsafeMutableBytes { outBuf -> Int in
          var inPtr: UnsafeMutablePointer<CChar>? = unsafe UnsafeMutablePointer(mutating: inBuf.baseAddress!.assumingMemoryBound(to: CChar.self) + inPos)
          var outPtr: UnsafeMutablePointer<CChar>? = unsafe outBuf.baseAddress!.assumingMemoryBound(to: CChar.self)
          let r = unsafe iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
          if r == -1 { err = errno }
          return outBuf.count - outLeft
        }
      }
      output.append(contentsOf: chunk[0..<produced])
      inPos = input.count - inLeft
      if err == EILSEQ { return (inPos, .invalidSequence(offset: inPos)) }
      if err == EINVAL { return (inPos, .ok) }     // incomplete sequence at the end: wait for more
      if err == E2BIG { continue }
      if err != 0 { return (inPos, .invalidSequence(offset: inPos)) }
    }
    return (inPos, .ok)
  }
}
