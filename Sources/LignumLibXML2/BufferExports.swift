import CLignumLibXML2
import LignumDOM

// Growable byte buffers (tree.h's `xmlBuffer`): `content` is always NUL-terminated, `use` bytes
// long, in a block of `size` bytes from the program's allocator. And the writers that fill them.

@_cdecl("xmlBufferCreateSize")
public func exported_xmlBufferCreateSize(_ size: Int) -> xmlBufferPtr? {
  guard size >= 0, size < Int(UInt32.max) - 1, let buf = unsafe CMemory.allocateZeroed(xmlBuffer.self) else { return nil }
  let capacity = max(size, 1)
  // SAFETY: a fresh block of `capacity` bytes; its first byte is set to NUL.
  guard let raw = unsafe lignumMalloc(capacity) else { unsafe CMemory.free(buf); return nil }
  unsafe buf.pointee.content = raw.bindMemory(to: xmlChar.self, capacity: capacity)
  unsafe buf.pointee.content[0] = 0
  unsafe buf.pointee.size = UInt32(capacity)
  unsafe buf.pointee.alloc = XML_BUFFER_ALLOC_EXACT
  return unsafe buf
}

@_cdecl("xmlBufferCreate")
public func exported_xmlBufferCreate() -> xmlBufferPtr? { unsafe exported_xmlBufferCreateSize(4096) }

@_cdecl("xmlBufferFree")
public func exported_xmlBufferFree(_ buf: xmlBufferPtr?) {
  guard let buf = unsafe buf else { return }
  if unsafe buf.pointee.alloc != XML_BUFFER_ALLOC_IMMUTABLE { unsafe CMemory.free(buf.pointee.content) }
  unsafe CMemory.free(buf)
}

@_cdecl("xmlBufferContent")
public func exported_xmlBufferContent(_ buf: UnsafePointer<xmlBuffer>?) -> UnsafePointer<xmlChar>? {
  unsafe buf.flatMap { unsafe UnsafePointer($0.pointee.content) }
}

@_cdecl("xmlBufferLength")
public func exported_xmlBufferLength(_ buf: UnsafePointer<xmlBuffer>?) -> Int32 {
  unsafe buf.map { unsafe Int32(clamping: $0.pointee.use) } ?? 0
}

@_cdecl("xmlBufferEmpty")
public func exported_xmlBufferEmpty(_ buf: xmlBufferPtr?) {
  guard let buf = unsafe buf, let content = unsafe buf.pointee.content, unsafe buf.pointee.alloc != XML_BUFFER_ALLOC_IMMUTABLE else { return }
  unsafe buf.pointee.use = 0
  unsafe content[0] = 0
}

/// Hands the content to the caller (who frees it) and leaves the buffer empty.
@_cdecl("xmlBufferDetach")
public func exported_xmlBufferDetach(_ buf: xmlBufferPtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let buf = unsafe buf, unsafe buf.pointee.alloc != XML_BUFFER_ALLOC_IMMUTABLE else { return nil }
  let content = unsafe buf.pointee.content
  unsafe buf.pointee.content = nil
  unsafe buf.pointee.use = 0
  unsafe buf.pointee.size = 0
  return unsafe content
}

@_cdecl("xmlBufferSetAllocationScheme")
public func exported_xmlBufferSetAllocationScheme(_ buf: xmlBufferPtr?, _ scheme: xmlBufferAllocationScheme) {
  guard let buf = unsafe buf, unsafe buf.pointee.alloc != XML_BUFFER_ALLOC_IMMUTABLE,
        scheme != XML_BUFFER_ALLOC_IMMUTABLE, scheme != XML_BUFFER_ALLOC_IO else { return }
  unsafe buf.pointee.alloc = scheme
}

/// Appends bytes, growing the block; 0, or an error code.
func append(_ bytes: UnsafeBufferPointer<xmlChar>, to buf: xmlBufferPtr) -> Int32 {
  guard unsafe buf.pointee.alloc != XML_BUFFER_ALLOC_IMMUTABLE else { return -1 }
  let use = unsafe Int(buf.pointee.use)
  let needed = use + bytes.count + 1
  guard needed < Int(UInt32.max) else { return 2 }   // XML_ERR_NO_MEMORY
  if unsafe needed > Int(buf.pointee.size) || buf.pointee.content == nil {
    let size = max(needed, unsafe Int(buf.pointee.size) * 2)
    // SAFETY: content is nil or this buffer's own block; on failure it is left as it was.
    guard let raw = unsafe lignumRealloc(buf.pointee.content, size) else { return 2 }
    unsafe buf.pointee.content = raw.bindMemory(to: xmlChar.self, capacity: size)
    unsafe buf.pointee.size = UInt32(size)
  }
  let content = unsafe buf.pointee.content!
  for unsafe (i, b) in unsafe bytes.enumerated() { unsafe content[use + i] = b }
  unsafe content[use + bytes.count] = 0
  unsafe buf.pointee.use = UInt32(use + bytes.count)
  return 0
}

func append(_ bytes: [UInt8], to buf: xmlBufferPtr) -> Int32 {
  unsafe bytes.withUnsafeBufferPointer { unsafe append($0, to: buf) }
}

/// Appends `len` bytes of `str` (all of it when `len` < 0); 0 or an error code.
@_cdecl("xmlBufferAdd")
public func exported_xmlBufferAdd(_ buf: xmlBufferPtr?, _ str: UnsafePointer<xmlChar>?, _ len: Int32) -> Int32 {
  guard let buf = unsafe buf, let str = unsafe str, len >= -1 else { return -1 }
  let n = len < 0 ? unsafe CString.length(str) : Int(len)
  // SAFETY: n readable bytes at str (measured, or the caller's contract).
  return unsafe append(UnsafeBufferPointer(start: str, count: n), to: buf)
}

@_cdecl("xmlBufferCat")
public func exported_xmlBufferCat(_ buf: xmlBufferPtr?, _ str: UnsafePointer<xmlChar>?) -> Int32 {
  unsafe exported_xmlBufferAdd(buf, str, -1)
}

@_cdecl("xmlBufferCCat")
public func exported_xmlBufferCCat(_ buf: xmlBufferPtr?, _ str: UnsafePointer<CChar>?) -> Int32 {
  guard let str = unsafe str else { return -1 }
  // SAFETY: char and xmlChar have the same size; the string is only read.
  return unsafe str.withMemoryRebound(to: xmlChar.self, capacity: 1) { unsafe exported_xmlBufferAdd(buf, $0, -1) }
}

@_cdecl("xmlBufferWriteCHAR")
public func exported_xmlBufferWriteCHAR(_ buf: xmlBufferPtr?, _ string: UnsafePointer<xmlChar>?) {
  _ = unsafe exported_xmlBufferAdd(buf, string, -1)
}

@_cdecl("xmlBufferWriteChar")
public func exported_xmlBufferWriteChar(_ buf: xmlBufferPtr?, _ string: UnsafePointer<CChar>?) {
  _ = unsafe exported_xmlBufferCCat(buf, string)
}

/// Writes a node and its subtree into a buffer, as libxml2's xmlNodeDump (non-ASCII as
/// character references unless the document declares an encoding); the bytes written, or -1.
@_cdecl("xmlNodeDump")
public func exported_xmlNodeDump(_ buf: xmlBufferPtr?, _ doc: xmlDocPtr?, _ cur: xmlNodePtr?, _ level: Int32, _ format: Int32) -> Int32 {
  guard let buf = unsafe buf, let cur = unsafe cur else { return -1 }
  let bytes: [UInt8]
  if unsafe cur.pointee.type == XML_DOCUMENT_NODE {
    // SAFETY: a node of type XML_DOCUMENT_NODE is an xmlDoc.
    guard let b = unsafe serialize(UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlDoc.self), encoding: nil, format: format != 0)
    else { return -1 }
    bytes = b
  } else {
    let (d, id) = unsafe CTreeReader.document(ofNode: cur)
    guard let id else { return -1 }
    bytes = d.serialized(node: id, format: format != 0, expandEmptyElements: expandsEmptyElements(), indentation: indentation())
  }
  return unsafe append(bytes, to: buf) == 0 ? Int32(clamping: bytes.count) : -1
}

/// Appends to the xmlBuffer in the context (a save context writing into a buffer).
let bufferWriteCallback: xmlOutputWriteCallback = { context, buffer, len in
  guard let context = unsafe context, let buffer = unsafe buffer, len >= 0 else { return -1 }
  // SAFETY: the context is the xmlBuffer given to xmlSaveToBuffer; buffer holds len bytes.
  let buf = unsafe context.assumingMemoryBound(to: xmlBuffer.self)
  return unsafe buffer.withMemoryRebound(to: xmlChar.self, capacity: Int(len)) {
    unsafe append(UnsafeBufferPointer(start: $0, count: Int(len)), to: buf) == 0 ? len : -1
  }
}

@_cdecl("xmlSaveToBuffer")
public func exported_xmlSaveToBuffer(_ buffer: xmlBufferPtr?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  guard let buffer = unsafe buffer else { return nil }
  return unsafe makeSaveContext(makeOutputBuffer(context: UnsafeMutableRawPointer(buffer), write: bufferWriteCallback, close: nil),
                                encoding, options)
}

// MARK: escaping

/// `<`, `>`, `&` and CR escaped (and `"` when `quotes`); non-ASCII as character references
/// when `escapeNonASCII`.
func escaped(_ input: [UInt8], quotes: Bool, escapeNonASCII: Bool) -> [UInt8] {
  var out: [UInt8] = []
  out.reserveCapacity(input.count)
  var i = 0
  while i < input.count {
    let c = input[i]
    switch c {
    case 0x3C: out += Array("&lt;".utf8)
    case 0x3E: out += Array("&gt;".utf8)
    case 0x26: out += Array("&amp;".utf8)
    case 0x0D: out += Array("&#13;".utf8)
    case 0x22 where quotes: out += Array("&quot;".utf8)
    default:
      if c >= 0x80 && escapeNonASCII {
        var n = 1
        while i + n < input.count && input[i + n] & 0xC0 == 0x80 { n += 1 }
        let scalar = String(decoding: input[i..<(i + n)], as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
        out += Array("&#x\(String(scalar, radix: 16, uppercase: true));".utf8)
        i += n
        continue
      }
      out.append(c)
    }
    i += 1
  }
  return out
}

@_cdecl("xmlEncodeEntitiesReentrant")
public func exported_xmlEncodeEntitiesReentrant(_ doc: xmlDocPtr?, _ input: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let input = unsafe input else { return nil }
  let keepNonASCII = unsafe doc?.pointee.encoding != nil
  return unsafe CMemory.string(escaped(CString.bytes(input), quotes: false, escapeNonASCII: !keepNonASCII))
}

@_cdecl("xmlEncodeSpecialChars")
public func exported_xmlEncodeSpecialChars(_ doc: xmlDocPtr?, _ input: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let input = unsafe input else { return nil }
  return unsafe CMemory.string(escaped(CString.bytes(input), quotes: true, escapeNonASCII: false))
}
