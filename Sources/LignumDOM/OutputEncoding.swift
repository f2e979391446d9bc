import LignumKernel

/// Transcodes serialized UTF-8 to an output encoding. UTF-8, UTF-16 (LE/BE), ISO-8859-1 and
/// ASCII are built in; other names go to libc's iconv. Characters the encoding cannot
/// represent become decimal character references, as libxml2 writes them.
package enum OutputEncoding {
  /// `nil` when the encoding is unknown.
  package static func encode(_ utf8: [UInt8], as name: String) -> [UInt8]? {
    switch normalized(name) {
    case "UTF8": return utf8
    case "UTF16": return [0xFF, 0xFE] + utf16(utf8, bigEndian: false)
    case "UTF16LE": return utf16(utf8, bigEndian: false)
    case "UTF16BE": return utf16(utf8, bigEndian: true)
    case "ISO88591", "LATIN1", "ISOLATIN1", "L1": return singleByte(utf8, max: 0xFF)
    case "ASCII", "USASCII": return singleByte(utf8, max: 0x7F)
    default:
      guard let encoder = IconvEncoder(to: name) else { return nil }
      return encoder.encode(utf8)
    }
  }

  package static func normalized(_ name: String) -> String {
    String(name.uppercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
  }

  static func scalars(_ utf8: [UInt8]) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(utf8.count)
    var i = 0
    while i < utf8.count {
      let (s, n) = Escaping.decode(utf8, at: i)
      out.append(s); i += n
    }
    return out
  }

  static func utf16(_ utf8: [UInt8], bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count * 2)
    func unit(_ u: UInt32) {
      if bigEndian { out.append(UInt8(u >> 8 & 0xFF)); out.append(UInt8(u & 0xFF)) }
      else { out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8 & 0xFF)) }
    }
    for s in scalars(utf8) {
      if s < 0x10000 { unit(s) } else {
        let v = s - 0x10000
        unit(0xD800 | v >> 10); unit(0xDC00 | v & 0x3FF)
      }
    }
    return out
  }

  static func singleByte(_ utf8: [UInt8], max: UInt32) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    for s in scalars(utf8) {
      if s <= max { out.append(UInt8(s)) } else { out.append(contentsOf: "&#\(s);".utf8) }
    }
    return out
  }
}
