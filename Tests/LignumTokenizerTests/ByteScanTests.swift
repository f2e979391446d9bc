import Testing
import LignumKernel

/// The bulk scanners of `ByteScan` agree with a byte-by-byte reading of the same rule, on
/// inputs that put the interesting bytes at every offset of an eight-byte word.
struct ByteScanTests {
  /// Deterministic inputs: runs of plain bytes with one special byte (or sequence) placed at
  /// each offset from 0 to 19, so word loops and their byte tails are both exercised.
  static func inputs(special: [[UInt8]]) -> [[UInt8]] {
    var out: [[UInt8]] = [[]]
    for s in special {
      for offset in 0..<20 {
        for tail in [0, 1, 9] {
          out.append(Array(repeating: UInt8(ascii: "a"), count: offset) + s + Array(repeating: UInt8(ascii: "b"), count: tail))
        }
      }
    }
    return out
  }

  @Test func lineFeedCount() {
    for bytes in Self.inputs(special: [[0x0A], [0x0A, 0x0A], [0x0A, 0x41, 0x0A], [0x8A], [0x0B], [0x09]]) {
      for start in [0, 1, 3] where start <= bytes.count {
        var count = 0
        var last: Int? = nil
        for i in start..<bytes.count where bytes[i] == 0x0A { count += 1; last = i }
        let got = ByteScan.countLineFeeds(bytes.span, in: start..<bytes.count)
        #expect(got.count == count && got.last == last, "\(bytes) from \(start)")
      }
    }
  }

  @Test func nameScanFindsColons() {
    for bytes in Self.inputs(special: [[0x3A], [0x3A, 0x3A], [0x20], [0x3E], [0x3A, 0x2D, 0x3A, 0x2F], [0xC3, 0xA9]]) {
      var end = 0
      while end < bytes.count && Self.isASCIINameByte(bytes[end]) { end += 1 }
      let colons = bytes[..<end].filter { $0 == 0x3A }.count
      let first = bytes[..<end].firstIndex(of: 0x3A) ?? -1
      let got = ByteScan.asciiNameScan(bytes.span, from: 0)
      #expect(got.end == end && got.colons == colons && got.firstColon == first, "\(bytes)")
      let nameEnd = ByteScan.asciiNameEnd(bytes.span, from: 0)
      #expect(nameEnd == end)
    }
  }

  static func isASCIINameByte(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x3A) || b == 0x5F || b == 0x2D || b == 0x2E
  }

  /// Clean UTF-8 stops at the first byte a decoder must repair or reject.
  @Test func cleanUTF8StopsWhereDecodingMustLook() {
    let stops: [[UInt8]] = [
      [0x0D], [0x00], [0x1F], [0x80], [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8],
    ]
    for s in stops {
      for offset in [0, 1, 7, 8, 9, 15] {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + s + [UInt8(ascii: "z")]
        let end = ByteScan.cleanUTF8End(bytes.span, from: 0)
        #expect(end == offset, "\(s) at \(offset)")
      }
    }
    let clean: [[UInt8]] = [[0x09], [0x0A], [0xC2, 0x85], [0xE4, 0xB8, 0xAD], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF]]
    for s in clean {
      for offset in [0, 5, 8] {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + s + Array(repeating: UInt8(ascii: "z"), count: 9)
        let end = ByteScan.cleanUTF8End(bytes.span, from: 0)
        #expect(end == bytes.count, "\(s) at \(offset)")
      }
    }
    // A sequence cut off by the end of the input is not clean: the next chunk completes it.
    let cut: [UInt8] = [0x61, 0xF0, 0x9F, 0x98]
    let cutEnd = ByteScan.cleanUTF8End(cut.span, from: 0)
    #expect(cutEnd == 1)
  }

  @Test func bytesEqualComparesRanges() {
    let a = Array("<root><child/></root>".utf8)
    let b = Array("xxroot".utf8)
    let same = ByteScan.bytesEqual(a.span, 1, b.span, 2, count: 4)
    let different = ByteScan.bytesEqual(a.span, 7, b.span, 2, count: 4)
    let empty = ByteScan.bytesEqual(a.span, 0, b.span, 0, count: 0)
    #expect(same && !different && empty)
  }
}
