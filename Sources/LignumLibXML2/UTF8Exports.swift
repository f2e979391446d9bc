import CLignumLibXML2

// UTF-8 helpers (xmlstring.h, parserInternals.h): decoding one character, counting and slicing
// by characters, encoding a code point.

/// The code point at `p` and its length in bytes; nil for a malformed or truncated sequence.
func decodeUTF8(_ p: UnsafePointer<xmlChar>) -> (value: UInt32, length: Int)? {
  let c0 = unsafe UInt32(p[0])
  if c0 < 0x80 { return (c0, 1) }
  let (length, initial): (Int, UInt32)
  switch c0 {
  case 0xC2...0xDF: (length, initial) = (2, c0 & 0x1F)
  case 0xE0...0xEF: (length, initial) = (3, c0 & 0x0F)
  case 0xF0...0xF4: (length, initial) = (4, c0 & 0x07)
  default: return nil
  }
  var value = initial
  for i in 1..<length {
    // SAFETY: reading stops at the first byte that is not a continuation (a NUL is not one).
    let c = unsafe UInt32(p[i])
    guard c & 0xC0 == 0x80 else { return nil }
    value = value << 6 | (c & 0x3F)
  }
  if (length == 3 && value < 0x800) || (length == 4 && (value < 0x10000 || value > 0x10FFFF)) || (0xD800...0xDFFF).contains(value) { return nil }
  return (value, length)
}

/// The character at `utf` (its byte count in `*len`, which gives the room on input); -1 and
/// `*len` 0 when malformed.
@_cdecl("xmlGetUTF8Char")
public func exported_xmlGetUTF8Char(_ utf: UnsafePointer<xmlChar>?, _ len: UnsafeMutablePointer<Int32>?) -> Int32 {
  guard let utf = unsafe utf, let len = unsafe len else { return -1 }
  guard let (value, length) = unsafe decodeUTF8(utf), unsafe length <= Int(len.pointee) else {
    unsafe len.pointee = 0
    return -1
  }
  unsafe len.pointee = Int32(length)
  return Int32(value)
}

/// The character at `cur` for a parser (its length in `*len`); 0 at the end.
@_cdecl("xmlStringCurrentChar")
public func exported_xmlStringCurrentChar(_ ctxt: xmlParserCtxtPtr?, _ cur: UnsafePointer<xmlChar>?, _ len: UnsafeMutablePointer<Int32>?) -> Int32 {
  guard let cur = unsafe cur, let len = unsafe len else { return 0 }
  guard let (value, length) = unsafe decodeUTF8(cur) else {
    // libxml2 then takes the byte as Latin-1.
    unsafe len.pointee = 1
    return unsafe Int32(cur[0])
  }
  unsafe len.pointee = Int32(length)
  return Int32(value)
}

/// Writes the UTF-8 of `val` at `out`; the byte count.
@_cdecl("xmlCopyCharMultiByte")
public func exported_xmlCopyCharMultiByte(_ out: UnsafeMutablePointer<xmlChar>?, _ val: Int32) -> Int32 {
  guard let out = unsafe out else { return 0 }
  guard val >= 0x80, let scalar = Unicode.Scalar(UInt32(val)) else {
    unsafe out[0] = xmlChar(truncatingIfNeeded: val)
    return 1
  }
  let bytes = Array(String(Character(scalar)).utf8)
  for (i, b) in bytes.enumerated() { unsafe out[i] = b }
  return Int32(bytes.count)
}

@_cdecl("xmlCopyChar")
public func exported_xmlCopyChar(_ len: Int32, _ out: UnsafeMutablePointer<xmlChar>?, _ val: Int32) -> Int32 {
  unsafe exported_xmlCopyCharMultiByte(out, val)
}

/// 1 when the string is well-formed UTF-8, else 0.
@_cdecl("xmlCheckUTF8")
public func exported_xmlCheckUTF8(_ utf: UnsafePointer<xmlChar>?) -> Int32 {
  guard var p = unsafe utf else { return 0 }
  while unsafe p.pointee != 0 {
    guard let (_, n) = unsafe decodeUTF8(p) else { return 0 }
    unsafe p += n
  }
  return 1
}

/// The start of each character of a NUL-terminated string, as byte offsets (nil: malformed).
func characterOffsets(_ utf: UnsafePointer<xmlChar>) -> [Int]? {
  var offsets: [Int] = []
  var i = 0
  while unsafe utf[i] != 0 {
    guard let (_, n) = unsafe decodeUTF8(utf + i) else { return nil }
    offsets.append(i)
    i += n
  }
  offsets.append(i)
  return offsets
}

@_cdecl("xmlUTF8Strlen")
public func exported_xmlUTF8Strlen(_ utf: UnsafePointer<xmlChar>?) -> Int32 {
  guard let utf = unsafe utf, let o = unsafe characterOffsets(utf) else { return -1 }
  return Int32(o.count - 1)
}

/// The byte count of the first `len` characters.
@_cdecl("xmlUTF8Strsize")
public func exported_xmlUTF8Strsize(_ utf: UnsafePointer<xmlChar>?, _ len: Int32) -> Int32 {
  guard let utf = unsafe utf, len > 0, let o = unsafe characterOffsets(utf) else { return 0 }
  return Int32(o[min(Int(len), o.count - 1)])
}

@_cdecl("xmlUTF8Strndup")
public func exported_xmlUTF8Strndup(_ utf: UnsafePointer<xmlChar>?, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let utf = unsafe utf, len >= 0 else { return nil }
  return unsafe exported_xmlStrndup(utf, exported_xmlUTF8Strsize(utf, len))
}

/// The character at position `pos`, or NULL.
@_cdecl("xmlUTF8Strpos")
public func exported_xmlUTF8Strpos(_ utf: UnsafePointer<xmlChar>?, _ pos: Int32) -> UnsafePointer<xmlChar>? {
  guard let utf = unsafe utf, pos >= 0, let o = unsafe characterOffsets(utf), Int(pos) < o.count - 1 else { return nil }
  return unsafe utf + o[Int(pos)]
}

/// `len` characters from character `start`, as a new string.
@_cdecl("xmlUTF8Strsub")
public func exported_xmlUTF8Strsub(_ utf: UnsafePointer<xmlChar>?, _ start: Int32, _ len: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let utf = unsafe utf, start >= 0, len >= 0, let o = unsafe characterOffsets(utf), Int(start) < o.count else { return nil }
  let end = min(o.count - 1, Int(start) + Int(len))
  return unsafe exported_xmlStrndup(utf + o[Int(start)], Int32(o[end] - o[Int(start)]))
}

/// The position of the character `utfchar` in `utf`, or -1.
@_cdecl("xmlUTF8Strloc")
public func exported_xmlUTF8Strloc(_ utf: UnsafePointer<xmlChar>?, _ utfchar: UnsafePointer<xmlChar>?) -> Int32 {
  guard let utf = unsafe utf, let utfchar = unsafe utfchar, let (target, n) = unsafe decodeUTF8(utfchar),
        let o = unsafe characterOffsets(utf) else { return -1 }
  for (k, i) in o.dropLast().enumerated() {
    if let (v, m) = unsafe decodeUTF8(utf + i), v == target, m == n { return Int32(k) }
  }
  return -1
}

/// Compares the first characters of two strings (0 when equal).
@_cdecl("xmlUTF8Charcmp")
public func exported_xmlUTF8Charcmp(_ utf1: UnsafePointer<xmlChar>?, _ utf2: UnsafePointer<xmlChar>?) -> Int32 {
  guard let utf1 = unsafe utf1 else { return unsafe utf2 == nil ? 0 : -1 }
  guard let utf2 = unsafe utf2 else { return 1 }
  let n = unsafe decodeUTF8(utf1)?.length ?? 1
  return unsafe exported_xmlStrncmp(utf1, utf2, Int32(n))
}
