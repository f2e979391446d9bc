#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bulk byte scanning for the tokenizer's hot loops: eight bytes at a time where a word test
/// exists, one unchecked table lookup per byte elsewhere. Spans go in, indices come out;
/// no pointer escapes a function.
package enum ByteScan {
  @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
  @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of `word` equals the byte replicated in `pattern`.
  @inlinable @inline(__always)
  static func hasByte(_ word: UInt64, _ pattern: UInt64) -> Bool {
    let x = word ^ pattern
    return (x &- ones) & ~x & highs != 0
  }

  /// The high bit of every byte of `word` that is zero, exactly (no borrows between bytes).
  @inlinable @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low7) &+ low7) | word | low7)
  }

  /// Whether some byte of `word` is below 0x20 or at or above 0x80.
  @inlinable @inline(__always)
  static func hasControlOrNonASCII(_ word: UInt64) -> Bool {
    ((word &- 0x2020_2020_2020_2020) | word) & highs != 0
  }

  /// The index of the first `<`, `&` or `]` at or after `start`, or `bytes.count`.
  /// These end a run of character data (§2.4).
  package static func textRunEnd(_ bytes: Span<UInt8>, from start: Int) -> Int {
    precondition(start >= 0 && start <= bytes.count)
    let n = bytes.count
    if start >= n { return n }
    var i = start
    // SAFETY: every read is at an index in 0..<n: the word loop reads i..<i+8 only while
    // i + 8 <= n, the byte loop reads i only while i < n, and the pointer is used inside the
    // closure that lends it.
    return unsafe bytes.withUnsafeBufferPointer { buffer -> Int in
      let base = unsafe UnsafeRawPointer(buffer.baseAddress!)
      let lt = UInt64(0x3C) &* ones, amp = UInt64(0x26) &* ones, rb = UInt64(0x5D) &* ones
      while i + 8 <= n {
        let w = unsafe base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if hasByte(w, lt) || hasByte(w, amp) || hasByte(w, rb) { break }
        i &+= 8
      }
      while i < n {
        let b = unsafe buffer[i]
        if b == 0x3C || b == 0x26 || b == 0x5D { return i }
        i &+= 1
      }
      return n
    }
  }

  /// The index of the first byte at or after `start` that ends a run inside an attribute value:
  /// the `quote`, `<`, `&`, a tab or a line feed (which normalize to spaces); or `bytes.count`.
  package static func attributeRunEnd(_ bytes: Span<UInt8>, from start: Int, quote: UInt8) -> Int {
    precondition(start >= 0 && start <= bytes.count)
    let n = bytes.count
    if start >= n { return n }
    var i = start
    // SAFETY: as in `textRunEnd`: reads stay in 0..<n inside the lending closure.
    return unsafe bytes.withUnsafeBufferPointer { buffer -> Int in
      let base = unsafe UnsafeRawPointer(buffer.baseAddress!)
      let q = UInt64(quote) &* ones, lt = UInt64(0x3C) &* ones, amp = UInt64(0x26) &* ones
      while i + 8 <= n {
        let w = unsafe base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if hasByte(w, q) || hasByte(w, lt) || hasByte(w, amp) || (w &- 0x2020_2020_2020_2020) & ~w & highs != 0 { break }
        i &+= 8
      }
      while i < n {
        let b = unsafe buffer[i]
        if b == quote || b == 0x3C || b == 0x26 || b == 0x0A || b == 0x09 { return i }
        i &+= 1
      }
      return n
    }
  }

  /// The index of the first byte at or after `start` that is not an ASCII name character
  /// (letters, digits, `_`, `:`, `-`, `.`), or `bytes.count`.
  package static func asciiNameEnd(_ bytes: Span<UInt8>, from start: Int) -> Int {
    asciiNameScan(bytes, from: start).end
  }

  /// Like ``asciiNameEnd(_:from:)``, and also where the first colon is (`-1` for none) and
  /// how many colons there are, so that a qualified name need not be scanned twice.
  package static func asciiNameScan(_ bytes: Span<UInt8>, from start: Int) -> (end: Int, firstColon: Int, colons: Int) {
    precondition(start >= 0 && start <= bytes.count)
    let n = bytes.count
    var i = start
    var firstColon = -1
    var colons = 0
    // SAFETY: reads at i only while i < n, inside the lending closure.
    unsafe bytes.withUnsafeBufferPointer { buffer in
      while i < n {
        let b = unsafe buffer[i]
        // Letters first: most name bytes are.
        if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F || b == 0x2D || b == 0x2E {
          i &+= 1
          continue
        }
        guard b == 0x3A else { return }
        if colons == 0 { firstColon = i }
        colons &+= 1
        i &+= 1
      }
    }
    return (i, firstColon, colons)
  }

}

extension ByteScan {
  /// Whether `a[aStart..<aStart+count]` and `b[bStart..<bStart+count]` hold the same bytes.
  package static func bytesEqual(_ a: Span<UInt8>, _ aStart: Int, _ b: Span<UInt8>, _ bStart: Int, count: Int) -> Bool {
    precondition(count >= 0 && aStart >= 0 && bStart >= 0 && aStart + count <= a.count && bStart + count <= b.count)
    if count == 0 { return true }
    // SAFETY: both ranges were checked to lie inside their spans above; memcmp reads exactly
    // `count` bytes from each start, inside the lending closures.
    return unsafe a.withUnsafeBufferPointer { pa in
      unsafe b.withUnsafeBufferPointer { pb in
        unsafe memcmp(pa.baseAddress! + aStart, pb.baseAddress! + bStart, count) == 0
      }
    }
  }

  /// Whether `bytes[aStart..<aStart+count]` and `bytes[bStart..<bStart+count]` are the same.
  package static func bytesEqual(within bytes: Span<UInt8>, _ aStart: Int, _ bStart: Int, count: Int) -> Bool {
    precondition(count >= 0 && aStart >= 0 && bStart >= 0 && aStart + count <= bytes.count && bStart + count <= bytes.count)
    if count == 0 { return true }
    // SAFETY: both ranges were checked to lie inside the span above; memcmp reads exactly
    // `count` bytes from each start, inside the lending closure.
    return unsafe bytes.withUnsafeBufferPointer { p in
      unsafe memcmp(p.baseAddress! + aStart, p.baseAddress! + bStart, count) == 0
    }
  }

  /// The index of the first byte at or after `start` that a decoder must look at: a control
  /// character other than tab and line feed (so every carriage return), a byte that does not
  /// start a well-formed UTF-8 sequence, a sequence cut off by the end, or U+FFFE/U+FFFF (not
  /// XML `Char`s); or `bytes.count`. Input clean up to the end can be read as it stands.
  package static func cleanUTF8End(_ bytes: Span<UInt8>, from start: Int) -> Int {
    precondition(start >= 0 && start <= bytes.count)
    let n = bytes.count
    var i = start
    // SAFETY: word reads cover i..<i+8 only while i + 8 <= n; byte reads are at i + k only
    // after checking i + k < n; the pointer is used only inside the lending closure.
    return unsafe bytes.withUnsafeBufferPointer { buffer -> Int in
      let base = unsafe UnsafeRawPointer(buffer.baseAddress!)
      while i < n {
        if i + 8 <= n {
          let w = unsafe base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          if !hasControlOrNonASCII(w) { i &+= 8; continue }
          // ASCII whose only control characters are line feeds and tabs is clean too.
          if w & highs == 0 && zeroBytes(w & 0xE0E0_E0E0_E0E0_E0E0) & ~(zeroBytes(w ^ (0x0A &* ones)) | zeroBytes(w ^ (0x09 &* ones))) == 0 {
            i &+= 8
            continue
          }
        }
        let b0 = unsafe buffer[i]
        if b0 < 0x80 {
          if b0 < 0x20 && b0 != 0x0A && b0 != 0x09 { return i }
          i &+= 1
          continue
        }
        let need: Int
        var c: UInt32
        switch b0 {
        case 0xC2...0xDF: need = 1; c = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: need = 2; c = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: need = 3; c = UInt32(b0 & 0x07)
        default: return i
        }
        if i + need >= n { return i }
        for k in 1...need {
          let cb = unsafe buffer[i &+ k]
          if cb & 0xC0 != 0x80 { return i }
          c = c << 6 | UInt32(cb & 0x3F)
        }
        if (need == 2 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE)) || (need == 3 && (c < 0x10000 || c > 0x10FFFF)) {
          return i
        }
        i &+= need + 1
      }
      return n
    }
  }
}

extension ByteScan {
  /// The number of line feeds in `bytes[range]`, and the index of the last one (or `nil`).
  package static func countLineFeeds(_ bytes: Span<UInt8>, in range: Range<Int>) -> (count: Int, last: Int?) {
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
    if range.isEmpty { return (0, nil) }
    var count = 0
    var last: Int? = nil
    var i = range.lowerBound
    let n = range.upperBound
    // SAFETY: word reads cover i..<i+8 only while i + 8 <= n <= bytes.count; byte reads need
    // i < n; the pointer is used only inside the lending closure.
    unsafe bytes.withUnsafeBufferPointer { buffer in
      let base = unsafe UnsafeRawPointer(buffer.baseAddress!)
      let lf = UInt64(0x0A) &* ones
      while i + 8 <= n {
        // The high bit of each byte that is a line feed.
        let zeros = zeroBytes(UInt64(littleEndian: unsafe base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ lf)
        if zeros != 0 {
          count &+= zeros.nonzeroBitCount
          last = i &+ (63 &- zeros.leadingZeroBitCount) / 8
        }
        i &+= 8
      }
      while i < n {
        if unsafe buffer[i] == 0x0A { count &+= 1; last = i }
        i &+= 1
      }
    }
    return (count, last)
  }
}
