/// libxml2's escaping rules for serialized output (`xmlsave.c`).
enum Escaping {
  static func append(_ s: String, to out: inout [UInt8]) { out.append(contentsOf: s.utf8) }

  static func appendHexCharRef(_ scalar: UInt32, to out: inout [UInt8]) {
    append("&#x" + String(scalar, radix: 16, uppercase: true) + ";", to: &out)
  }

  /// Decodes the UTF-8 sequence at `i`; returns the scalar and its length (1 for a stray byte).
  static func decode<C: RandomAccessCollection>(_ bytes: C, at i: C.Index) -> (UInt32, Int)
  where C.Element == UInt8, C.Index == Int {
    let b0 = UInt32(bytes[i])
    let length = b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
    guard i + length <= bytes.endIndex, length > 1 else { return (b0, 1) }
    var v = b0 & (0xFF >> UInt32(length + 1))
    for k in 1..<length { v = v << 6 | (UInt32(bytes[i + k]) & 0x3F) }
    return (v, length)
  }

  /// Text content. Without an output encoding (`xmlEscapeEntities`), non-ASCII and CR become
  /// hexadecimal character references; with one (`xmlEscapeContent`), CR becomes `&#13;` and
  /// the rest is left to the encoder.
  static func appendText(_ bytes: ArraySlice<UInt8>, encoded: Bool, to out: inout [UInt8]) {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "<"): append("&lt;", to: &out)
      case UInt8(ascii: ">"): append("&gt;", to: &out)
      case UInt8(ascii: "&"): append("&amp;", to: &out)
      case 0x0D: append(encoded ? "&#13;" : "&#xD;", to: &out)
      case 0x80...:
        if encoded { out.append(b) } else {
          let (scalar, n) = decode(bytes, at: i)
          appendHexCharRef(scalar, to: &out)
          i += n
          continue
        }
      default: out.append(b)
      }
      i += 1
    }
  }

  /// Attribute values (`xmlBufAttrSerializeTxtContent`).
  static func appendAttribute(_ bytes: ArraySlice<UInt8>, encoded: Bool, to out: inout [UInt8]) {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      switch b {
      case 0x0A: append("&#10;", to: &out)
      case 0x0D: append("&#13;", to: &out)
      case 0x09: append("&#9;", to: &out)
      case UInt8(ascii: "\""): append("&quot;", to: &out)
      case UInt8(ascii: "<"): append("&lt;", to: &out)
      case UInt8(ascii: ">"): append("&gt;", to: &out)
      case UInt8(ascii: "&"): append("&amp;", to: &out)
      case 0x80...:
        if encoded { out.append(b) } else {
          let (scalar, n) = decode(bytes, at: i)
          appendHexCharRef(scalar, to: &out)
          i += n
          continue
        }
      default: out.append(b)
      }
      i += 1
    }
  }

  /// An attribute default as libxml2 stores it without entity substitution: `&` as `&#38;`.
  /// A `<` (from `&lt;` or `&#60;`) stays as it is (see ``readableDefault(_:)``).
  static func defaultValueLiteral(_ v: String) -> String {
    guard v.utf8.contains(UInt8(ascii: "&")) else { return v }
    var out: [UInt8] = []
    for b in v.utf8 {
      if b == UInt8(ascii: "&") { out.append(contentsOf: "&#38;".utf8) } else { out.append(b) }
    }
    return String(decoding: out, as: UTF8.self)
  }
  /// A stored default as it must be written in an `<!ATTLIST>` so that it reads back: `<`
  /// as `&#60;`, and when entities were substituted (`substituted`: the stored value holds no
  /// references) `&` as `&#38;`. libxml2 writes both as they are, making the DTD ill-formed;
  /// Lignum's output must parse again.
  static func readableDefault(_ v: String, substituted: Bool) -> String {
    guard v.utf8.contains(where: { $0 == UInt8(ascii: "<") || (substituted && $0 == UInt8(ascii: "&")) }) else { return v }
    var out: [UInt8] = []
    for b in v.utf8 {
      switch b {
      case UInt8(ascii: "<"): out.append(contentsOf: "&#60;".utf8)
      case UInt8(ascii: "&") where substituted: out.append(contentsOf: "&#38;".utf8)
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }


  /// `xmlBufWriteQuotedString`: `"…"`, or `'…'` when the string holds `"`, or `"…&quot;…"`
  /// when it holds both quote characters.
  static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    if s.utf8.contains(UInt8(ascii: "\"")) {
      if s.utf8.contains(UInt8(ascii: "'")) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 { if b == UInt8(ascii: "\"") { append("&quot;", to: &out) } else { out.append(b) } }
        out.append(UInt8(ascii: "\""))
      } else {
        append("'" + s + "'", to: &out)
      }
    } else {
      append("\"" + s + "\"", to: &out)
    }
  }
}
