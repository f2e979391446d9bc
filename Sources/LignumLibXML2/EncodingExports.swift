import CLignumLibXML2
import LignumDOM
import Synchronization

// Encoding handlers (encoding.h) for output: one `xmlCharEncodingHandler` per encoding the
// serializer can write (UTF-8, UTF-16, ISO-8859-1, ASCII built in, others through iconv),
// allocated once and kept for the life of the process, as libxml2 keeps its built-in ones.
// Their conversion callbacks are NULL: output buffers convert with the DOM's encoder.

let encodingHandlers = Mutex<[String: UInt]>([:])

/// The handler named `name` (created on first use), or NULL when the encoding cannot be written.
func encodingHandler(_ name: String) -> xmlCharEncodingHandlerPtr? {
  let key = OutputEncoding.normalized(name)
  guard OutputEncoding.encode(Array("a".utf8), as: name) != nil else { return nil }
  let address = encodingHandlers.withLock { table -> UInt? in
    if let p = table[key] { return p }
    guard let h = unsafe CMemory.allocateZeroed(xmlCharEncodingHandler.self) else { return nil }
    let canonical: String
    switch key {
    case "UTF8": canonical = "UTF-8"
    case "UTF16": canonical = "UTF-16"
    case "UTF16LE": canonical = "UTF-16LE"
    case "UTF16BE": canonical = "UTF-16BE"
    case "ISO88591", "LATIN1", "ISOLATIN1", "L1": canonical = "ISO-8859-1"
    case "ASCII", "USASCII": canonical = "ASCII"
    default: canonical = name
    }
    unsafe h.pointee.name = UnsafeMutableRawPointer(CMemory.string(canonical))?.assumingMemoryBound(to: CChar.self)
    table[key] = UInt(bitPattern: h)
    return UInt(bitPattern: h)
  }
  return unsafe address.flatMap { unsafe UnsafeMutablePointer(bitPattern: $0) }
}

/// The encoding name of a handler, if any.
func encodingName(_ handler: xmlCharEncodingHandlerPtr?) -> String? {
  guard let handler = unsafe handler, let name = unsafe handler.pointee.name else { return nil }
  return unsafe String(cString: name)
}

@_cdecl("xmlFindCharEncodingHandler")
public func exported_xmlFindCharEncodingHandler(_ name: UnsafePointer<CChar>?) -> xmlCharEncodingHandlerPtr? {
  unsafe encodingHandler(optionalString(name) ?? "UTF-8")
}

/// The handler for an `xmlCharEncoding` value; NULL for UTF-8 and none, which need no conversion.
@_cdecl("xmlGetCharEncodingHandler")
public func exported_xmlGetCharEncodingHandler(_ enc: xmlCharEncoding) -> xmlCharEncodingHandlerPtr? {
  switch enc {
  case XML_CHAR_ENCODING_UTF16LE: return unsafe encodingHandler("UTF-16LE")
  case XML_CHAR_ENCODING_UTF16BE: return unsafe encodingHandler("UTF-16BE")
  case XML_CHAR_ENCODING_8859_1: return unsafe encodingHandler("ISO-8859-1")
  case XML_CHAR_ENCODING_ASCII: return unsafe encodingHandler("ASCII")
  default:
    guard enc != XML_CHAR_ENCODING_UTF8, enc != XML_CHAR_ENCODING_NONE,
          let name = unsafe xmlGetCharEncodingName(enc) else { return nil }
    return unsafe encodingHandler(String(cString: name))
  }
}

/// Handlers are shared and kept; closing one does nothing. 0.
@_cdecl("xmlCharEncCloseFunc")
public func exported_xmlCharEncCloseFunc(_ handler: xmlCharEncodingHandlerPtr?) -> Int32 { 0 }
