#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CLignumLibXML2
import LignumDOM
import LignumTokenizer

// Writing documents (tree.h's xmlDocDump*/xmlSaveFile*, xmlsave.h's save contexts): the C tree
// is read back into a Document as it is now and written by the DOM's serializer, which writes
// what libxml2 2.9's xmlsave.c writes (declaration, escaping, `--format` indentation, encodings).

/// `XML_SAVE_*` option bits acted on.
enum SaveOption {
  static let format: Int32 = 1 << 0
  static let noDeclaration: Int32 = 1 << 1
  static let noEmpty: Int32 = 1 << 2
}

/// Whether empty elements are written `<a></a>`: the save option, or the program's
/// `xmlSaveNoEmptyTags` setting.
func expandsEmptyElements(_ options: Int32 = 0) -> Bool {
  // SAFETY: the accessor returns this thread's setting.
  unsafe (options & SaveOption.noEmpty != 0 || __xmlSaveNoEmptyTags().pointee != 0)
}

/// What formatted output indents by: the program's `xmlTreeIndentString`, nothing when its
/// `xmlIndentTreeOutput` is 0.
func indentation() -> String {
  // SAFETY: the accessors return this thread's settings; the string is the program's, NUL-terminated.
  guard unsafe __xmlIndentTreeOutput().pointee != 0 else { return "" }
  return unsafe __xmlTreeIndentString().pointee.map { unsafe optionalString($0) ?? "  " } ?? "  "
}

/// The bytes of a document; `nil` when the encoding cannot be written.
func serialize(_ doc: xmlDocPtr, encoding: String?, format: Bool, declaration: Bool = true, options: Int32 = 0) -> [UInt8]? {
  let d = unsafe CTreeReader.document(of: doc)
  return try? d.serialized(SerializationOptions(format: format, encoding: encoding, xmlDeclaration: declaration,
                                                expandEmptyElements: expandsEmptyElements(options), indentation: indentation()))
}

/// Hands `bytes` to the program as a NUL-terminated `xmlMalloc` block and its length.
func handOver(_ bytes: [UInt8]?, _ mem: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?, _ size: UnsafeMutablePointer<Int32>?) {
  let p = unsafe bytes.flatMap { unsafe CMemory.string($0) }
  if let mem = unsafe mem { unsafe mem.pointee = p }
  if let size = unsafe size { unsafe size.pointee = unsafe p == nil ? 0 : Int32(clamping: bytes?.count ?? 0) }
}

@_cdecl("xmlDocDumpFormatMemoryEnc")
public func exported_xmlDocDumpFormatMemoryEnc(_ doc: xmlDocPtr?, _ mem: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                               _ size: UnsafeMutablePointer<Int32>?, _ encoding: UnsafePointer<CChar>?, _ format: Int32) {
  guard let doc = unsafe doc else { return unsafe handOver(nil, mem, size) }
  unsafe handOver(serialize(doc, encoding: optionalString(encoding), format: format != 0), mem, size)
}

@_cdecl("xmlDocDumpMemoryEnc")
public func exported_xmlDocDumpMemoryEnc(_ doc: xmlDocPtr?, _ mem: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                         _ size: UnsafeMutablePointer<Int32>?, _ encoding: UnsafePointer<CChar>?) {
  unsafe exported_xmlDocDumpFormatMemoryEnc(doc, mem, size, encoding, 0)
}

@_cdecl("xmlDocDumpFormatMemory")
public func exported_xmlDocDumpFormatMemory(_ doc: xmlDocPtr?, _ mem: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                            _ size: UnsafeMutablePointer<Int32>?, _ format: Int32) {
  unsafe exported_xmlDocDumpFormatMemoryEnc(doc, mem, size, nil, format)
}

@_cdecl("xmlDocDumpMemory")
public func exported_xmlDocDumpMemory(_ doc: xmlDocPtr?, _ mem: UnsafeMutablePointer<UnsafeMutablePointer<xmlChar>?>?,
                                      _ size: UnsafeMutablePointer<Int32>?) {
  unsafe exported_xmlDocDumpFormatMemoryEnc(doc, mem, size, nil, 0)
}

/// Writes a document to a `FILE *`; the bytes written or -1.
@_cdecl("xmlDocFormatDump")
public func exported_xmlDocFormatDump(_ f: UnsafeMutablePointer<FILE>?, _ doc: xmlDocPtr?, _ format: Int32) -> Int32 {
  guard let f = unsafe f, let doc = unsafe doc, let bytes = unsafe serialize(doc, encoding: nil, format: format != 0) else { return -1 }
  // SAFETY: the array's bytes are lent to fwrite for the call only.
  let n = unsafe bytes.withUnsafeBytes { unsafe fwrite($0.baseAddress, 1, bytes.count, f) }
  return n == bytes.count ? Int32(clamping: n) : -1
}

@_cdecl("xmlDocDump")
public func exported_xmlDocDump(_ f: UnsafeMutablePointer<FILE>?, _ doc: xmlDocPtr?) -> Int32 {
  unsafe exported_xmlDocFormatDump(f, doc, 0)
}

/// Writes a document to a file (`-`: standard output); the bytes written or -1.
@_cdecl("xmlSaveFormatFileEnc")
public func exported_xmlSaveFormatFileEnc(_ filename: UnsafePointer<CChar>?, _ doc: xmlDocPtr?,
                                          _ encoding: UnsafePointer<CChar>?, _ format: Int32) -> Int32 {
  guard let name = unsafe optionalString(filename), let doc = unsafe doc,
        let bytes = unsafe serialize(doc, encoding: optionalString(encoding), format: format != 0),
        let out = unsafe exported_xmlOutputBufferCreateFilename(filename, nil, 0) else { return -1 }
  _ = name
  _ = unsafe write(bytes, to: out)
  return unsafe exported_xmlOutputBufferClose(out)
}

@_cdecl("xmlSaveFileEnc")
public func exported_xmlSaveFileEnc(_ filename: UnsafePointer<CChar>?, _ doc: xmlDocPtr?, _ encoding: UnsafePointer<CChar>?) -> Int32 {
  unsafe exported_xmlSaveFormatFileEnc(filename, doc, encoding, 0)
}

@_cdecl("xmlSaveFormatFile")
public func exported_xmlSaveFormatFile(_ filename: UnsafePointer<CChar>?, _ doc: xmlDocPtr?, _ format: Int32) -> Int32 {
  unsafe exported_xmlSaveFormatFileEnc(filename, doc, nil, format)
}

@_cdecl("xmlSaveFile")
public func exported_xmlSaveFile(_ filename: UnsafePointer<CChar>?, _ doc: xmlDocPtr?) -> Int32 {
  unsafe exported_xmlSaveFormatFileEnc(filename, doc, nil, 0)
}

/// Writes a document through an output buffer, which is closed; the bytes written or -1.
@_cdecl("xmlSaveFormatFileTo")
public func exported_xmlSaveFormatFileTo(_ buf: xmlOutputBufferPtr?, _ doc: xmlDocPtr?, _ encoding: UnsafePointer<CChar>?,
                                         _ format: Int32) -> Int32 {
  guard let buf = unsafe buf else { return -1 }
  guard let doc = unsafe doc, let bytes = unsafe serialize(doc, encoding: optionalString(encoding), format: format != 0) else {
    _ = unsafe exported_xmlOutputBufferClose(buf)
    return -1
  }
  _ = unsafe write(bytes, to: buf)
  return unsafe exported_xmlOutputBufferClose(buf)
}

@_cdecl("xmlSaveFileTo")
public func exported_xmlSaveFileTo(_ buf: xmlOutputBufferPtr?, _ doc: xmlDocPtr?, _ encoding: UnsafePointer<CChar>?) -> Int32 {
  unsafe exported_xmlSaveFormatFileTo(buf, doc, encoding, 0)
}

/// Writes one node (and its subtree) through an output buffer, as UTF-8 unless `encoding`.
@_cdecl("xmlNodeDumpOutput")
public func exported_xmlNodeDumpOutput(_ buf: xmlOutputBufferPtr?, _ doc: xmlDocPtr?, _ cur: xmlNodePtr?, _ level: Int32,
                                       _ format: Int32, _ encoding: UnsafePointer<CChar>?) {
  guard let buf = unsafe buf, let cur = unsafe cur else { return }
  switch unsafe cur.pointee.type {
  case XML_DOCUMENT_NODE:
    // SAFETY: a node of type XML_DOCUMENT_NODE is an xmlDoc.
    let d = unsafe UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlDoc.self)
    // Without an encoding the document is written as UTF-8, and declared so.
    if let bytes = unsafe serialize(d, encoding: optionalString(encoding) ?? "UTF-8", format: format != 0) { _ = unsafe write(bytes, to: buf) }
    return
  case XML_NAMESPACE_DECL:
    // SAFETY: a node of type XML_NAMESPACE_DECL is an xmlNs.
    let ns = unsafe UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlNs.self)
    guard let href = unsafe string(ns.pointee.href) else { return }
    let prefix = unsafe string(ns.pointee.prefix)
    if prefix == "xml" { return }
    _ = unsafe writeText(Array(((prefix.map { " xmlns:" + $0 } ?? " xmlns") + "=" + quotedLiteral(href)).utf8), to: buf)
    return
  case XML_ELEMENT_DECL, XML_ATTRIBUTE_DECL, XML_ENTITY_DECL:
    if let text = unsafe declarationText(cur) { _ = unsafe writeText(text, to: buf) }
    return
  case XML_ATTRIBUTE_NODE:
    // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
    let a = unsafe UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlAttr.self)
    var d = Document()
    if let doc = unsafe a.pointee.doc, let enc = unsafe string(doc.pointee.encoding) {
      d.xmlDeclaration = XMLDeclaration(version: "1.0", encoding: enc)
    }
    let holder = d.createElement("a")
    let value = unsafe nodeListString(a.pointee.children)
    defer { unsafe CMemory.free(value) }
    let id = unsafe d.setAttribute(CTreeReader.qualifiedName(a.pointee.name, a.pointee.ns), to: string(value) ?? "",
                                   namespace: a.pointee.ns.flatMap { unsafe string($0.pointee.href) }, on: holder)
    _ = unsafe writeText(d.serialized(node: id, textAsUTF8: true), to: buf)
    return
  default:
    break
  }
  let (d, id) = unsafe CTreeReader.document(ofNode: cur)
  guard let id else { return }
  _ = unsafe writeText(d.serialized(node: id, format: format != 0, textAsUTF8: true, expandEmptyElements: expandsEmptyElements(),
                                    indentation: indentation()), to: buf)
}

/// libxml2's `xmlBufWriteQuotedString` on a string (see ``appendQuoted(_:to:)``).
func quotedLiteral(_ s: String) -> String {
  var out: [UInt8] = []
  appendQuoted(Array(s.utf8), to: &out)
  return String(decoding: out, as: UTF8.self)
}

// MARK: save contexts

/// What an `xmlSaveCtxtPtr` points at: the output buffer, the encoding and the options.
// SAFETY: `out` is the context's own output buffer, closed and freed only by xmlSaveClose.
@safe final class SaveContext {
  let out: xmlOutputBufferPtr
  let encoding: String?
  let options: Int32
  init(out: xmlOutputBufferPtr, encoding: String?, options: Int32) {
    unsafe self.out = out; self.encoding = encoding; self.options = options
  }
}

func makeSaveContext(_ out: xmlOutputBufferPtr?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  guard let out = unsafe out else { return nil }
  let context = unsafe SaveContext(out: out, encoding: optionalString(encoding), options: options)
  // SAFETY: the retained reference is released by xmlSaveClose, the only way to end a context.
  return unsafe OpaquePointer(Unmanaged.passRetained(context).toOpaque())
}

func saveContext(_ ctxt: OpaquePointer?) -> SaveContext? {
  guard let ctxt = unsafe ctxt else { return nil }
  // SAFETY: ctxt came from makeSaveContext and is not closed yet (the caller's contract).
  return unsafe Unmanaged<SaveContext>.fromOpaque(UnsafeRawPointer(ctxt)).takeUnretainedValue()
}

@_cdecl("xmlSaveToFd")
public func exported_xmlSaveToFd(_ fd: Int32, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  unsafe makeSaveContext(exported_xmlOutputBufferCreateFd(fd, nil), encoding, options)
}

@_cdecl("xmlSaveToFilename")
public func exported_xmlSaveToFilename(_ filename: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  unsafe makeSaveContext(exported_xmlOutputBufferCreateFilename(filename, nil, 0), encoding, options)
}

@_cdecl("xmlSaveToIO")
public func exported_xmlSaveToIO(_ iowrite: xmlOutputWriteCallback?, _ ioclose: xmlOutputCloseCallback?, _ ioctx: UnsafeMutableRawPointer?,
                                 _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  unsafe makeSaveContext(exported_xmlOutputBufferCreateIO(iowrite, ioclose, ioctx, nil), encoding, options)
}

/// Writes a document; the bytes written, or -1.
@_cdecl("xmlSaveDoc")
public func exported_xmlSaveDoc(_ ctxt: OpaquePointer?, _ doc: xmlDocPtr?) -> Int {
  guard let c = unsafe saveContext(ctxt), let doc = unsafe doc,
        let bytes = unsafe serialize(doc, encoding: c.encoding, format: c.options & SaveOption.format != 0,
                                     declaration: c.options & SaveOption.noDeclaration == 0, options: c.options) else { return -1 }
  return unsafe Int(write(bytes, to: c.out))
}

/// Writes one node and its subtree; the bytes written, or -1.
@_cdecl("xmlSaveTree")
public func exported_xmlSaveTree(_ ctxt: OpaquePointer?, _ node: xmlNodePtr?) -> Int {
  guard let c = unsafe saveContext(ctxt), let node = unsafe node else { return -1 }
  if unsafe node.pointee.type == XML_DOCUMENT_NODE {
    // SAFETY: a node of type XML_DOCUMENT_NODE is an xmlDoc.
    return unsafe exported_xmlSaveDoc(ctxt, UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDoc.self))
  }
  let (d, id) = unsafe CTreeReader.document(ofNode: node)
  guard let id else { return -1 }
  return unsafe Int(write(d.serialized(node: id, format: c.options & SaveOption.format != 0,
                                       expandEmptyElements: expandsEmptyElements(c.options), indentation: indentation()), to: c.out))
}

@_cdecl("xmlSaveFlush")
public func exported_xmlSaveFlush(_ ctxt: OpaquePointer?) -> Int32 {
  guard let c = unsafe saveContext(ctxt) else { return -1 }
  return unsafe exported_xmlOutputBufferFlush(c.out)
}

/// Closes the context and its output; the bytes written, or -1.
@_cdecl("xmlSaveClose")
public func exported_xmlSaveClose(_ ctxt: OpaquePointer?) -> Int32 {
  guard let ctxt = unsafe ctxt else { return -1 }
  // SAFETY: balances the passRetained of makeSaveContext; the context is not used afterwards.
  let c = unsafe Unmanaged<SaveContext>.fromOpaque(UnsafeRawPointer(ctxt)).takeRetainedValue()
  return unsafe exported_xmlOutputBufferClose(c.out)
}
