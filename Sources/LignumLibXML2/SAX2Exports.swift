import CLignumLibXML2

// libxml2's SAX2 handlers (SAX2.h): the callbacks that build a C tree from parser events, into
// the context's `myDoc` with `node` as the open element. Programs that install their own
// callbacks (lxml, FoundationXML) call these from theirs to get the tree libxml2 builds.

/// The parser context behind a SAX `ctx` argument (libxml2 passes the context by default).
func parserContext(_ ctx: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
  unsafe ctx?.assumingMemoryBound(to: xmlParserCtxt.self)
}

/// Where content goes: the open element, else the document.
func insertionPoint(_ ctxt: xmlParserCtxtPtr) -> xmlNodePtr? {
  if let node = unsafe ctxt.pointee.node { return unsafe node }
  return unsafe ctxt.pointee.myDoc.map { unsafe asNode($0) }
}

/// The line of the event being delivered, as libxml2 stores it (65535 at most).
func currentLine() -> UInt16 { UInt16(clamping: max(0, Int(lignumSAXLine()))) }

@_cdecl("xmlSAX2StartDocument")
public func exported_xmlSAX2StartDocument(_ ctx: UnsafeMutableRawPointer?) {
  guard let ctxt = unsafe parserContext(ctx), unsafe ctxt.pointee.myDoc == nil else { return }
  guard let doc = unsafe exported_xmlNewDoc(ctxt.pointee.version) else { return }
  unsafe doc.pointee.properties = 0
  unsafe doc.pointee.parseFlags = ctxt.pointee.options
  unsafe doc.pointee.standalone = ctxt.pointee.standalone
  if let encoding = unsafe ctxt.pointee.encoding { unsafe doc.pointee.encoding = UnsafePointer(exported_xmlStrdup(encoding)) }
  unsafe ctxt.pointee.myDoc = doc
}

@_cdecl("xmlSAX2EndDocument")
public func exported_xmlSAX2EndDocument(_ ctx: UnsafeMutableRawPointer?) {
  guard let ctxt = unsafe parserContext(ctx), let doc = unsafe ctxt.pointee.myDoc else { return }
  // XML_DOC_WELLFORMED | XML_DOC_DTDVALID, and XML_DOC_NSVALID without namespace errors.
  if unsafe ctxt.pointee.wellFormed != 0 {
    unsafe doc.pointee.properties |= ctxt.pointee.nsWellFormed != 0 ? 11 : 9
  }
}

@_cdecl("xmlSAX2StartElementNs")
public func exported_xmlSAX2StartElementNs(_ ctx: UnsafeMutableRawPointer?, _ localname: UnsafePointer<xmlChar>?,
                                           _ prefix: UnsafePointer<xmlChar>?, _ URI: UnsafePointer<xmlChar>?,
                                           _ nbNamespaces: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                                           _ nbAttributes: Int32, _ nbDefaulted: Int32,
                                           _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
  guard let ctxt = unsafe parserContext(ctx), let localname = unsafe localname else { return }
  if unsafe ctxt.pointee.myDoc == nil { unsafe exported_xmlSAX2StartDocument(ctx) }
  guard let doc = unsafe ctxt.pointee.myDoc, let parent = unsafe insertionPoint(ctxt) else { return }
  // An unbound prefix keeps the qualified name, as libxml2 does after its namespace error.
  var name = unsafe CString.bytes(localname)
  if let prefix = unsafe prefix, unsafe URI == nil { name = unsafe CString.bytes(prefix) + [0x3A] + name }
  guard let node = unsafe newNode(XML_ELEMENT_NODE, doc: doc) else { return }
  unsafe node.pointee.name = UnsafePointer(CMemory.string(name))
  unsafe node.pointee.line = currentLine()
  _ = unsafe exported_xmlAddChild(parent, node)
  if let namespaces = unsafe namespaces {
    for i in 0..<Int(max(0, nbNamespaces)) {
      _ = unsafe exported_xmlNewNs(node, namespaces[2 * i + 1] ?? UnsafePointer(CMemory.string("")), namespaces[2 * i])
    }
  }
  if unsafe URI != nil { unsafe node.pointee.ns = exported_xmlSearchNs(doc, node, prefix) }
  // Attributes the DTD defaults (the last nbDefaulted) join the tree only with XML_PARSE_DTDATTR.
  let kept = unsafe ctxt.pointee.options & ParserOption.dtdAttributes != 0 || ctxt.pointee.loadsubset & 4 != 0
    ? nbAttributes : nbAttributes - max(0, nbDefaulted)
  if let attributes = unsafe attributes {
    for i in 0..<Int(max(0, kept)) {
      guard let attrName = unsafe attributes[5 * i], let start = unsafe attributes[5 * i + 3],
            let end = unsafe attributes[5 * i + 4] else { continue }
      let attrPrefix = unsafe attributes[5 * i + 1]
      let space = unsafe attrPrefix.flatMap { unsafe exported_xmlSearchNs(doc, node, $0) }
      // SAFETY: value and value end delimit the attribute's bytes (the callback's contract).
      let value = unsafe Array(UnsafeBufferPointer(start: start, count: max(0, end - start)))
      guard let v = unsafe CMemory.string(value) else { continue }
      defer { unsafe CMemory.free(v) }
      guard let attr = unsafe newProperty(node, space, attrName, nil, doc: nil) else { continue }
      // Without substitution the value holds `&#38;` and `&name;`: text and reference nodes.
      var c = unsafe ctxt.pointee.replaceEntities != 0 ? newTextNode(value, doc: doc) : nodeList(fromContent: value, doc: doc)
      if unsafe c == nil { unsafe c = newTextNode([], doc: doc) }
      unsafe adoptChildren(c, of: asNode(attr))
    }
  }
  unsafe ctxt.pointee.node = node
}

@_cdecl("xmlSAX2EndElementNs")
public func exported_xmlSAX2EndElementNs(_ ctx: UnsafeMutableRawPointer?, _ localname: UnsafePointer<xmlChar>?,
                                         _ prefix: UnsafePointer<xmlChar>?, _ URI: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let node = unsafe ctxt.pointee.node else { return }
  let parent = unsafe node.pointee.parent
  unsafe ctxt.pointee.node = parent.flatMap { unsafe $0.pointee.type == XML_ELEMENT_NODE ? $0 : nil }
}

@_cdecl("xmlSAX2Characters")
public func exported_xmlSAX2Characters(_ ctx: UnsafeMutableRawPointer?, _ ch: UnsafePointer<xmlChar>?, _ len: Int32) {
  guard let ctxt = unsafe parserContext(ctx), let node = unsafe ctxt.pointee.node, let ch = unsafe ch, len > 0 else { return }
  if let last = unsafe node.pointee.last, unsafe last.pointee.type == XML_TEXT_NODE, unsafe last.pointee.name == lignumStringText() {
    unsafe last.pointee.content = exported_xmlStrncat(last.pointee.content, ch, len)
    return
  }
  // SAFETY: len readable bytes at ch (the callback's contract).
  guard let text = unsafe newTextNode(Array(UnsafeBufferPointer(start: ch, count: Int(len))), doc: node.pointee.doc) else { return }
  unsafe text.pointee.line = currentLine()
  _ = unsafe exported_xmlAddChild(node, text)
}

@_cdecl("xmlSAX2IgnorableWhitespace")
public func exported_xmlSAX2IgnorableWhitespace(_ ctx: UnsafeMutableRawPointer?, _ ch: UnsafePointer<xmlChar>?, _ len: Int32) {}

@_cdecl("xmlSAX2CDataBlock")
public func exported_xmlSAX2CDataBlock(_ ctx: UnsafeMutableRawPointer?, _ value: UnsafePointer<xmlChar>?, _ len: Int32) {
  guard let ctxt = unsafe parserContext(ctx), let node = unsafe ctxt.pointee.node else { return }
  if let last = unsafe node.pointee.last, unsafe last.pointee.type == XML_CDATA_SECTION_NODE, let value = unsafe value {
    unsafe last.pointee.content = exported_xmlStrncat(last.pointee.content, value, len)
    return
  }
  guard let cdata = unsafe exported_xmlNewCDataBlock(node.pointee.doc, value, len) else { return }
  _ = unsafe exported_xmlAddChild(node, cdata)
}

@_cdecl("xmlSAX2Comment")
public func exported_xmlSAX2Comment(_ ctx: UnsafeMutableRawPointer?, _ value: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let parent = unsafe insertionPoint(ctxt),
        let comment = unsafe exported_xmlNewDocComment(ctxt.pointee.myDoc, value) else { return }
  if let dtd = unsafe currentSubset(ctxt) { unsafe linkLastChild(comment, of: asNode(dtd)); return }
  unsafe comment.pointee.line = currentLine()
  _ = unsafe exported_xmlAddChild(parent, comment)
}

@_cdecl("xmlSAX2ProcessingInstruction")
public func exported_xmlSAX2ProcessingInstruction(_ ctx: UnsafeMutableRawPointer?, _ target: UnsafePointer<xmlChar>?,
                                                  _ data: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let parent = unsafe insertionPoint(ctxt),
        let pi = unsafe exported_xmlNewDocPI(ctxt.pointee.myDoc, target, data) else { return }
  if let dtd = unsafe currentSubset(ctxt) { unsafe linkLastChild(pi, of: asNode(dtd)); return }
  unsafe pi.pointee.line = currentLine()
  _ = unsafe exported_xmlAddChild(parent, pi)
}

@_cdecl("xmlSAX2Reference")
public func exported_xmlSAX2Reference(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let node = unsafe ctxt.pointee.node,
        let ref = unsafe exported_xmlNewReference(ctxt.pointee.myDoc, name) else { return }
  _ = unsafe exported_xmlAddChild(node, ref)
}

@_cdecl("xmlSAX2InternalSubset")
public func exported_xmlSAX2InternalSubset(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                           _ ExternalID: UnsafePointer<xmlChar>?, _ SystemID: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx) else { return }
  if unsafe ctxt.pointee.myDoc == nil { unsafe exported_xmlSAX2StartDocument(ctx) }
  _ = unsafe exported_xmlCreateIntSubset(ctxt.pointee.myDoc, name, ExternalID, SystemID)
}

@_cdecl("xmlSAX2ExternalSubset")
public func exported_xmlSAX2ExternalSubset(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                           _ ExternalID: UnsafePointer<xmlChar>?, _ SystemID: UnsafePointer<xmlChar>?) {}

@_cdecl("xmlSAX2SetDocumentLocator")
public func exported_xmlSAX2SetDocumentLocator(_ ctx: UnsafeMutableRawPointer?, _ loc: xmlSAXLocatorPtr?) {}

/// The internal subset node of `doc`, created and linked as its first child when missing.
@_cdecl("xmlCreateIntSubset")
public func exported_xmlCreateIntSubset(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ ExternalID: UnsafePointer<xmlChar>?,
                                        _ SystemID: UnsafePointer<xmlChar>?) -> xmlDtdPtr? {
  if let doc = unsafe doc, unsafe exported_xmlGetIntSubset(doc) != nil { return nil }
  guard let dtd = unsafe CMemory.allocateZeroed(xmlDtd.self) else { return nil }
  unsafe dtd.pointee.type = XML_DTD_NODE
  unsafe dtd.pointee.name = UnsafePointer(name.flatMap { unsafe exported_xmlStrdup($0) })
  unsafe dtd.pointee.ExternalID = UnsafePointer(ExternalID.flatMap { unsafe exported_xmlStrdup($0) })
  unsafe dtd.pointee.SystemID = UnsafePointer(SystemID.flatMap { unsafe exported_xmlStrdup($0) })
  guard let doc = unsafe doc else { return unsafe dtd }
  unsafe dtd.pointee.doc = doc
  let node = unsafe asNode(dtd)
  if let first = unsafe doc.pointee.children {
    _ = unsafe exported_xmlAddPrevSibling(first, node)
  } else {
    _ = unsafe exported_xmlAddChild(asNode(doc), node)
  }
  unsafe doc.pointee.intSubset = dtd
  return unsafe dtd
}

/// Fills a handler with these SAX2 callbacks (version 2; version 1 is refused). 0 or -1.
@_cdecl("xmlSAXVersion")
public func exported_xmlSAXVersion(_ hdlr: xmlSAXHandlerPtr?, _ version: Int32) -> Int32 {
  guard let h = unsafe hdlr, version == 2 else { return -1 }
  unsafe h.pointee = xmlSAXHandler()
  unsafe h.pointee.initialized = 0xDEEDBEAF
  unsafe h.pointee.startElementNs = exported_xmlSAX2StartElementNs
  unsafe h.pointee.endElementNs = exported_xmlSAX2EndElementNs
  unsafe h.pointee.internalSubset = exported_xmlSAX2InternalSubset
  unsafe h.pointee.externalSubset = exported_xmlSAX2ExternalSubset
  unsafe h.pointee.setDocumentLocator = exported_xmlSAX2SetDocumentLocator
  unsafe h.pointee.startDocument = exported_xmlSAX2StartDocument
  unsafe h.pointee.endDocument = exported_xmlSAX2EndDocument
  unsafe h.pointee.reference = exported_xmlSAX2Reference
  unsafe h.pointee.characters = exported_xmlSAX2Characters
  unsafe h.pointee.cdataBlock = exported_xmlSAX2CDataBlock
  unsafe h.pointee.ignorableWhitespace = exported_xmlSAX2Characters
  unsafe h.pointee.processingInstruction = exported_xmlSAX2ProcessingInstruction
  unsafe h.pointee.comment = exported_xmlSAX2Comment
  unsafe installDeclarationHandlers(h)
  unsafe lignumSetDefaultSAXErrorHandlers(h)
  return 0
}

@_cdecl("xmlSAX2InitDefaultSAXHandler")
public func exported_xmlSAX2InitDefaultSAXHandler(_ hdlr: xmlSAXHandlerPtr?, _ warning: Int32) {
  _ = unsafe exported_xmlSAXVersion(hdlr, 2)
}

/// Whether a handler is exactly the default SAX2 one (then a parse may build the tree directly).
func isDefaultHandler(_ h: xmlSAXHandlerPtr) -> Bool {
  var d = unsafe xmlSAXHandler()
  _ = unsafe exported_xmlSAXVersion(&d, 2)
  return unsafe withUnsafeBytes(of: &h.pointee) { a in unsafe withUnsafeBytes(of: &d) { b in unsafe a.elementsEqual(b) } }
}
