import CLignumLibXML2

// Reading a C tree (tree.h): the root, attributes, text content. Results that are strings are
// new copies from `xmlMalloc`.

/// The document element: the first element child of the document.
@_cdecl("xmlDocGetRootElement")
public func exported_xmlDocGetRootElement(_ doc: xmlDocPtr?) -> xmlNodePtr? {
  guard let doc = unsafe doc else { return nil }
  var c = unsafe doc.pointee.children
  while let x = unsafe c {
    if unsafe x.pointee.type == XML_ELEMENT_NODE { return unsafe x }
    unsafe c = x.pointee.next
  }
  return nil
}

/// Whether a C string equals a Swift byte array.
func equals(_ p: UnsafePointer<xmlChar>?, _ bytes: [UInt8]?) -> Bool {
  guard let p = unsafe p else { return bytes == nil }
  guard let bytes else { return false }
  return unsafe CString.bytes(p) == bytes
}

/// The attribute `name` of `node` in namespace `ns` (`nil`: any namespace when `anyNamespace`,
/// else none).
func findAttribute(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?,
                   anyNamespace: Bool) -> xmlAttrPtr? {
  guard let node = unsafe node, let name = unsafe name, unsafe node.pointee.type == XML_ELEMENT_NODE else { return nil }
  let wanted = unsafe CString.bytes(name)
  let uri = unsafe namespace.map { unsafe CString.bytes($0) }
  var a = unsafe node.pointee.properties
  while let x = unsafe a {
    if unsafe equals(x.pointee.name, wanted) {
      let href = unsafe x.pointee.ns.flatMap { unsafe $0.pointee.href }
      if unsafe (anyNamespace || equals(href, uri)) { return unsafe x }
    }
    unsafe a = x.pointee.next
  }
  return nil
}

/// The concatenated text of an attribute's value nodes (entity references by their text).
func attributeValue(_ attr: xmlAttrPtr) -> UnsafeMutablePointer<xmlChar>? {
  unsafe nodeListString(attr.pointee.children, inLine: true)
}

/// The text of a node list: text and CDATA content, and for an entity reference `&name;`, or
/// `inLine` (libxml2's xmlNodeListGetString) the text of the entity's parsed content.
func nodeListString(_ list: xmlNodePtr?, inLine: Bool = false) -> UnsafeMutablePointer<xmlChar>? {
  var out: [UInt8] = []
  var c = unsafe list
  while let x = unsafe c {
    let t = unsafe x.pointee.type
    if t == XML_TEXT_NODE || t == XML_CDATA_SECTION_NODE, let content = unsafe x.pointee.content {
      out += unsafe CString.bytes(content)
    } else if t == XML_ENTITY_REF_NODE, let name = unsafe x.pointee.name {
      if inLine {
        unsafe out += subtreeText(x)
      } else {
        unsafe out += [0x26] + CString.bytes(name) + [0x3B]
      }
    }
    unsafe c = x.pointee.next
  }
  return unsafe CMemory.string(out)
}

/// libxml2's xmlBufGetNodeContent for an element, document, fragment or entity reference: the
/// text and CDATA below it in document order, entity references entered (the parsed content of
/// the entity they name). Iterative; entity nesting is followed 40 levels deep at most.
func subtreeText(_ top: xmlNodePtr) -> [UInt8] {
  func entityContent(_ ref: xmlNodePtr) -> xmlNodePtr? {
    unsafe exported_xmlGetDocEntity(ref.pointee.doc, ref.pointee.name)?.pointee.children
  }
  var out: [UInt8] = []
  // Node lists being walked, each marked whether it is an entity's content.
  var cursors: [(next: xmlNodePtr?, isEntity: Bool)] = unsafe [unsafe top.pointee.type == XML_ENTITY_REF_NODE
    ? (entityContent(top), true) : (top.pointee.children, false)]
  var entityDepth = cursors[0].isEntity ? 1 : 0
  while let last = unsafe cursors.last {
    guard let x = unsafe last.next else {
      if cursors.removeLast().isEntity { entityDepth -= 1 }
      continue
    }
    unsafe cursors[cursors.count - 1].next = x.pointee.next
    switch unsafe x.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      if let content = unsafe x.pointee.content { unsafe out += CString.bytes(content) }
    case XML_ELEMENT_NODE:
      unsafe cursors.append((x.pointee.children, false))
    case XML_ENTITY_REF_NODE:
      guard entityDepth < 40 else { break }
      unsafe cursors.append((entityContent(x), true))
      entityDepth += 1
    default:
      break
    }
  }
  return out
}

/// An attribute's value (any namespace), or `NULL`.
@_cdecl("xmlGetProp")
public func exported_xmlGetProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let a = unsafe findAttribute(node, name, namespace: nil, anyNamespace: true) else { return nil }
  return unsafe attributeValue(a)
}

/// An attribute's value in no namespace, or `NULL`.
@_cdecl("xmlGetNoNsProp")
public func exported_xmlGetNoNsProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let a = unsafe findAttribute(node, name, namespace: nil, anyNamespace: false) else { return nil }
  return unsafe attributeValue(a)
}

/// An attribute's value in namespace `nameSpace` (`NULL`: no namespace), or `NULL`.
@_cdecl("xmlGetNsProp")
public func exported_xmlGetNsProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?,
                                  _ nameSpace: UnsafePointer<xmlChar>?) -> UnsafeMutablePointer<xmlChar>? {
  guard let a = unsafe findAttribute(node, name, namespace: nameSpace, anyNamespace: false) else { return nil }
  return unsafe attributeValue(a)
}

/// The attribute node named `name` (any namespace), or `NULL`.
@_cdecl("xmlHasProp")
public func exported_xmlHasProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  unsafe findAttribute(node, name, namespace: nil, anyNamespace: true)
}

/// The attribute node named `name` in namespace `nameSpace` (`NULL`: none), or `NULL`.
@_cdecl("xmlHasNsProp")
public func exported_xmlHasNsProp(_ node: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?,
                                  _ nameSpace: UnsafePointer<xmlChar>?) -> xmlAttrPtr? {
  unsafe findAttribute(node, name, namespace: nameSpace, anyNamespace: false)
}

/// The text of a node list as one new string.
@_cdecl("xmlNodeListGetString")
public func exported_xmlNodeListGetString(_ doc: xmlDocPtr?, _ list: xmlNodePtr?, _ inLine: Int32) -> UnsafeMutablePointer<xmlChar>? {
  guard unsafe list != nil else { return nil }
  return unsafe nodeListString(list, inLine: inLine != 0)
}

/// The text content of a node: for an element or document, the text and CDATA of its
/// subtree in document order; for an attribute, its value; for other nodes, their content.
@_cdecl("xmlNodeGetContent")
public func exported_xmlNodeGetContent(_ cur: xmlNodePtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let cur = unsafe cur else { return nil }
  switch unsafe cur.pointee.type {
  case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_DOCUMENT_FRAG_NODE, XML_ENTITY_REF_NODE:
    return unsafe CMemory.string(subtreeText(cur))
  case XML_ATTRIBUTE_NODE:
    // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
    return unsafe attributeValue(UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlAttr.self))
  case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
    guard let content = unsafe cur.pointee.content else { return unsafe CMemory.string([]) }
    return unsafe exported_xmlStrdup(content)
  default:
    return nil
  }
}
