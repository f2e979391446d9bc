#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A conversion from UTF-8 to a named encoding through libc's `iconv`, for serialized output.
/// Characters the target cannot represent become decimal character references (`&#8364;`),
/// as libxml2's output encoder writes them.
// SAFETY: the iconv handle never leaves the class; every use is inside its methods.
@safe package final class IconvEncoder {
  // SAFETY: the handle is owned by this object, used only through its methods, closed in deinit.
  private let handle: iconv_t

  /// `nil` when libc's iconv does not know `encoding`.
  package init?(to encoding: String) {
    let h = unsafe iconv_open(encoding, "UTF-8")
    // SAFETY: iconv_open returns (iconv_t)-1 on failure; comparing its bit pattern reads nothing.
    if Int(bitPattern: unsafe h) == -1 { return nil }
    unsafe handle = h!
  }

  deinit { unsafe _ = iconv_close(handle) }

  /// `input` (UTF-8) converted; unrepresentable characters as `&#N;`.
  package func encode(_ input: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var pos = 0
    while pos < input.count {
      let (next, failed) = convert(input, from: pos, into: &output)
      pos = next
      guard failed, pos < input.count else { continue }
      // Skip the offending UTF-8 sequence and write a character reference in its place.
      let b0 = UInt32(input[pos])
      let length = b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
      var scalar = length == 1 ? b0 : b0 & (0xFF >> UInt32(length + 1))
      var k = 1
      while k < length && pos + k < input.count { scalar = scalar << 6 | (UInt32(input[pos + k]) & 0x3F); k += 1 }
      pos += k
      _ = convert(Array("&#\(scalar);".utf8), from: 0, into: &output)
    }
    return output
  }

  /// Converts `input[start...]` until the end or an unconvertible character; returns where it
  /// stopped and whether a character could not be converted.
  private func convert(_ input: [UInt8], from start: Int, into output: inout [UInt8]) -> (Int, Bool) {
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
          var inPtr: UnsafeMutablePointer<CChar>? = unsafe UnsafeMutablePointer(
            mutating: inBuf.baseAddress!.assumingMemoryBound(to: CChar.self) + inPos)
          var outPtr: UnsafeMutablePointer<CChar>? = unsafe outBuf.baseAddress!.assumingMemoryBound(to: CChar.self)
          let r = unsafe iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
          if r == -1 { err = errno }
          return outBuf.count - outLeft
        }
      }
      output.append(contentsOf: chunk[0..<produced])
      inPos = input.count - inLeft
      if err == E2BIG { continue }
      if err != 0 { return (inPos, true) }
    }
    return (inPos, false)
  }
}
