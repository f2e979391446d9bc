import CLignumLibXML2
import LignumDOM
import LignumTokenizer

/// Builds libxml2's structs (`xmlDoc`, `xmlNode`, `xmlAttr`, `xmlNs`, `xmlDtd` and its declarations) for a parsed
/// ``Document``, laid out and linked as libxml2's own tree builder leaves them, every string
/// from `xmlMalloc`. Programs then own the tree: they read and write its fields and free it
/// with `xmlFreeDoc`.
///
/// The tree is built from the Swift DOM, which already splits text, keeps entity references
/// and drops blanks the way libxml2 does; no recursion, so depth costs no stack.
// SAFETY: the xmlNs pointers in `scope` are ones this builder allocated and linked into the
// tree it is building; they are only read while building, never freed here.
@safe struct CTreeBuilder {
  let document: Document
  /// `xmlParserOption` bits the document was read with.
  let options: Int32
  /// Whether the document was well-formed (else it was recovered): its `properties`.
  var wellFormed = true
  /// Namespaces in scope while building: prefix (nil: default) and the `xmlNs` declaring it.
  private var scope: [(prefix: [UInt8]?, ns: xmlNsPtr)] = unsafe []

  init(document: Document, options: Int32) {
    self.document = document
    self.options = options
  }

  /// The whole document; `nil` when an allocation failed (what was built is freed).
  mutating func build(url: String?) -> xmlDocPtr? {
    guard let doc = unsafe CMemory.allocateZeroed(xmlDoc.self) else { return nil }
    unsafe doc.pointee.type = XML_DOCUMENT_NODE
    unsafe doc.pointee.doc = doc
    let decl = document.xmlDeclaration
    unsafe doc.pointee.version = UnsafePointer(CMemory.string(decl?.version ?? "1.0"))
    if let encoding = decl?.encoding { unsafe doc.pointee.encoding = UnsafePointer(CMemory.string(encoding)) }
    // libxml2: 1 yes, 0 no, -2 declaration without standalone, -1 no declaration.
    if let decl {
      unsafe doc.pointee.standalone = decl.standalone.map { $0 ? 1 : 0 } ?? -2
    } else {
      unsafe doc.pointee.standalone = -1
    }
    if let url { unsafe doc.pointee.URL = UnsafePointer(CMemory.string(url)) }
    unsafe doc.pointee.charset = 1   // XML_CHAR_ENCODING_UTF8: the tree holds UTF-8
    unsafe doc.pointee.parseFlags = options
    // As libxml2: XML_DOC_WELLFORMED | XML_DOC_DTDVALID, and XML_DOC_NSVALID unless a namespace
    // error was recovered from; nothing for a document recovered from a well-formedness error.
    let namespaceValid = !document.parseWarnings.contains { $0.isNamespaceError && !$0.isWarning }
    unsafe doc.pointee.properties = !wellFormed ? 0 : namespaceValid ? 11 : 9
    unsafe buildChildren(of: .document, into: UnsafeMutableRawPointer(doc), doc: doc)
    return unsafe doc
  }

  /// Builds the subtree below `top` (a DOM node whose C counterpart is `cTop`) in preorder
  /// with an explicit stack.
  private mutating func buildChildren(of top: NodeID, into cTop: UnsafeMutableRawPointer, doc: xmlDocPtr) {
    // Each entry: the DOM node whose children are being built, its C node, and how many
    // namespace scope entries it pushed.
    var stack: [(id: NodeID, c: UnsafeMutableRawPointer, pushed: Int)] = unsafe [(top, cTop, 0)]
    var next: [NodeID?] = [document.firstChild(of: top)]
    while let parent = unsafe stack.last {
      guard let child = next[next.count - 1] else {
        unsafe scope.removeLast(parent.pushed)
        unsafe stack.removeLast()
        next.removeLast()
        continue
      }
      next[next.count - 1] = document.nextSibling(of: child)
      guard let node = unsafe makeNode(child, doc: doc) else { continue }
      if unsafe mergeText(node, into: parent.c) { continue }
      unsafe append(node, to: parent.c)
      switch document.kind(of: child) {
      case .element:
        let pushed = unsafe scope.count - (scopeMark ?? scope.count)
        scopeMark = nil
        unsafe stack.append((child, UnsafeMutableRawPointer(node), pushed))
        next.append(document.firstChild(of: child))
      case .entityReference:
        unsafe linkEntity(of: node, reference: child, doc: doc)
      default:
        break
      }
    }
  }

  /// With `XML_PARSE_NOCDATA`, CDATA sections are text: a text node that follows text is
  /// appended to it (as libxml2's SAX2 handler does) and freed. Whether it was.
  private func mergeText(_ node: xmlNodePtr, into parent: UnsafeMutableRawPointer) -> Bool {
    guard options & ParserOption.noCDATA != 0, unsafe node.pointee.type == XML_TEXT_NODE else { return false }
    // SAFETY: as in append(_:to:), parent is viewed as xmlNode for children/last.
    let p = unsafe parent.assumingMemoryBound(to: xmlNode.self)
    guard let last = unsafe p.pointee.last, unsafe last.pointee.type == XML_TEXT_NODE else { return false }
    unsafe last.pointee.content = exported_xmlStrcat(last.pointee.content, node.pointee.content)
    unsafe exported_xmlFreeNode(node)
    return true
  }

  /// How many scope entries existed before the element just made pushed its declarations.
  private var scopeMark: Int?

  /// Links `node` as the last child of `parent` (an xmlDoc or xmlNode: both have
  /// children/last at the same offsets).
  private func append(_ node: xmlNodePtr, to parent: UnsafeMutableRawPointer) {
    // SAFETY: parent is an xmlDoc or xmlNode built here; xmlDoc and xmlNode share their first
    // eight fields (libxml2's layout, pinned by the layout test), so viewing it as xmlNode to
    // reach children/last is sound.
    unsafe linkLastChild(node, of: parent.assumingMemoryBound(to: xmlNode.self))
  }

  /// One C node for a DOM node (its attributes and namespace declarations included).
  private mutating func makeNode(_ id: NodeID, doc: xmlDocPtr) -> xmlNodePtr? {
    let kind = document.kind(of: id)
    if kind == .documentType { return unsafe makeDTD(doc: doc) }
    guard let node = unsafe CMemory.allocateZeroed(xmlNode.self) else { return nil }
    unsafe node.pointee.doc = doc
    switch kind {
    case .element:
      unsafe node.pointee.type = XML_ELEMENT_NODE
      scopeMark = unsafe scope.count
      var lastNs: xmlNsPtr?
      for binding in document.namespaceDeclarations(of: id) {
        guard let ns = unsafe makeNs(prefix: binding.prefix, uri: binding.uri, doc: doc) else { continue }
        if let lastNs = unsafe lastNs { unsafe lastNs.pointee.next = ns } else { unsafe node.pointee.nsDef = ns }
        unsafe lastNs = ns
        unsafe scope.append((binding.prefix.map { Array($0.utf8) }, ns))
      }
      unsafe setName(of: node, id, doc: doc, isAttribute: false)
      // libxml2's reader marks an element written `<a/>` (NODE_IS_EMPTY in `extra`).
      if document.firstChild(of: id) == nil && !document.elementHasEndTag(id) { unsafe node.pointee.extra |= 1 }
      for a in document.attributes(of: id) {
        if let attr = unsafe makeAttribute(a, parent: node, doc: doc) { unsafe linkLastAttribute(attr, of: node) }
      }
    case .text:
      unsafe node.pointee.type = XML_TEXT_NODE
      unsafe node.pointee.name = lignumStringText()
      unsafe node.pointee.content = CMemory.string(document.contentBytes(of: id))
    case .cdata:
      let asText = options & ParserOption.noCDATA != 0
      unsafe node.pointee.type = asText ? XML_TEXT_NODE : XML_CDATA_SECTION_NODE
      if asText { unsafe node.pointee.name = lignumStringText() }
      unsafe node.pointee.content = CMemory.string(document.contentBytes(of: id))
    case .comment:
      unsafe node.pointee.type = XML_COMMENT_NODE
      unsafe node.pointee.name = lignumStringComment()
      unsafe node.pointee.content = CMemory.string(document.contentBytes(of: id))
    case .processingInstruction:
      unsafe node.pointee.type = XML_PI_NODE
      unsafe node.pointee.name = UnsafePointer(CMemory.string(document.name(of: id) ?? ""))
      let data = document.contentBytes(of: id)
      if !data.isEmpty || document.processingInstructionHasEmptyData(id) {
        unsafe node.pointee.content = CMemory.string(data)
      }
    case .entityReference:
      unsafe node.pointee.type = XML_ENTITY_REF_NODE
      unsafe node.pointee.name = UnsafePointer(CMemory.string(document.name(of: id) ?? ""))
    case .document, .attribute, .documentType:
      unsafe CMemory.free(node)
      return nil
    }
    return unsafe node
  }

  /// The document type node with its declarations, and the external subset (`doc->extSubset`,
  /// not among the children) when it was read.
  private func makeDTD(doc: xmlDocPtr) -> xmlNodePtr? {
    guard let dt = document.doctype, let dtd = unsafe makeSubset(dt, doc: doc) else { return nil }
    unsafe doc.pointee.intSubset = dtd
    let key = UInt(bitPattern: dtd)
    parsedDoctypes.withLock { $0[key] = dt }
    let url = unsafe doc.pointee.URL.map { unsafe CString.string($0) }
    unsafe CDTDBuilder.fill(dtd, with: dt.internalSubset, documentURL: url)
    if !dt.externalSubset.isEmpty, let ext = unsafe makeSubset(dt, doc: doc) {
      unsafe doc.pointee.extSubset = ext
      unsafe CDTDBuilder.fill(ext, with: dt.externalSubset, documentURL: url)
    }
    // SAFETY: xmlDtd's first eight fields are xmlNode's (libxml2 links the DTD among the
    // document's children through them), pinned by the layout test.
    return unsafe UnsafeMutableRawPointer(dtd).assumingMemoryBound(to: xmlNode.self)
  }

  private func makeSubset(_ dt: DoctypeDeclaration, doc: xmlDocPtr) -> xmlDtdPtr? {
    guard let dtd = unsafe CMemory.allocateZeroed(xmlDtd.self) else { return nil }
    unsafe dtd.pointee.type = XML_DTD_NODE
    unsafe dtd.pointee.name = UnsafePointer(CMemory.string(dt.name))
    unsafe dtd.pointee.doc = doc
    if let publicID = dt.publicID { unsafe dtd.pointee.ExternalID = UnsafePointer(CMemory.string(publicID)) }
    if let systemID = dt.systemID { unsafe dtd.pointee.SystemID = UnsafePointer(CMemory.string(systemID)) }
    return unsafe dtd
  }

  /// Points an entity reference at its declaration (``linkReference(_:doc:buildContent:)``).
  /// The first reference to an entity gives the entity its parsed content, built under it from
  /// the reference's DOM children (libxml2 parses an entity once, on its first use, and keeps
  /// the result there).
  private mutating func linkEntity(of ref: xmlNodePtr, reference id: NodeID, doc: xmlDocPtr) {
    unsafe linkReference(ref, doc: doc, buildContent: false)
    guard let entity = unsafe exported_xmlGetDocEntity(doc, ref.pointee.name) else { return }
    let etype = unsafe entity.pointee.etype
    guard etype == XML_INTERNAL_GENERAL_ENTITY || etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY,
          unsafe entity.pointee.children == nil, unsafe entity.pointee.owner == 0 else { return }
    unsafe entity.pointee.owner = 1
    unsafe buildChildren(of: id, into: UnsafeMutableRawPointer(entity), doc: doc)
    var c = unsafe entity.pointee.children
    while let x = unsafe c { unsafe entity.pointee.last = x; unsafe c = x.pointee.next }
  }

  private func makeNs(prefix: String?, uri: String, doc: xmlDocPtr) -> xmlNsPtr? {
    guard let ns = unsafe CMemory.allocateZeroed(xmlNs.self) else { return nil }
    unsafe ns.pointee.type = XML_NAMESPACE_DECL
    unsafe ns.pointee.href = UnsafePointer(CMemory.string(uri))
    if let prefix { unsafe ns.pointee.prefix = UnsafePointer(CMemory.string(prefix)) }
    unsafe ns.pointee.context = doc
    return unsafe ns
  }

  /// The `xmlNs` in scope for `prefix`; `xml` resolves to the document's `oldNs`.
  private func namespace(prefix: [UInt8]?, doc: xmlDocPtr) -> xmlNsPtr? {
    for unsafe entry in unsafe scope.reversed() where unsafe entry.prefix == prefix { return unsafe entry.ns }
    if prefix == Array("xml".utf8) {
      if let ns = unsafe doc.pointee.oldNs { return unsafe ns }
      let ns = unsafe makeNs(prefix: "xml", uri: "http://www.w3.org/XML/1998/namespace", doc: doc)
      unsafe doc.pointee.oldNs = ns
      return unsafe ns
    }
    return nil
  }

  /// `name` and `ns` of an element or attribute: the local name and its namespace when the
  /// prefix is bound, else (an unbound prefix, libxml2's namespace error) the qualified name.
  private func setName(of node: xmlNodePtr, _ id: NodeID, doc: xmlDocPtr, isAttribute: Bool) {
    let prefix = document.prefix(of: id)
    let uri = document.namespaceURI(of: id)
    var ns: xmlNsPtr?
    if uri != nil, !(isAttribute && prefix == nil) {
      unsafe ns = namespace(prefix: prefix.map { Array($0.utf8) }, doc: doc)
    }
    let name = unsafe ns == nil ? (document.name(of: id) ?? "") : (document.localName(of: id) ?? "")
    unsafe node.pointee.name = UnsafePointer(CMemory.string(name))
    unsafe node.pointee.ns = ns
  }

  private func makeAttribute(_ id: NodeID, parent: xmlNodePtr, doc: xmlDocPtr) -> xmlAttrPtr? {
    guard let attr = unsafe CMemory.allocateZeroed(xmlAttr.self) else { return nil }
    unsafe attr.pointee.type = XML_ATTRIBUTE_NODE
    unsafe attr.pointee.parent = parent
    unsafe attr.pointee.doc = doc
    // SAFETY: xmlAttr shares xmlNode's fields up to and including `ns` except next/prev's
    // pointee type; setName writes only `name` and `ns`, at the same offsets in both (layout test).
    unsafe setName(of: UnsafeMutableRawPointer(attr).assumingMemoryBound(to: xmlNode.self), id, doc: doc, isAttribute: true)
    // The value: text and, when entities were kept, entity-reference children.
    let pieces = document.attributeValuePieces(of: id) ?? [.text(document.contentBytes(of: id))]
    for piece in pieces {
      guard let child = unsafe CMemory.allocateZeroed(xmlNode.self) else { continue }
      unsafe child.pointee.doc = doc
      switch piece {
      case .text(let bytes):
        unsafe child.pointee.type = XML_TEXT_NODE
        unsafe child.pointee.name = lignumStringText()
        unsafe child.pointee.content = CMemory.string(bytes)
      case .entityReference(let name):
        unsafe child.pointee.type = XML_ENTITY_REF_NODE
        unsafe child.pointee.name = UnsafePointer(CMemory.string(name))
        // An entity first used in an attribute value gets its content as libxml2's
        // xmlStringGetNodeList makes it: text and references.
        unsafe linkReference(child, doc: doc, buildContent: true)
      }
      // SAFETY: as above, xmlAttr's children/last are at xmlNode's offsets.
      unsafe append(child, to: UnsafeMutableRawPointer(attr))
    }
    return unsafe attr
  }
}
