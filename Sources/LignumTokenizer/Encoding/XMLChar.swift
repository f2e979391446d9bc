/// Character classes of XML 1.0 (5th edition) §2.2 and §2.3, over Unicode scalar values.
package enum XMLChar {
  /// `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`
  @inline(__always)
  static func isChar(_ c: UInt32) -> Bool {
    if c >= 0x20 { return c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF) }
    return c == 0x9 || c == 0xA || c == 0xD
  }

  /// `NameStartChar`
  package static func isNameStart(_ c: UInt32) -> Bool {
    if c < 0x80 { return asciiClass[Int(c)] & nameStartBit != 0 }
    switch c {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
      0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      return true
    default: return false
    }
  }

  /// `NameChar`
  package static func isNameChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return asciiClass[Int(c)] & nameBit != 0 }
    if isNameStart(c) { return true }
    return c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040)
  }

  /// `PubidChar ::= #x20 | #xD | #xA | [a-zA-Z0-9] | [-'()+,./:=?;!*#@$_%]`
  static func isPubidChar(_ b: UInt8) -> Bool {
    b < 0x80 && asciiClass[Int(b)] & pubidBit != 0
  }

  @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

  static let nameStartBit: UInt8 = 1, nameBit: UInt8 = 2, pubidBit: UInt8 = 4

  static let asciiClass: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 128)
    for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = 7 }
    for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = 7 }
    for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = 6 }
    t[Int(UInt8(ascii: "_"))] = 7
    t[Int(UInt8(ascii: ":"))] = 7
    t[Int(UInt8(ascii: "-"))] = 6
    t[Int(UInt8(ascii: "."))] = 6
    for c in Array(" \r\n-'()+,./:=?;!*#@$_%".utf8) { t[Int(c)] |= 4 }
    return t
  }()

  /// The index after the `Name` starting at `start` of well-formed UTF-8 (`start` if none).
  static func nameEnd(in b: [UInt8], from start: Int) -> Int {
    var j = start
    while j < b.count {
      let (c, len) = decode(b, j)
      if !(j == start ? isNameStart(c) : isNameChar(c)) { break }
      j += len
    }
    return j
  }

  /// Decodes the UTF-8 scalar at `i` of well-formed UTF-8 (the decoder validated it).
  @inline(__always)
  static func decode(_ b: [UInt8], _ i: Int) -> (scalar: UInt32, length: Int) {
    let b0 = UInt32(b[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0, i + 1 < b.count { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
    if b0 < 0xF0, i + 2 < b.count {
      return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
    }
    if i + 3 < b.count {
      return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }
    return (0xFFFD, 1)
  }

  /// Appends the UTF-8 form of a scalar.
  @inline(__always)
  static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
    if c < 0x80 { out.append(UInt8(c)) }
    else if c < 0x800 { out.append(UInt8(0xC0 | c >> 6)); out.append(UInt8(0x80 | c & 0x3F)) }
    else if c < 0x10000 {
      out.append(UInt8(0xE0 | c >> 12)); out.append(UInt8(0x80 | (c >> 6) & 0x3F)); out.append(UInt8(0x80 | c & 0x3F))
    } else {
      out.append(UInt8(0xF0 | c >> 18)); out.append(UInt8(0x80 | (c >> 12) & 0x3F))
      out.append(UInt8(0x80 | (c >> 6) & 0x3F)); out.append(UInt8(0x80 | c & 0x3F))
    }
  }
}
