import CLignumLibXML2

// The text reader (xmlreader.h): a cursor that visits a document's nodes in document order,
// elements twice (start and end) unless they have no content. This reader parses the whole
// document on the first xmlTextReaderRead (so parser properties set before it count) and then
// walks the C tree; it does not stream yet. Strings it hands out stay valid until the reader is
// freed.

/// What an `xmlTextReaderPtr` points at.
// SAFETY: the node pointers are into the reader's own document (or the walked one, which the
// program keeps alive); they are only read while the reader is alive.
@safe final class TextReader {
  var doc: xmlDocPtr?
  let ownsDoc: Bool
  /// The input, parsed on the first read.
  var input: PendingInput?
  var encoding: String?
  var options: Int32
  var state: Int32 = 0            // XML_TEXTREADER_MODE_INITIAL
  var node: xmlNodePtr?
  var isEnd = false
  var depth: Int32 = 0
  /// The attribute cursor: an index into namespace declarations then attributes, or -1.
  var attributeIndex = -1
  let strings = StringDictionary(parent: nil)

  init(doc: xmlDocPtr?, ownsDoc: Bool, input: PendingInput?, encoding: String?, options: Int32) {
    unsafe self.doc = doc; self.ownsDoc = ownsDoc; self.input = input; self.encoding = encoding; self.options = options
  }

  func intern(_ bytes: [UInt8]) -> UnsafePointer<xmlChar>? {
    unsafe strings.lookup(bytes, add: true).flatMap { unsafe UnsafePointer(bitPattern: $0) }
  }
  func intern(_ s: String) -> UnsafePointer<xmlChar>? { unsafe intern(Array(s.utf8)) }

  /// The namespace declarations and attributes of the current element, in the reader's order.
  var attributes: [(ns: xmlNsPtr?, attr: xmlAttrPtr?)] {
    guard let n = unsafe node, unsafe n.pointee.type == XML_ELEMENT_NODE, !isEnd else { return unsafe [] }
    var out: [(ns: xmlNsPtr?, attr: xmlAttrPtr?)] = unsafe []
    var d = unsafe n.pointee.nsDef
    while let x = unsafe d { unsafe out.append((x, nil)); unsafe d = x.pointee.next }
    var a = unsafe n.pointee.properties
    while let x = unsafe a { unsafe out.append((nil, x)); unsafe a = x.pointee.next }
    return unsafe out
  }

  var current: (ns: xmlNsPtr?, attr: xmlAttrPtr?)? {
    let list = unsafe attributes
    return unsafe attributeIndex >= 0 && attributeIndex < list.count ? list[attributeIndex] : nil
  }
}

func textReader(_ p: OpaquePointer?) -> TextReader? {
  guard let p = unsafe p else { return nil }
  // SAFETY: p came from makeReader and is not freed yet (the caller's contract).
  return unsafe Unmanaged<TextReader>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

func makeReader(_ r: TextReader) -> OpaquePointer {
  // SAFETY: released by xmlFreeTextReader.
  unsafe OpaquePointer(Unmanaged.passRetained(r).toOpaque())
}

@_cdecl("xmlReaderForFile")
public func exported_xmlReaderForFile(_ filename: UnsafePointer<CChar>?, _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  guard let name = unsafe optionalString(filename) else { return nil }
  let input = name == "-" ? PendingInput(bytes: readAll(fd: 0), url: "-") : PendingInput(path: name)
  return unsafe makeReader(TextReader(doc: nil, ownsDoc: true, input: input, encoding: optionalString(encoding), options: options))
}

@_cdecl("xmlReaderForMemory")
public func exported_xmlReaderForMemory(_ buffer: UnsafePointer<CChar>?, _ size: Int32, _ URL: UnsafePointer<CChar>?,
                                        _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  guard let buffer = unsafe buffer, size >= 0 else { return nil }
  // SAFETY: size readable bytes at buffer, copied at once.
  let bytes = unsafe Array(UnsafeRawBufferPointer(start: buffer, count: Int(size)))
  return unsafe makeReader(TextReader(doc: nil, ownsDoc: true, input: PendingInput(bytes: bytes, url: optionalString(URL)),
                                      encoding: optionalString(encoding), options: options))
}

@_cdecl("xmlReaderForDoc")
public func exported_xmlReaderForDoc(_ cur: UnsafePointer<xmlChar>?, _ URL: UnsafePointer<CChar>?,
                                     _ encoding: UnsafePointer<CChar>?, _ options: Int32) -> OpaquePointer? {
  guard let cur = unsafe cur else { return nil }
  return unsafe makeReader(TextReader(doc: nil, ownsDoc: true, input: PendingInput(bytes: CString.bytes(cur), url: optionalString(URL)),
                                      encoding: optionalString(encoding), options: options))
}

/// A reader over an existing document, which stays the program's.
@_cdecl("xmlReaderWalker")
public func exported_xmlReaderWalker(_ doc: xmlDocPtr?) -> OpaquePointer? {
  guard let doc = unsafe doc else { return nil }
  return unsafe makeReader(TextReader(doc: doc, ownsDoc: false, input: nil, encoding: nil, options: 0))
}

@_cdecl("xmlFreeTextReader")
public func exported_xmlFreeTextReader(_ reader: OpaquePointer?) {
  guard let reader = unsafe reader else { return }
  // SAFETY: balances makeReader's retain; the pointer is not used afterwards.
  let r = unsafe Unmanaged<TextReader>.fromOpaque(UnsafeRawPointer(reader)).takeRetainedValue()
  if r.ownsDoc { unsafe exported_xmlFreeDoc(r.doc) }
  _ = r.strings.release()
}

/// Closes the input: the reader reads nothing more. 0.
@_cdecl("xmlTextReaderClose")
public func exported_xmlTextReaderClose(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader) else { return -1 }
  r.state = 4   // XML_TEXTREADER_MODE_CLOSED
  unsafe r.node = nil
  return 0
}

/// Parses the input on the first read; false when it is not well-formed.
func prepare(_ r: TextReader) -> Bool {
  guard let input = r.input else { return unsafe r.doc != nil }
  r.input = nil
  unsafe r.doc = unsafe readDocument(bytes: input.path == nil ? input.bytes : nil, path: input.path, url: input.url,
                                     encoding: r.encoding, options: r.options, stopAtFirstError: true)
  return unsafe r.doc != nil
}

/// Moves to the next node; 1, 0 at the end, -1 on an error.
@_cdecl("xmlTextReaderRead")
public func exported_xmlTextReaderRead(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader) else { return -1 }
  if r.state == 2 { return -1 }
  if r.state == 3 || r.state == 4 { return 0 }
  r.attributeIndex = -1
  if r.state == 0 {
    guard prepare(r), let doc = unsafe r.doc else { r.state = 2; return -1 }
    r.state = 1
    unsafe r.node = doc.pointee.children
    r.isEnd = false
    r.depth = 0
    if unsafe r.node == nil { r.state = 3; return 0 }
    return 1
  }
  guard let n = unsafe r.node else { r.state = 3; return 0 }
  if !r.isEnd, unsafe n.pointee.type == XML_ELEMENT_NODE {
    if let child = unsafe n.pointee.children {
      unsafe r.node = child
      r.depth += 1
      return 1
    }
    // `<a></a>`: its end is a node of its own.
    if unsafe !visitedOnce(n) {
      r.isEnd = true
      return 1
    }
  }
  if let next = unsafe n.pointee.next {
    unsafe r.node = next
    r.isEnd = false
    return 1
  }
  if let parent = unsafe n.pointee.parent, unsafe parent.pointee.type == XML_ELEMENT_NODE {
    unsafe r.node = parent
    r.isEnd = true
    r.depth -= 1
    return 1
  }
  unsafe r.node = nil
  r.state = 3
  return 0
}

/// Skips the current element's subtree, then reads on.
@_cdecl("xmlTextReaderNext")
public func exported_xmlTextReaderNext(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader) else { return -1 }
  if let n = unsafe r.node, unsafe n.pointee.type == XML_ELEMENT_NODE, !r.isEnd, unsafe n.pointee.children != nil {
    r.isEnd = true
  }
  return unsafe exported_xmlTextReaderRead(reader)
}

@_cdecl("xmlTextReaderReadState")
public func exported_xmlTextReaderReadState(_ reader: OpaquePointer?) -> Int32 { unsafe textReader(reader)?.state ?? -1 }

@_cdecl("xmlTextReaderNodeType")
public func exported_xmlTextReaderNodeType(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), let n = unsafe r.node else { return -1 }
  if unsafe r.current != nil { return 2 }
  switch unsafe n.pointee.type {
  case XML_ELEMENT_NODE: return r.isEnd ? 15 : 1
  case XML_TEXT_NODE:
    // White space is significant unless the nearest xml:space says `default`.
    if unsafe exported_xmlIsBlankNode(n) == 1 { return unsafe exported_xmlNodeGetSpacePreserve(n) == 0 ? 13 : 14 }
    return 3
  case XML_CDATA_SECTION_NODE: return 4
  case XML_ENTITY_REF_NODE: return 5
  case XML_PI_NODE: return 7
  case XML_COMMENT_NODE: return 8
  case XML_DOCUMENT_NODE: return 9
  case XML_DTD_NODE: return 10
  default: return 0
  }
}

@_cdecl("xmlTextReaderDepth")
public func exported_xmlTextReaderDepth(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  return unsafe r.current != nil ? r.depth + 1 : r.depth
}

@_cdecl("xmlTextReaderIsEmptyElement")
public func exported_xmlTextReaderIsEmptyElement(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), let n = unsafe r.node, unsafe r.current == nil else { return -1 }
  return unsafe n.pointee.type == XML_ELEMENT_NODE && !r.isEnd && n.pointee.children == nil && n.pointee.extra & 1 != 0 ? 1 : 0
}

/// Whether the current element is one the reader visits once (written `<a/>`).
func visitedOnce(_ n: xmlNodePtr) -> Bool { unsafe n.pointee.children == nil && n.pointee.extra & 1 != 0 }

/// The reader's view of the current node's name parts: (prefix, local).
func nameParts(_ r: TextReader) -> (prefix: [UInt8]?, local: [UInt8])? {
  guard let n = unsafe r.node else { return nil }
  if let (ns, attr) = unsafe r.current {
    if let ns = unsafe ns {
      let prefix = unsafe ns.pointee.prefix.map { unsafe CString.bytes($0) }
      return prefix == nil ? (nil, Array("xmlns".utf8)) : (Array("xmlns".utf8), prefix!)
    }
    guard let a = unsafe attr else { return nil }
    return unsafe (a.pointee.ns.flatMap { unsafe $0.pointee.prefix.map { unsafe CString.bytes($0) } }, CString.bytes(a.pointee.name!))
  }
  switch unsafe n.pointee.type {
  case XML_ELEMENT_NODE:
    return unsafe (n.pointee.ns.flatMap { unsafe $0.pointee.prefix.map { unsafe CString.bytes($0) } }, CString.bytes(n.pointee.name!))
  case XML_TEXT_NODE: return (nil, Array("#text".utf8))
  case XML_CDATA_SECTION_NODE: return (nil, Array("#cdata-section".utf8))
  case XML_COMMENT_NODE: return (nil, Array("#comment".utf8))
  case XML_DOCUMENT_NODE: return (nil, Array("#document".utf8))
  default: return unsafe n.pointee.name.map { unsafe (nil, CString.bytes($0)) }
  }
}

@_cdecl("xmlTextReaderConstName")
public func exported_xmlTextReaderConstName(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let (prefix, local) = nameParts(r) else { return nil }
  return unsafe r.intern(prefix.map { $0 + [0x3A] + local } ?? local)
}

@_cdecl("xmlTextReaderConstLocalName")
public func exported_xmlTextReaderConstLocalName(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let (_, local) = nameParts(r) else { return nil }
  return unsafe r.intern(local)
}

@_cdecl("xmlTextReaderConstPrefix")
public func exported_xmlTextReaderConstPrefix(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let (prefix, _) = nameParts(r), let prefix else { return nil }
  return unsafe r.intern(prefix)
}

@_cdecl("xmlTextReaderConstNamespaceUri")
public func exported_xmlTextReaderConstNamespaceUri(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let n = unsafe r.node else { return nil }
  if let (ns, attr) = unsafe r.current {
    if unsafe ns != nil { return unsafe r.intern("http://www.w3.org/2000/xmlns/") }
    return unsafe attr?.pointee.ns?.pointee.href.flatMap { unsafe r.intern(CString.bytes($0)) }
  }
  guard unsafe n.pointee.type == XML_ELEMENT_NODE else { return nil }
  return unsafe n.pointee.ns?.pointee.href.flatMap { unsafe r.intern(CString.bytes($0)) }
}

/// The current node's value bytes, if it has one.
func value(_ r: TextReader) -> [UInt8]? {
  guard let n = unsafe r.node else { return nil }
  if let (ns, attr) = unsafe r.current {
    if let ns = unsafe ns { return unsafe ns.pointee.href.map { unsafe CString.bytes($0) } ?? [] }
    guard let a = unsafe attr else { return nil }
    let v = unsafe nodeListString(a.pointee.children, inLine: true)
    defer { unsafe CMemory.free(v) }
    return unsafe v.map { unsafe CString.bytes($0) }
  }
  switch unsafe n.pointee.type {
  case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
    return unsafe n.pointee.content.map { unsafe CString.bytes($0) } ?? []
  case XML_PI_NODE:
    return unsafe n.pointee.content.map { unsafe CString.bytes($0) }   // `<?t?>` has none
  default:
    return nil
  }
}

@_cdecl("xmlTextReaderConstValue")
public func exported_xmlTextReaderConstValue(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let v = value(r) else { return nil }
  return unsafe r.intern(v)
}

@_cdecl("xmlTextReaderHasValue")
public func exported_xmlTextReaderHasValue(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), let n = unsafe r.node else { return -1 }
  if unsafe r.current != nil { return 1 }
  switch unsafe n.pointee.type {
  case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE: return 1
  default: return 0
  }
}

@_cdecl("xmlTextReaderName")
public func exported_xmlTextReaderName(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  unsafe exported_xmlTextReaderConstName(reader).flatMap { unsafe exported_xmlStrdup($0) }
}

@_cdecl("xmlTextReaderLocalName")
public func exported_xmlTextReaderLocalName(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  unsafe exported_xmlTextReaderConstLocalName(reader).flatMap { unsafe exported_xmlStrdup($0) }
}

@_cdecl("xmlTextReaderValue")
public func exported_xmlTextReaderValue(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  unsafe exported_xmlTextReaderConstValue(reader).flatMap { unsafe exported_xmlStrdup($0) }
}

@_cdecl("xmlTextReaderNamespaceUri")
public func exported_xmlTextReaderNamespaceUri(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  unsafe exported_xmlTextReaderConstNamespaceUri(reader).flatMap { unsafe exported_xmlStrdup($0) }
}

@_cdecl("xmlTextReaderPrefix")
public func exported_xmlTextReaderPrefix(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  unsafe exported_xmlTextReaderConstPrefix(reader).flatMap { unsafe exported_xmlStrdup($0) }
}

// MARK: attributes

@_cdecl("xmlTextReaderAttributeCount")
public func exported_xmlTextReaderAttributeCount(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  return unsafe Int32(r.attributes.count)
}

@_cdecl("xmlTextReaderHasAttributes")
public func exported_xmlTextReaderHasAttributes(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  return unsafe r.attributes.isEmpty ? 0 : 1
}

@_cdecl("xmlTextReaderMoveToFirstAttribute")
public func exported_xmlTextReaderMoveToFirstAttribute(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  guard unsafe !r.attributes.isEmpty else { return 0 }
  r.attributeIndex = 0
  return 1
}

@_cdecl("xmlTextReaderMoveToNextAttribute")
public func exported_xmlTextReaderMoveToNextAttribute(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  if r.attributeIndex < 0 { return unsafe exported_xmlTextReaderMoveToFirstAttribute(reader) }
  guard unsafe r.attributeIndex + 1 < r.attributes.count else { return 0 }
  r.attributeIndex += 1
  return 1
}

@_cdecl("xmlTextReaderMoveToAttributeNo")
public func exported_xmlTextReaderMoveToAttributeNo(_ reader: OpaquePointer?, _ no: Int32) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  guard no >= 0, unsafe Int(no) < r.attributes.count else { return 0 }
  r.attributeIndex = Int(no)
  return 1
}

/// The index of the attribute written `name` (`xmlns`, `xmlns:p` for declarations).
func attributeIndex(_ r: TextReader, _ name: [UInt8]) -> Int? {
  unsafe r.attributes.firstIndex { entry in
    if let ns = unsafe entry.ns {
      let prefix = unsafe ns.pointee.prefix.map { unsafe CString.bytes($0) }
      return name == Array("xmlns".utf8) + (prefix.map { [0x3A] + $0 } ?? [])
    }
    guard let a = unsafe entry.attr else { return false }
    return unsafe Array(CTreeReader.qualifiedName(a.pointee.name, a.pointee.ns).utf8) == name
  }
}

@_cdecl("xmlTextReaderMoveToAttribute")
public func exported_xmlTextReaderMoveToAttribute(_ reader: OpaquePointer?, _ name: UnsafePointer<xmlChar>?) -> Int32 {
  guard let r = unsafe textReader(reader), let name = unsafe name, unsafe r.node != nil else { return -1 }
  guard let i = unsafe attributeIndex(r, CString.bytes(name)) else { return 0 }
  r.attributeIndex = i
  return 1
}

@_cdecl("xmlTextReaderMoveToElement")
public func exported_xmlTextReaderMoveToElement(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  guard r.attributeIndex >= 0 else { return 0 }
  r.attributeIndex = -1
  return 1
}

@_cdecl("xmlTextReaderGetAttribute")
public func exported_xmlTextReaderGetAttribute(_ reader: OpaquePointer?, _ name: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let name = unsafe name, let i = unsafe attributeIndex(r, CString.bytes(name)) else { return nil }
  let saved = r.attributeIndex
  defer { r.attributeIndex = saved }
  r.attributeIndex = i
  return unsafe value(r).flatMap { unsafe CMemory.string($0) }
}

@_cdecl("xmlTextReaderGetAttributeNo")
public func exported_xmlTextReaderGetAttributeNo(_ reader: OpaquePointer?, _ no: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), no >= 0, unsafe Int(no) < r.attributes.count else { return nil }
  let saved = r.attributeIndex
  defer { r.attributeIndex = saved }
  r.attributeIndex = Int(no)
  return unsafe value(r).flatMap { unsafe CMemory.string($0) }
}

@_cdecl("xmlTextReaderGetAttributeNs")
public func exported_xmlTextReaderGetAttributeNs(_ reader: OpaquePointer?, _ localName: UnsafePointer<xmlChar>?,
                                                 _ namespaceURI: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let n = unsafe r.node, !r.isEnd else { return nil }
  return unsafe exported_xmlGetNsProp(n, localName, namespaceURI)
}

@_cdecl("xmlTextReaderIsNamespaceDecl")
public func exported_xmlTextReaderIsNamespaceDecl(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), unsafe r.node != nil else { return -1 }
  return unsafe r.current?.ns != nil ? 1 : 0
}

@_cdecl("xmlTextReaderIsDefault")
public func exported_xmlTextReaderIsDefault(_ reader: OpaquePointer?) -> Int32 { 0 }

@_cdecl("xmlTextReaderQuoteChar")
public func exported_xmlTextReaderQuoteChar(_ reader: OpaquePointer?) -> Int32 { 0x22 }

@_cdecl("xmlTextReaderReadAttributeValue")
public func exported_xmlTextReaderReadAttributeValue(_ reader: OpaquePointer?) -> Int32 { 0 }

// MARK: the node and the document

/// The current node (an attribute's xmlAttr, a declaration's xmlNs), or NULL.
@_cdecl("xmlTextReaderCurrentNode")
public func exported_xmlTextReaderCurrentNode(_ reader: OpaquePointer?) -> xmlNodePtr? {
  guard let r = unsafe textReader(reader) else { return nil }
  if let (ns, attr) = unsafe r.current {
    if let ns = unsafe ns { return unsafe asNode(ns) }
    return unsafe attr.map { unsafe asNode($0) }
  }
  return unsafe r.node
}

/// The current node with its whole subtree (the document is already complete).
@_cdecl("xmlTextReaderExpand")
public func exported_xmlTextReaderExpand(_ reader: OpaquePointer?) -> xmlNodePtr? {
  unsafe exported_xmlTextReaderCurrentNode(reader)
}

@_cdecl("xmlTextReaderCurrentDoc")
public func exported_xmlTextReaderCurrentDoc(_ reader: OpaquePointer?) -> xmlDocPtr? { unsafe textReader(reader)?.doc }

@_cdecl("xmlTextReaderConstEncoding")
public func exported_xmlTextReaderConstEncoding(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let e = unsafe r.doc?.pointee.encoding else { return nil }
  return unsafe r.intern(CString.bytes(e))
}

@_cdecl("xmlTextReaderConstXmlVersion")
public func exported_xmlTextReaderConstXmlVersion(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let v = unsafe r.doc?.pointee.version else { return nil }
  return unsafe r.intern(CString.bytes(v))
}

@_cdecl("xmlTextReaderStandalone")
public func exported_xmlTextReaderStandalone(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), let doc = unsafe r.doc else { return -1 }
  return unsafe doc.pointee.standalone == 1 ? 1 : doc.pointee.standalone == 0 ? 0 : -1
}

@_cdecl("xmlTextReaderConstBaseUri")
public func exported_xmlTextReaderConstBaseUri(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let url = unsafe r.doc?.pointee.URL else { return nil }
  return unsafe r.intern(CString.bytes(url))
}

@_cdecl("xmlTextReaderBaseUri")
public func exported_xmlTextReaderBaseUri(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  unsafe exported_xmlTextReaderConstBaseUri(reader).flatMap { unsafe exported_xmlStrdup($0) }
}

@_cdecl("xmlTextReaderConstXmlLang")
public func exported_xmlTextReaderConstXmlLang(_ reader: OpaquePointer?) -> UnsafePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let n = unsafe r.node, let lang = unsafe exported_xmlNodeGetLang(n) else { return nil }
  defer { unsafe CMemory.free(lang) }
  return unsafe r.intern(CString.bytes(lang))
}

@_cdecl("xmlTextReaderLookupNamespace")
public func exported_xmlTextReaderLookupNamespace(_ reader: OpaquePointer?, _ prefix: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let r = unsafe textReader(reader), let n = unsafe r.node,
        let ns = unsafe exported_xmlSearchNs(r.doc, n, prefix) else { return nil }
  return unsafe ns.pointee.href.flatMap { unsafe exported_xmlStrdup($0) }
}

@_cdecl("xmlTextReaderReadString")
public func exported_xmlTextReaderReadString(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  guard let node = unsafe exported_xmlTextReaderCurrentNode(reader) else { return nil }
  return unsafe exported_xmlNodeGetContent(node)
}

/// The current node written as XML (with its subtree), a new string.
@_cdecl("xmlTextReaderReadOuterXml")
public func exported_xmlTextReaderReadOuterXml(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  guard let node = unsafe exported_xmlTextReaderCurrentNode(reader), let out = unsafe exported_xmlAllocOutputBuffer(nil) else { return nil }
  unsafe exported_xmlNodeDumpOutput(out, node.pointee.doc, node, 0, 0, nil)
  let text = unsafe exported_xmlStrdup(exported_xmlOutputBufferGetContent(out))
  _ = unsafe exported_xmlOutputBufferClose(out)
  return unsafe text
}

/// The current node's children written as XML, a new string.
@_cdecl("xmlTextReaderReadInnerXml")
public func exported_xmlTextReaderReadInnerXml(_ reader: OpaquePointer?) -> UnsafeMutablePointer<xmlChar>? {
  guard let node = unsafe exported_xmlTextReaderCurrentNode(reader), let out = unsafe exported_xmlAllocOutputBuffer(nil) else { return nil }
  var c = unsafe node.pointee.children
  while let x = unsafe c { unsafe exported_xmlNodeDumpOutput(out, node.pointee.doc, x, 0, 0, nil); unsafe c = x.pointee.next }
  let text = unsafe exported_xmlStrdup(exported_xmlOutputBufferGetContent(out) ?? UnsafePointer(CMemory.string([])))
  _ = unsafe exported_xmlOutputBufferClose(out)
  return unsafe text
}

@_cdecl("xmlTextReaderGetParserLineNumber")
public func exported_xmlTextReaderGetParserLineNumber(_ reader: OpaquePointer?) -> Int32 {
  guard let r = unsafe textReader(reader), let n = unsafe r.node else { return 0 }
  return unsafe Int32(n.pointee.line)
}

@_cdecl("xmlTextReaderGetParserColumnNumber")
public func exported_xmlTextReaderGetParserColumnNumber(_ reader: OpaquePointer?) -> Int32 { 0 }

// MARK: parser properties

/// XML_PARSER_LOADDTD, DEFAULTATTRS, VALIDATE, SUBST_ENTITIES, as option bits.
func parserPropertyBit(_ prop: Int32) -> Int32? {
  switch prop {
  case 1: return ParserOption.dtdLoad
  case 2: return ParserOption.dtdAttributes
  case 3: return 1 << 4              // XML_PARSE_DTDVALID
  case 4: return ParserOption.noEntities
  default: return nil
  }
}

/// Sets a parser property before the first read (afterwards the document is parsed); 0 or -1.
@_cdecl("xmlTextReaderSetParserProp")
public func exported_xmlTextReaderSetParserProp(_ reader: OpaquePointer?, _ prop: Int32, _ value: Int32) -> Int32 {
  guard let r = unsafe textReader(reader), let bit = parserPropertyBit(prop), r.state == 0 else { return -1 }
  if value != 0 { r.options |= bit } else { r.options &= ~bit }
  return 0
}

@_cdecl("xmlTextReaderGetParserProp")
public func exported_xmlTextReaderGetParserProp(_ reader: OpaquePointer?, _ prop: Int32) -> Int32 {
  guard let r = unsafe textReader(reader), let bit = parserPropertyBit(prop) else { return -1 }
  return r.options & bit != 0 ? 1 : 0
}

/// Validation while reading is not supported yet: the document is never reported valid (0).
@_cdecl("xmlTextReaderIsValid")
public func exported_xmlTextReaderIsValid(_ reader: OpaquePointer?) -> Int32 {
  unsafe textReader(reader) == nil ? -1 : 0
}
