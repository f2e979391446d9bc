import CLignumLibXML2

// Creating and changing C trees (tree.h), with libxml2's rules: a text node added next to a
// text node is merged into it (and freed), nodes moved into another document get its `doc`,
// an element's content string is read as character data with entity references.

/// The node viewed as an xmlNode (xmlDoc, xmlDtd and xmlAttr share its first fields).
@inline(__always) func asNode<T>(_ p: UnsafeMutablePointer<T>) -> xmlNodePtr {
  // SAFETY: used only for libxml2's node structs, whose `_private`, `type`, `name`, `children`,
  // `last`, `parent`, `next`, `prev` and `doc` are at xmlNode's offsets (layout test).
  unsafe UnsafeMutableRawPointer(p).assumingMemoryBound(to: xmlNode.self)
}

/// A new node of `type` from `xmlMalloc`, in `doc`.
func newNode(_ type: xmlElementType, doc: xmlDocPtr?) -> xmlNodePtr? {
  guard let n = unsafe CMemory.allocateZeroed(xmlNode.self) else { return nil }
  unsafe n.pointee.type = type
  unsafe n.pointee.doc = doc
  return unsafe n
}

/// A text node with `content` copied (not parsed).
func newTextNode(_ content: [UInt8], doc: xmlDocPtr?) -> xmlNodePtr? {
  guard let n = unsafe newNode(XML_TEXT_NODE, doc: doc) else { return nil }
  unsafe n.pointee.name = lignumStringText()
  unsafe n.pointee.content = CMemory.string(content)
  return unsafe n
}

/// libxml2's `xmlStringGetNodeList`: character data where `&name;` is an entity reference
/// node, except the predefined entities and character references, which become text.
func nodeList(fromContent content: [UInt8], doc: xmlDocPtr?) -> xmlNodePtr? {
  var first: xmlNodePtr?, last: xmlNodePtr?
  var text: [UInt8] = []
  func push(_ n: xmlNodePtr?) {
    guard let n = unsafe n else { return }
    if let l = unsafe last { unsafe l.pointee.next = n; unsafe n.pointee.prev = l } else { unsafe first = n }
    unsafe last = n
  }
  func flush() {
    if !text.isEmpty { unsafe push(newTextNode(text, doc: doc)); text = [] }
  }
  var i = 0
  while i < content.count {
    let c = content[i]
    if c == 0x26, let end = content[i...].firstIndex(of: 0x3B), end > i + 1 {
      let name = Array(content[(i + 1)..<end])
      if let expansion = predefinedOrCharacter(name) {
        text += expansion
      } else {
        flush()
        if let ref = unsafe newNode(XML_ENTITY_REF_NODE, doc: doc) {
          unsafe ref.pointee.name = UnsafePointer(CMemory.string(name))
          unsafe linkReference(ref, doc: doc, buildContent: true)
          unsafe push(ref)
        }
      }
      i = end + 1
      continue
    }
    text.append(c)
    i += 1
  }
  flush()
  return unsafe first
}

/// The replacement of `&lt;`…`&quot;` and `&#N;`/`&#xH;` (name without `&` and `;`).
func predefinedOrCharacter(_ name: [UInt8]) -> [UInt8]? {
  switch String(decoding: name, as: UTF8.self) {
  case "lt": return [0x3C]
  case "gt": return [0x3E]
  case "amp": return [0x26]
  case "apos": return [0x27]
  case "quot": return [0x22]
  default: break
  }
  guard name.first == 0x23 else { return nil }
  let digits = name.dropFirst()
  let value: UInt32?
  if digits.first == 0x78 { value = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16) }
  else { value = UInt32(String(decoding: digits, as: UTF8.self), radix: 10) }
  guard let value, let scalar = Unicode.Scalar(value) else { return nil }
  return Array(String(Character(scalar)).utf8)
}

/// Sets `doc` on a subtree (attributes included), without recursion.
func setTreeDoc(_ top: xmlNodePtr, _ doc: xmlDocPtr?) {
  var n: xmlNodePtr? = unsafe top
  while let x = unsafe n {
    unsafe x.pointee.doc = doc
    if unsafe x.pointee.type == XML_ELEMENT_NODE {
      var a = unsafe x.pointee.properties
      while let p = unsafe a {
        unsafe p.pointee.doc = doc
        var c = unsafe p.pointee.children
        while let t = unsafe c { unsafe t.pointee.doc = doc; unsafe c = t.pointee.next }
        unsafe a = p.pointee.next
      }
    }
    if unsafe ownsChildren(x), let c = unsafe x.pointee.children { unsafe n = c; continue }
    if unsafe x == top { return }
    var y = unsafe x
    while unsafe y.pointee.next == nil {
      guard let p = unsafe y.pointee.parent, unsafe p != top else { return }
      unsafe y = p
    }
    unsafe n = y.pointee.next
  }
}

@_cdecl("xmlNewDoc")
public func exported_xmlNewDoc(_ version: UnsafePointer<xmlChar>?) -> xmlDocPtr? {
  guard let doc = unsafe CMemory.allocateZeroed(xmlDoc.self) else { return nil }
  unsafe doc.pointee.type = XML_DOCUMENT_NODE
  unsafe doc.pointee.version = UnsafePointer(version.map { unsafe exported_xmlStrdup($0) } ?? CMemory.string("1.0"))
  unsafe doc.pointee.standalone = -1
  unsafe doc.pointee.compression = -1
  unsafe doc.pointee.doc = doc
  unsafe doc.pointee.charset = 1            // XML_CHAR_ENCODING_UTF8
  unsafe doc.pointee.properties = 1 << 5    // XML_DOC_USERBUILT
  return unsafe doc
}

@_cdecl("xmlNewDocNode")
public func exported_xmlNewDocNode(_ doc: xmlDocPtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?,
                                   _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  guard let name = unsafe name, let n = unsafe newNode(XML_ELEMENT_NODE, doc: doc) else { return nil }
  unsafe n.pointee.name = UnsafePointer(exported_xmlStrdup(name))
  unsafe n.pointee.ns = ns
  if let content = unsafe content {
    var c = unsafe nodeList(fromContent: CString.bytes(content), doc: doc)
    while let x = unsafe c {
      let next = unsafe x.pointee.next
      unsafe x.pointee.next = nil
      unsafe x.pointee.prev = nil
      _ = unsafe exported_xmlAddChild(n, x)
      unsafe c = next
    }
  }
  return unsafe n
}

@_cdecl("xmlNewNode")
public func exported_xmlNewNode(_ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  unsafe exported_xmlNewDocNode(nil, ns, name, nil)
}

@_cdecl("xmlNewChild")
public func exported_xmlNewChild(_ parent: xmlNodePtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?,
                                 _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  guard let parent = unsafe parent else { return nil }
  let t = unsafe parent.pointee.type
  guard t == XML_ELEMENT_NODE || t == XML_DOCUMENT_NODE || t == XML_DOCUMENT_FRAG_NODE else { return nil }
  // Without a namespace, a child of an element takes its parent's.
  let space = unsafe ns ?? (t == XML_ELEMENT_NODE ? parent.pointee.ns : nil)
  guard let n = unsafe exported_xmlNewDocNode(parent.pointee.doc, space, name, content) else { return nil }
  return unsafe exported_xmlAddChild(parent, n)
}

/// An element whose content, if any, is one text node with `content` as it is (not read for
/// entity references, unlike xmlNewDocNode's).
@_cdecl("xmlNewDocRawNode")
public func exported_xmlNewDocRawNode(_ doc: xmlDocPtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?,
                                      _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  guard let n = unsafe exported_xmlNewDocNode(doc, ns, name, nil) else { return nil }
  if let content = unsafe content, let text = unsafe newTextNode(CString.bytes(content), doc: doc) {
    _ = unsafe exported_xmlAddChild(n, text)
  }
  return unsafe n
}

@_cdecl("xmlNewDocText")
public func exported_xmlNewDocText(_ doc: xmlDocPtr?, _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  unsafe newTextNode(content.map { unsafe CString.bytes($0) } ?? [], doc: doc)
}

@_cdecl("xmlNewText")
public func exported_xmlNewText(_ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  unsafe exported_xmlNewDocText(nil, content)
}

@_cdecl("xmlNewTextLen")
public func exported_xmlNewTextLen(_ content: UnsafePointer<xmlChar>?, _ len: Int32) -> xmlNodePtr? {
  guard let content = unsafe content, len >= 0 else { return unsafe newTextNode([], doc: nil) }
  // SAFETY: len readable bytes at content (the caller's contract).
  return unsafe newTextNode(Array(UnsafeBufferPointer(start: content, count: Int(len))), doc: nil)
}

/// A comment, CDATA or PI node with copied content.
func newContentNode(_ type: xmlElementType, doc: xmlDocPtr?, name: UnsafePointer<xmlChar>?, content: [UInt8]?) -> xmlNodePtr? {
  guard let n = unsafe newNode(type, doc: doc) else { return nil }
  if type == XML_COMMENT_NODE { unsafe n.pointee.name = lignumStringComment() }
  else if let name = unsafe name { unsafe n.pointee.name = UnsafePointer(exported_xmlStrdup(name)) }
  if let content { unsafe n.pointee.content = CMemory.string(content) }
  return unsafe n
}

@_cdecl("xmlNewDocComment")
public func exported_xmlNewDocComment(_ doc: xmlDocPtr?, _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  unsafe newContentNode(XML_COMMENT_NODE, doc: doc, name: nil, content: content.map { unsafe CString.bytes($0) })
}

@_cdecl("xmlNewComment")
public func exported_xmlNewComment(_ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  unsafe exported_xmlNewDocComment(nil, content)
}

@_cdecl("xmlNewCDataBlock")
public func exported_xmlNewCDataBlock(_ doc: xmlDocPtr?, _ content: UnsafePointer<xmlChar>?, _ len: Int32) -> xmlNodePtr? {
  guard let content = unsafe content, len >= 0 else { return unsafe newContentNode(XML_CDATA_SECTION_NODE, doc: doc, name: nil, content: nil) }
  // SAFETY: len readable bytes at content (the caller's contract).
  return unsafe newContentNode(XML_CDATA_SECTION_NODE, doc: doc, name: nil,
                               content: Array(UnsafeBufferPointer(start: content, count: Int(len))))
}

@_cdecl("xmlNewDocPI")
public func exported_xmlNewDocPI(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  guard unsafe name != nil else { return nil }
  return unsafe newContentNode(XML_PI_NODE, doc: doc, name: name, content: content.map { unsafe CString.bytes($0) })
}

@_cdecl("xmlNewPI")
public func exported_xmlNewPI(_ name: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  unsafe exported_xmlNewDocPI(nil, name, content)
}

@_cdecl("xmlNewReference")
public func exported_xmlNewReference(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlNodePtr? {
  guard let name = unsafe name, let n = unsafe newNode(XML_ENTITY_REF_NODE, doc: doc) else { return nil }
  var bytes = unsafe CString.bytes(name)
  if bytes.first == 0x26 { bytes.removeFirst() }
  if bytes.last == 0x3B { bytes.removeLast() }
  unsafe n.pointee.name = UnsafePointer(CMemory.string(bytes))
  unsafe linkReference(n, doc: doc, buildContent: false)
  return unsafe n
}

/// Points an entity reference node at the entity its name declares in `doc`, as libxml2's
/// xmlNewReference does (`children` and `last` the xmlEntity, `content` its replacement text,
/// not owned). With `buildContent` (xmlStringGetNodeList's way, for references in attribute
/// values and set content), an internal entity not parsed yet gets its content from its
/// replacement text when that holds no markup: text and references.
func linkReference(_ ref: xmlNodePtr, doc: xmlDocPtr?, buildContent: Bool) {
  guard let entity = unsafe exported_xmlGetDocEntity(doc, ref.pointee.name) else { return }
  unsafe ref.pointee.children = asNode(entity)
  unsafe ref.pointee.last = asNode(entity)
  unsafe ref.pointee.content = entity.pointee.content
  guard buildContent, unsafe entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, unsafe entity.pointee.children == nil,
        unsafe entity.pointee.owner == 0, let content = unsafe entity.pointee.content else { return }
  let bytes = unsafe CString.bytes(content)
  guard !bytes.contains(UInt8(ascii: "<")) else { return }
  // Owned from now on, so that a reference inside the content does not build it again.
  unsafe entity.pointee.owner = 1
  let list = unsafe nodeList(fromContent: bytes, doc: doc)
  unsafe entity.pointee.children = list
  var c = unsafe list
  while let x = unsafe c {
    unsafe x.pointee.parent = asNode(entity)
    unsafe entity.pointee.last = x
    unsafe c = x.pointee.next
  }
}

// MARK: namespaces

@_cdecl("xmlNewNs")
public func exported_xmlNewNs(_ node: xmlNodePtr?, _ href: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> xmlNsPtr? {
  guard let href = unsafe href else { return nil }
  if let prefix = unsafe prefix, unsafe exported_xmlStrEqual(prefix, "xml") == 1 { return nil }
  if let node = unsafe node, unsafe node.pointee.type == XML_ELEMENT_NODE {
    // One declaration per prefix on an element: an existing one is refused.
    var ns = unsafe node.pointee.nsDef
    while let x = unsafe ns {
      if unsafe exported_xmlStrEqual(x.pointee.prefix, prefix) == 1 { return nil }
      unsafe ns = x.pointee.next
    }
  }
  guard let ns = unsafe CMemory.allocateZeroed(xmlNs.self) else { return nil }
  unsafe ns.pointee.type = XML_NAMESPACE_DECL
  unsafe ns.pointee.href = UnsafePointer(exported_xmlStrdup(href))
  if let prefix = unsafe prefix { unsafe ns.pointee.prefix = UnsafePointer(exported_xmlStrdup(prefix)) }
  if let node = unsafe node, unsafe node.pointee.type == XML_ELEMENT_NODE {
    if var last = unsafe node.pointee.nsDef {
      while let next = unsafe last.pointee.next { unsafe last = next }
      unsafe last.pointee.next = ns
    } else {
      unsafe node.pointee.nsDef = ns
    }
  }
  return unsafe ns
}

@_cdecl("xmlSetNs")
public func exported_xmlSetNs(_ node: xmlNodePtr?, _ ns: xmlNsPtr?) {
  guard let node = unsafe node else { return }
  let t = unsafe node.pointee.type
  if t == XML_ELEMENT_NODE || t == XML_ATTRIBUTE_NODE { unsafe node.pointee.ns = ns }
}

/// The `xml` namespace of a document (`oldNs`), created on first use.
func xmlNamespace(of doc: xmlDocPtr?) -> xmlNsPtr? {
  guard let doc = unsafe doc else { return nil }
  if let ns = unsafe doc.pointee.oldNs { return unsafe ns }
  guard let ns = unsafe CMemory.allocateZeroed(xmlNs.self) else { return nil }
  unsafe ns.pointee.type = XML_NAMESPACE_DECL
  unsafe ns.pointee.href = UnsafePointer(CMemory.string("http://www.w3.org/XML/1998/namespace"))
  unsafe ns.pointee.prefix = UnsafePointer(CMemory.string("xml"))
  unsafe doc.pointee.oldNs = ns
  return unsafe ns
}

/// The elements whose declarations are in scope on `node`: it and its ancestors, up to an
/// entity boundary (libxml2's namespace searches stop there).
func scopeElements(_ node: xmlNodePtr) -> [xmlNodePtr] {
  var out: [xmlNodePtr] = unsafe []
  var n: xmlNodePtr? = unsafe node
  while let x = unsafe n {
    let t = unsafe x.pointee.type
    if t == XML_ENTITY_REF_NODE || t == XML_ENTITY_NODE || t == XML_ENTITY_DECL { break }
    if t == XML_ELEMENT_NODE { unsafe out.append(x) }
    unsafe n = x.pointee.parent
  }
  return unsafe out
}

/// The namespace in scope on `node` with `prefix` (`NULL`: the default namespace).
@_cdecl("xmlSearchNs")
public func exported_xmlSearchNs(_ doc: xmlDocPtr?, _ node: xmlNodePtr?, _ prefix: UnsafePointer<xmlChar>?) -> xmlNsPtr? {
  guard let node = unsafe node else { return nil }
  if let prefix = unsafe prefix, unsafe exported_xmlStrEqual(prefix, "xml") == 1 {
    return unsafe xmlNamespace(of: doc ?? node.pointee.doc)
  }
  for unsafe x in unsafe scopeElements(node) {
    var ns = unsafe x.pointee.nsDef
    while let d = unsafe ns {
      if unsafe exported_xmlStrEqual(d.pointee.prefix, prefix) == 1, unsafe d.pointee.href != nil { return unsafe d }
      unsafe ns = d.pointee.next
    }
    // An element's own namespace counts too (it may come from elsewhere).
    if unsafe x != node, let own = unsafe x.pointee.ns, unsafe exported_xmlStrEqual(own.pointee.prefix, prefix) == 1,
       unsafe own.pointee.href != nil {
      return unsafe own
    }
  }
  return nil
}

/// The namespace in scope on `node` bound to `href` whose prefix is not shadowed.
@_cdecl("xmlSearchNsByHref")
public func exported_xmlSearchNsByHref(_ doc: xmlDocPtr?, _ node: xmlNodePtr?, _ href: UnsafePointer<xmlChar>?) -> xmlNsPtr? {
  guard let node = unsafe node, let href = unsafe href else { return nil }
  if unsafe exported_xmlStrEqual(href, "http://www.w3.org/XML/1998/namespace") == 1 {
    return unsafe xmlNamespace(of: doc ?? node.pointee.doc)
  }
  for unsafe x in unsafe scopeElements(node) {
    var ns = unsafe x.pointee.nsDef
    while let d = unsafe ns {
      if unsafe exported_xmlStrEqual(d.pointee.href, href) == 1, unsafe exported_xmlSearchNs(doc, node, d.pointee.prefix) == d {
        return unsafe d
      }
      unsafe ns = d.pointee.next
    }
  }
  return nil
}

// MARK: attributes

/// A new attribute `name` in `ns` with a text value, appended to `node`'s attributes.
func newProperty(_ node: xmlNodePtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>, _ value: UnsafePointer<xmlChar>?,
                 doc: xmlDocPtr?) -> xmlAttrPtr? {
  if let node = unsafe node, unsafe node.pointee.type != XML_ELEMENT_NODE { return nil }
  guard let attr = unsafe CMemory.allocateZeroed(xmlAttr.self) else { return nil }
  unsafe attr.pointee.type = XML_ATTRIBUTE_NODE
  unsafe attr.pointee.name = UnsafePointer(exported_xmlStrdup(name))
  unsafe attr.pointee.ns = ns
  unsafe attr.pointee.doc = node.map { unsafe $0.pointee.doc } ?? doc
  unsafe attr.pointee.parent = node
  if let value = unsafe value { unsafe adoptChildren(newTextNode(CString.bytes(value), doc: attr.pointee.doc), of: asNode(attr)) }
  if let node = unsafe node { unsafe linkLastAttribute(attr, of: node) }
  return unsafe attr
}

@_cdecl("xmlNewProp")
public func exported_xmlNewProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?, _ value: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  guard let name = unsafe name else { return nil }
  return unsafe newProperty(node, nil, name, value, doc: nil)
}

@_cdecl("xmlNewNsProp")
public func exported_xmlNewNsProp(_ node: xmlNodePtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?,
                                  _ value: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  guard let name = unsafe name else { return nil }
  return unsafe newProperty(node, ns, name, value, doc: nil)
}

@_cdecl("xmlNewDocProp")
public func exported_xmlNewDocProp(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ value: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  guard let name = unsafe name else { return nil }
  return unsafe newProperty(nil, nil, name, value, doc: doc)
}

/// Sets (or adds) the attribute `name` in namespace `ns` (NULL: none).
@_cdecl("xmlSetNsProp")
public func exported_xmlSetNsProp(_ node: xmlNodePtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?,
                                  _ value: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  guard let node = unsafe node, let name = unsafe name, unsafe node.pointee.type == XML_ELEMENT_NODE else { return nil }
  guard let existing = unsafe findAttribute(node, name, namespace: ns.flatMap { unsafe $0.pointee.href }, anyNamespace: false) else {
    return unsafe newProperty(node, ns, name, value, doc: nil)
  }
  unsafe freeNodeList(existing.pointee.children, siblings: true)
  unsafe existing.pointee.children = nil
  unsafe existing.pointee.last = nil
  unsafe existing.pointee.ns = ns
  if let value = unsafe value { unsafe adoptChildren(newTextNode(CString.bytes(value), doc: node.pointee.doc), of: asNode(existing)) }
  return unsafe existing
}

/// Sets (or adds) the attribute written `name`; a `prefix:local` name whose prefix is in
/// scope goes in that namespace.
@_cdecl("xmlSetProp")
public func exported_xmlSetProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?, _ value: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  guard let node = unsafe node, let name = unsafe name, unsafe node.pointee.type == XML_ELEMENT_NODE else { return nil }
  let bytes = unsafe CString.bytes(name)
  if let colon = bytes.firstIndex(of: 0x3A), colon > 0, colon < bytes.count - 1,
     let prefix = unsafe CMemory.string(bytes[..<colon]) {
    defer { unsafe CMemory.free(prefix) }
    if let ns = unsafe exported_xmlSearchNs(node.pointee.doc, node, prefix), let local = unsafe CMemory.string(bytes[(colon + 1)...]) {
      defer { unsafe CMemory.free(local) }
      return unsafe exported_xmlSetNsProp(node, ns, local, value)
    }
  }
  return unsafe exported_xmlSetNsProp(node, nil, name, value)
}

/// Unlinks and frees an attribute; 0, or -1 when it is not one.
@_cdecl("xmlRemoveProp")
public func exported_xmlRemoveProp(_ cur: xmlAttrPtr?) -> Int32 {
  guard let cur = unsafe cur, unsafe cur.pointee.type == XML_ATTRIBUTE_NODE else { return -1 }
  unsafe unlinkAttribute(cur)
  unsafe exported_xmlFreeProp(cur)
  return 0
}

func unlinkAttribute(_ a: xmlAttrPtr) {
  if let parent = unsafe a.pointee.parent, unsafe parent.pointee.properties == a { unsafe parent.pointee.properties = a.pointee.next }
  if let prev = unsafe a.pointee.prev { unsafe prev.pointee.next = a.pointee.next }
  if let next = unsafe a.pointee.next { unsafe next.pointee.prev = a.pointee.prev }
  unsafe a.pointee.next = nil
  unsafe a.pointee.prev = nil
  unsafe a.pointee.parent = nil
}

@_cdecl("xmlUnsetNsProp")
public func exported_xmlUnsetNsProp(_ node: xmlNodePtr?, _ ns: xmlNsPtr?, _ name: UnsafePointer<xmlChar>?) -> Int32 {
  guard let a = unsafe findAttribute(node, name, namespace: ns.flatMap { unsafe $0.pointee.href }, anyNamespace: false) else { return -1 }
  unsafe unlinkAttribute(a)
  unsafe exported_xmlFreeProp(a)
  return 0
}

@_cdecl("xmlUnsetProp")
public func exported_xmlUnsetProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?) -> Int32 {
  unsafe exported_xmlUnsetNsProp(node, nil, name)
}
