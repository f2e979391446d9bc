import CLignumLibXML2
import LignumKernel
import Synchronization

// Parser contexts (parser.h): `xmlParserCtxt` structs programs allocate, configure and read
// back (`myDoc`, `wellFormed`, `errNo`, `lastError`). A context starts with the SAX2 handlers;
// when a program replaced any of them, parses deliver events to the handlers (SAXDriver) and
// the tree is what they build, else the tree is built directly. The push parser gathers its chunks and
// parses when told the input ended; the bytes and names of contexts made for an input wait
// here until `xmlParseDocument`.

struct PendingInput {
  var bytes: [UInt8] = []
  var path: String?
  var url: String?
}

/// Inputs of contexts from xmlCreate*ParserCtxt and xmlCreatePushParserCtxt, by context address.
let pendingInputs = Mutex<[UInt: PendingInput]>([:])

func key(_ ctxt: xmlParserCtxtPtr) -> UInt { UInt(bitPattern: ctxt) }

@_cdecl("xmlNewParserCtxt")
public func exported_xmlNewParserCtxt() -> xmlParserCtxtPtr? {
  guard let ctxt = unsafe CMemory.allocateZeroed(xmlParserCtxt.self) else { return nil }
  // Programs install their callbacks into the context's own SAX handler (lxml does); it starts
  // empty and marked SAX2. The callbacks are not called yet: the tree is built directly.
  if let sax = unsafe CMemory.allocateZeroed(xmlSAXHandler.self) {
    _ = unsafe exported_xmlSAXVersion(sax, 2)
    unsafe ctxt.pointee.sax = sax
  }
  unsafe ctxt.pointee.wellFormed = 1
  unsafe ctxt.pointee.nsWellFormed = 1
  unsafe ctxt.pointee.valid = 1
  unsafe ctxt.pointee.standalone = -1
  unsafe ctxt.pointee.userData = UnsafeMutableRawPointer(ctxt)
  // SAFETY: the accessors return this thread's settings.
  unsafe ctxt.pointee.keepBlanks = __xmlKeepBlanksDefaultValue().pointee
  unsafe ctxt.pointee.replaceEntities = __xmlSubstituteEntitiesDefaultValue().pointee
  unsafe ctxt.pointee.linenumbers = __xmlLineNumbersDefaultValue().pointee
  unsafe ctxt.pointee.loadsubset = __xmlLoadExtDtdDefaultValue().pointee
  return unsafe ctxt
}

@_cdecl("xmlFreeParserCtxt")
public func exported_xmlFreeParserCtxt(_ ctxt: xmlParserCtxtPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  let k = unsafe key(ctxt)
  _ = pendingInputs.withLock { $0.removeValue(forKey: k) }
  unsafe xmlResetError(&ctxt.pointee.lastError)
  unsafe CMemory.free(ctxt.pointee.directory)
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: ctxt.pointee.version))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: ctxt.pointee.encoding))
  unsafe CMemory.free(ctxt.pointee.sax)
  if let dict = unsafe ctxt.pointee.dict { unsafe exported_xmlDictFree(dict) }
  unsafe CMemory.free(ctxt)
}

/// Forgets the document and error of the last parse; the context can parse again.
@_cdecl("xmlCtxtReset")
public func exported_xmlCtxtReset(_ ctxt: xmlParserCtxtPtr?) {
  guard let ctxt = unsafe ctxt else { return }
  let k = unsafe key(ctxt)
  _ = pendingInputs.withLock { $0.removeValue(forKey: k) }
  unsafe xmlResetError(&ctxt.pointee.lastError)
  unsafe ctxt.pointee.myDoc = nil
  unsafe ctxt.pointee.node = nil
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: ctxt.pointee.version))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: ctxt.pointee.encoding))
  unsafe ctxt.pointee.version = nil
  unsafe ctxt.pointee.encoding = nil
  unsafe ctxt.pointee.wellFormed = 1
  unsafe ctxt.pointee.nsWellFormed = 1
  unsafe ctxt.pointee.valid = 1
  unsafe ctxt.pointee.errNo = 0
}

/// Sets the `xmlParserOption` bits the context's parses use; 0 (every bit is accepted).
@_cdecl("xmlCtxtUseOptions")
public func exported_xmlCtxtUseOptions(_ ctxt: xmlParserCtxtPtr?, _ options: Int32) -> Int32 {
  guard let ctxt = unsafe ctxt else { return -1 }
  unsafe ctxt.pointee.options = options
  unsafe ctxt.pointee.recovery = options & ParserOption.recover != 0 ? 1 : 0
  unsafe ctxt.pointee.replaceEntities = options & ParserOption.noEntities != 0 ? 1 : 0
  if options & ParserOption.noBlanks != 0 { unsafe ctxt.pointee.keepBlanks = 0 }
  return 0
}

/// The options a context parse uses: the context's plus the call's.
func contextOptions(_ ctxt: xmlParserCtxtPtr, _ options: Int32) -> Int32 {
  var bits = unsafe ctxt.pointee.options | options
  if unsafe ctxt.pointee.keepBlanks == 0 { bits |= ParserOption.noBlanks }
  if unsafe ctxt.pointee.replaceEntities != 0 { bits |= ParserOption.noEntities }
  if unsafe ctxt.pointee.recovery != 0 { bits |= ParserOption.recover }
  return bits
}

@_cdecl("xmlCtxtReadMemory")
public func exported_xmlCtxtReadMemory(_ ctxt: xmlParserCtxtPtr?, _ buffer: UnsafePointer<CChar>?, _ size: Int32,
                                       _ URL: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let ctxt = unsafe ctxt, let buffer = unsafe buffer, size >= 0 else { return nil }
  unsafe exported_xmlCtxtReset(ctxt)
  // SAFETY: size readable bytes at buffer (the caller's contract), copied at once.
  let bytes = unsafe Array(UnsafeRawBufferPointer(start: buffer, count: Int(size)))
  return unsafe readDocument(bytes: bytes, path: nil, url: optionalString(URL), encoding: optionalString(encoding),
                             options: contextOptions(ctxt, options), context: ctxt)
}

@_cdecl("xmlCtxtReadDoc")
public func exported_xmlCtxtReadDoc(_ ctxt: xmlParserCtxtPtr?, _ cur: UnsafePointer<xmlChar>?, _ URL: UnsafePointer<CChar>?,
                                    _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let ctxt = unsafe ctxt, let cur = unsafe cur else { return nil }
  unsafe exported_xmlCtxtReset(ctxt)
  return unsafe readDocument(bytes: CString.bytes(cur), path: nil, url: optionalString(URL), encoding: optionalString(encoding),
                             options: contextOptions(ctxt, options), context: ctxt)
}

@_cdecl("xmlCtxtReadFile")
public func exported_xmlCtxtReadFile(_ ctxt: xmlParserCtxtPtr?, _ filename: UnsafePointer<CChar>?,
                                     _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let ctxt = unsafe ctxt, let name = unsafe optionalString(filename) else { return nil }
  unsafe exported_xmlCtxtReset(ctxt)
  if name == "-" {
    return unsafe readDocument(bytes: readAll(fd: 0), path: nil, url: name, encoding: optionalString(encoding),
                               options: contextOptions(ctxt, options), context: ctxt)
  }
  return unsafe readDocument(bytes: nil, path: name, url: nil, encoding: optionalString(encoding),
                             options: contextOptions(ctxt, options), context: ctxt)
}

/// Everything readable from a descriptor.
func readAll(fd: Int32) -> [UInt8] {
  var stream = FileStream(fd: fd, ownsDescriptor: false)
  var bytes: [UInt8] = []
  while let n = stream.read(into: &bytes, max: 1 << 16), n > 0 {}
  return bytes
}

/// Everything a read callback gives, then the close callback.
func readAll(_ ioread: xmlInputReadCallback, _ ioclose: xmlInputCloseCallback?, _ ioctx: UnsafeMutableRawPointer?) -> [UInt8]? {
  var bytes: [UInt8] = []
  var chunk = [CChar](repeating: 0, count: 1 << 16)
  while true {
    // SAFETY: the callback may write up to chunk.count bytes into the array's storage.
    let n = unsafe chunk.withUnsafeMutableBufferPointer { unsafe ioread(ioctx, $0.baseAddress, Int32($0.count)) }
    if n < 0 { if let ioclose = unsafe ioclose { _ = unsafe ioclose(ioctx) }; return nil }
    if n == 0 { break }
    for i in 0..<Int(min(n, Int32(chunk.count))) { bytes.append(UInt8(bitPattern: chunk[i])) }
  }
  if let ioclose = unsafe ioclose { _ = unsafe ioclose(ioctx) }
  return bytes
}

@_cdecl("xmlCtxtReadFd")
public func exported_xmlCtxtReadFd(_ ctxt: xmlParserCtxtPtr?, _ fd: Int32, _ URL: UnsafePointer<CChar>?,
                                   _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let ctxt = unsafe ctxt, fd >= 0 else { return nil }
  unsafe exported_xmlCtxtReset(ctxt)
  return unsafe readDocument(bytes: readAll(fd: fd), path: nil, url: optionalString(URL), encoding: optionalString(encoding),
                             options: contextOptions(ctxt, options), context: ctxt)
}

@_cdecl("xmlCtxtReadIO")
public func exported_xmlCtxtReadIO(_ ctxt: xmlParserCtxtPtr?, _ ioread: xmlInputReadCallback?, _ ioclose: xmlInputCloseCallback?,
                                   _ ioctx: UnsafeMutableRawPointer?, _ URL: UnsafePointer<CChar>?,
                                   _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let ctxt = unsafe ctxt, let ioread = unsafe ioread, let bytes = unsafe readAll(ioread, ioclose, ioctx) else { return nil }
  unsafe exported_xmlCtxtReset(ctxt)
  return unsafe readDocument(bytes: bytes, path: nil, url: optionalString(URL), encoding: optionalString(encoding),
                             options: contextOptions(ctxt, options), context: ctxt)
}

@_cdecl("xmlReadFd")
public func exported_xmlReadFd(_ fd: Int32, _ URL: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard fd >= 0 else { return nil }
  return unsafe readDocument(bytes: readAll(fd: fd), path: nil, url: optionalString(URL), encoding: optionalString(encoding), options: options)
}

@_cdecl("xmlReadIO")
public func exported_xmlReadIO(_ ioread: xmlInputReadCallback?, _ ioclose: xmlInputCloseCallback?, _ ioctx: UnsafeMutableRawPointer?,
                               _ URL: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> xmlDocPtr? {
  guard let ioread = unsafe ioread, let bytes = unsafe readAll(ioread, ioclose, ioctx) else { return nil }
  return unsafe readDocument(bytes: bytes, path: nil, url: optionalString(URL), encoding: optionalString(encoding), options: options)
}

// MARK: contexts for one input, and the push parser

func contextWithInput(_ input: PendingInput) -> xmlParserCtxtPtr? {
  guard let ctxt = unsafe exported_xmlNewParserCtxt() else { return nil }
  let k = unsafe key(ctxt)
  pendingInputs.withLock { $0[k] = input }
  return unsafe ctxt
}

@_cdecl("xmlCreateMemoryParserCtxt")
public func exported_xmlCreateMemoryParserCtxt(_ buffer: UnsafePointer<CChar>?, _ size: Int32) -> xmlParserCtxtPtr? {
  guard let buffer = unsafe buffer, size > 0 else { return nil }
  // SAFETY: size readable bytes at buffer, copied at once.
  let bytes = unsafe Array(UnsafeRawBufferPointer(start: buffer, count: Int(size)))
  return unsafe contextWithInput(PendingInput(bytes: bytes))
}

@_cdecl("xmlCreateDocParserCtxt")
public func exported_xmlCreateDocParserCtxt(_ cur: UnsafePointer<xmlChar>?) -> xmlParserCtxtPtr? {
  guard let cur = unsafe cur else { return nil }
  return unsafe contextWithInput(PendingInput(bytes: CString.bytes(cur)))
}

@_cdecl("xmlCreateFileParserCtxt")
public func exported_xmlCreateFileParserCtxt(_ filename: UnsafePointer<CChar>?) -> xmlParserCtxtPtr? {
  guard let name = unsafe optionalString(filename) else { return nil }
  return unsafe contextWithInput(PendingInput(path: name))
}

/// Parses the context's input into `myDoc`; 0, or -1 when it is not well-formed.
@_cdecl("xmlParseDocument")
public func exported_xmlParseDocument(_ ctxt: xmlParserCtxtPtr?) -> Int32 {
  guard let ctxt = unsafe ctxt else { return -1 }
  let k = unsafe key(ctxt)
  guard let input = pendingInputs.withLock({ $0.removeValue(forKey: k) }) else { return -1 }
  let doc = unsafe readDocument(bytes: input.path == nil ? input.bytes : nil, path: input.path, url: input.url, encoding: nil,
                                options: contextOptions(ctxt, 0), context: ctxt)
  unsafe ctxt.pointee.myDoc = doc
  return unsafe doc == nil ? -1 : 0
}

/// Copies a program's SAX handler into the context's (the SAX1 part only, unless the handler
/// says it is a SAX2 one), as libxml2 does.
func installHandler(_ sax: xmlSAXHandlerPtr, into ctxt: xmlParserCtxtPtr) {
  guard let own = unsafe ctxt.pointee.sax else { return }
  if unsafe sax.pointee.initialized == 0xDEEDBEAF {
    unsafe own.pointee = sax.pointee
  } else {
    // SAFETY: xmlSAXHandlerV1 is the leading part of xmlSAXHandler (libxml2's layout).
    unsafe UnsafeMutableRawPointer(own).copyMemory(from: UnsafeRawPointer(sax), byteCount: MemoryLayout<xmlSAXHandlerV1>.size)
    unsafe own.pointee.initialized = 1
  }
}

/// A push parser context; `chunk` (if any) is its first input. The chunks are gathered and
/// parsed when `xmlParseChunk` is told the input ended (events reach the SAX callbacks then).
@_cdecl("xmlCreatePushParserCtxt")
public func exported_xmlCreatePushParserCtxt(_ sax: xmlSAXHandlerPtr?, _ userData: UnsafeMutableRawPointer?, _ chunk: UnsafePointer<CChar>?,
                                             _ size: Int32, _ filename: UnsafePointer<CChar>?) -> xmlParserCtxtPtr? {
  var input = unsafe PendingInput(url: optionalString(filename))
  if let chunk = unsafe chunk, size > 0 {
    // SAFETY: size readable bytes at chunk, copied at once.
    input.bytes = unsafe Array(UnsafeRawBufferPointer(start: chunk, count: Int(size)))
  }
  guard let ctxt = unsafe contextWithInput(input) else { return nil }
  if let sax = unsafe sax { unsafe installHandler(sax, into: ctxt) }
  if let userData = unsafe userData { unsafe ctxt.pointee.userData = userData }
  return unsafe ctxt
}

/// Starts a push context over: forgets its input and document, takes `chunk` as the new start.
@_cdecl("xmlCtxtResetPush")
public func exported_xmlCtxtResetPush(_ ctxt: xmlParserCtxtPtr?, _ chunk: UnsafePointer<CChar>?, _ size: Int32,
                                      _ filename: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?) -> Int32 {
  guard let ctxt = unsafe ctxt else { return 1 }
  unsafe exported_xmlCtxtReset(ctxt)
  var input = unsafe PendingInput(url: optionalString(filename))
  if let chunk = unsafe chunk, size > 0 {
    // SAFETY: size readable bytes at chunk, copied at once.
    input.bytes = unsafe Array(UnsafeRawBufferPointer(start: chunk, count: Int(size)))
  }
  let k = unsafe key(ctxt)
  pendingInputs.withLock { $0[k] = input }
  return 0
}

/// Parses with a program's SAX handler and context argument; 0, or the error code.
func parseWithHandler(_ sax: xmlSAXHandlerPtr?, _ userData: UnsafeMutableRawPointer?, bytes: [UInt8]?, path: String?) -> Int32 {
  guard let ctxt = unsafe exported_xmlNewParserCtxt() else { return -1 }
  defer { unsafe exported_xmlFreeParserCtxt(ctxt) }
  if let sax = unsafe sax { unsafe installHandler(sax, into: ctxt) }
  if let userData = unsafe userData { unsafe ctxt.pointee.userData = userData }
  let doc = unsafe readDocument(bytes: bytes, path: path, url: nil, encoding: nil, options: contextOptions(ctxt, 0), context: ctxt)
  // A tree the handler's callbacks built is not handed out here (libxml2 frees it too).
  unsafe exported_xmlFreeDoc(doc)
  return unsafe ctxt.pointee.wellFormed != 0 ? 0 : max(1, ctxt.pointee.errNo)
}

@_cdecl("xmlSAXUserParseMemory")
public func exported_xmlSAXUserParseMemory(_ sax: xmlSAXHandlerPtr?, _ userData: UnsafeMutableRawPointer?,
                                           _ buffer: UnsafePointer<CChar>?, _ size: Int32) -> Int32 {
  guard let buffer = unsafe buffer, size >= 0 else { return -1 }
  // SAFETY: size readable bytes at buffer, copied at once.
  let bytes = unsafe Array(UnsafeRawBufferPointer(start: buffer, count: Int(size)))
  return unsafe parseWithHandler(sax, userData, bytes: bytes, path: nil)
}

@_cdecl("xmlSAXUserParseFile")
public func exported_xmlSAXUserParseFile(_ sax: xmlSAXHandlerPtr?, _ userData: UnsafeMutableRawPointer?,
                                         _ filename: UnsafePointer<CChar>?) -> Int32 {
  guard let name = unsafe optionalString(filename) else { return -1 }
  return unsafe parseWithHandler(sax, userData, bytes: nil, path: name)
}

/// Adds a chunk; with `terminate`, parses everything into `myDoc`. The error code (0: none).
@_cdecl("xmlParseChunk")
public func exported_xmlParseChunk(_ ctxt: xmlParserCtxtPtr?, _ chunk: UnsafePointer<CChar>?, _ size: Int32, _ terminate: Int32) -> Int32 {
  guard let ctxt = unsafe ctxt else { return 1 }   // XML_ERR_INTERNAL_ERROR
  let k = unsafe key(ctxt)
  if let chunk = unsafe chunk, size > 0 {
    // SAFETY: size readable bytes at chunk, copied at once.
    let bytes = unsafe Array(UnsafeRawBufferPointer(start: chunk, count: Int(size)))
    pendingInputs.withLock { $0[k, default: PendingInput()].bytes += bytes }
  }
  guard terminate != 0 else { return 0 }
  guard let input = pendingInputs.withLock({ $0.removeValue(forKey: k) }) else { return unsafe ctxt.pointee.errNo }
  let doc = unsafe readDocument(bytes: input.bytes, path: nil, url: input.url, encoding: nil,
                                options: contextOptions(ctxt, 0), context: ctxt)
  unsafe ctxt.pointee.myDoc = doc
  return unsafe ctxt.pointee.errNo
}
