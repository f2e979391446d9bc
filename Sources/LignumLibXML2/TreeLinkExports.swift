import CLignumLibXML2

// Linking and unlinking nodes (tree.h), with libxml2's merging of adjacent text nodes.

/// Whether `cur` (text) should be merged into `into` (a text node of the same name).
func mergeable(_ into: xmlNodePtr?, _ cur: xmlNodePtr) -> xmlNodePtr? {
  guard let into = unsafe into, unsafe into != cur, unsafe into.pointee.type == XML_TEXT_NODE,
        unsafe cur.pointee.type == XML_TEXT_NODE, unsafe into.pointee.name == cur.pointee.name else { return nil }
  return unsafe into
}

/// Links `node` as the last child of `parent` (no merging, no unlinking: the caller's job).
func linkLastChild(_ node: xmlNodePtr, of parent: xmlNodePtr) {
  unsafe node.pointee.parent = parent
  if let last = unsafe parent.pointee.last {
    unsafe last.pointee.next = node
    unsafe node.pointee.prev = last
  } else {
    unsafe parent.pointee.children = node
  }
  unsafe parent.pointee.last = node
}

/// Makes a sibling list (from `first`, linked through `next`) the children of `parent`, which
/// has none (an element, or an attribute viewed as a node).
func adoptChildren(_ first: xmlNodePtr?, of parent: xmlNodePtr) {
  var c = unsafe first
  while let x = unsafe c {
    unsafe x.pointee.parent = parent
    if unsafe parent.pointee.children == nil { unsafe parent.pointee.children = x }
    unsafe parent.pointee.last = x
    unsafe c = x.pointee.next
  }
}

/// Links `attr` after the element's last attribute.
func linkLastAttribute(_ attr: xmlAttrPtr, of element: xmlNodePtr) {
  unsafe attr.pointee.parent = element
  if var last = unsafe element.pointee.properties {
    while let next = unsafe last.pointee.next { unsafe last = next }
    unsafe last.pointee.next = attr
    unsafe attr.pointee.prev = last
  } else {
    unsafe element.pointee.properties = attr
  }
}

/// Unlinks a node that is linked somewhere (a fresh node is left alone: unlinking a DTD would
/// also clear its document's subset pointer).
func detachIfLinked(_ n: xmlNodePtr) {
  if unsafe n.pointee.parent != nil || n.pointee.prev != nil || n.pointee.next != nil { unsafe exported_xmlUnlinkNode(n) }
}

/// Appends `cur`'s content to the text node `into` and frees `cur`; returns `into`.
func merge(_ cur: xmlNodePtr, into: xmlNodePtr) -> xmlNodePtr {
  unsafe into.pointee.content = exported_xmlStrcat(into.pointee.content, cur.pointee.content)
  unsafe exported_xmlUnlinkNode(cur)
  unsafe exported_xmlFreeNode(cur)
  return unsafe into
}

/// Adds `cur` as the last child of `parent` (an attribute goes among its attributes, replacing
/// one of the same name); a text node next to text is merged and freed. Returns the node that
/// holds `cur` now, or NULL.
@_cdecl("xmlAddChild")
public func exported_xmlAddChild(_ parent: xmlNodePtr?, _ cur: xmlNodePtr?) -> xmlNodePtr? {
  guard let parent = unsafe parent, let cur = unsafe cur, unsafe parent != cur else { return nil }
  if unsafe cur.pointee.type == XML_TEXT_NODE {
    if let p = unsafe mergeable(parent, cur), unsafe p.pointee.content != nil { return unsafe merge(cur, into: p) }
    if let last = unsafe mergeable(parent.pointee.last, cur) { return unsafe merge(cur, into: last) }
  }
  unsafe detachIfLinked(cur)
  if unsafe cur.pointee.doc != parent.pointee.doc { unsafe setTreeDoc(cur, parent.pointee.doc) }
  unsafe cur.pointee.parent = parent
  if unsafe cur.pointee.type == XML_ATTRIBUTE_NODE {
    guard unsafe parent.pointee.type == XML_ELEMENT_NODE else { return nil }
    // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
    let attr = unsafe UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlAttr.self)
    if let old = unsafe findAttribute(parent, attr.pointee.name, namespace: attr.pointee.ns.flatMap { unsafe $0.pointee.href },
                                      anyNamespace: false), unsafe old != attr {
      unsafe unlinkAttribute(old)
      unsafe exported_xmlFreeProp(old)
    }
    unsafe linkLastAttribute(attr, of: parent)
    return unsafe cur
  }
  unsafe linkLastChild(cur, of: parent)
  return unsafe cur
}

/// Adds a list of siblings (from `cur`) as the last children of `parent`.
@_cdecl("xmlAddChildList")
public func exported_xmlAddChildList(_ parent: xmlNodePtr?, _ cur: xmlNodePtr?) -> xmlNodePtr? {
  guard unsafe parent != nil else { return nil }
  var n = unsafe cur
  var last: xmlNodePtr?
  while let x = unsafe n {
    let next = unsafe x.pointee.next
    unsafe x.pointee.next = nil
    unsafe x.pointee.prev = nil
    unsafe x.pointee.parent = nil
    unsafe last = exported_xmlAddChild(parent, x)
    unsafe n = next
  }
  return unsafe last
}

/// Detaches a node from its parent and siblings (a DTD also from its document's subsets, an
/// attribute from its element's attributes).
@_cdecl("xmlUnlinkNode")
public func exported_xmlUnlinkNode(_ cur: xmlNodePtr?) {
  guard let cur = unsafe cur else { return }
  let t = unsafe cur.pointee.type
  if t == XML_DTD_NODE, let doc = unsafe cur.pointee.doc {
    if unsafe doc.pointee.intSubset.map({ unsafe asNode($0) }) == cur { unsafe doc.pointee.intSubset = nil }
    if unsafe doc.pointee.extSubset.map({ unsafe asNode($0) }) == cur { unsafe doc.pointee.extSubset = nil }
  }
  if t == XML_ATTRIBUTE_NODE {
    // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
    unsafe unlinkAttribute(UnsafeMutableRawPointer(cur).assumingMemoryBound(to: xmlAttr.self))
    return
  }
  if let parent = unsafe cur.pointee.parent {
    if unsafe parent.pointee.children == cur { unsafe parent.pointee.children = cur.pointee.next }
    if unsafe parent.pointee.last == cur { unsafe parent.pointee.last = cur.pointee.prev }
  }
  if let next = unsafe cur.pointee.next { unsafe next.pointee.prev = cur.pointee.prev }
  if let prev = unsafe cur.pointee.prev { unsafe prev.pointee.next = cur.pointee.next }
  unsafe cur.pointee.next = nil
  unsafe cur.pointee.prev = nil
  unsafe cur.pointee.parent = nil
}

/// Inserts `elem` after `cur` (unlinking it first); text next to text is merged.
@_cdecl("xmlAddNextSibling")
public func exported_xmlAddNextSibling(_ cur: xmlNodePtr?, _ elem: xmlNodePtr?) -> xmlNodePtr? {
  guard let cur = unsafe cur, let elem = unsafe elem, unsafe cur != elem else { return nil }
  if unsafe elem.pointee.type == XML_TEXT_NODE {
    if let c = unsafe mergeable(cur, elem) {
      unsafe exported_xmlUnlinkNode(elem)
      return unsafe merge(elem, into: c)
    }
    if let n = unsafe mergeable(cur.pointee.next, elem) {
      // The new text goes first: prepend it to the following text node.
      unsafe exported_xmlUnlinkNode(elem)
      let joined = unsafe exported_xmlStrncatNew(elem.pointee.content, n.pointee.content, -1)
      unsafe CMemory.free(n.pointee.content)
      unsafe n.pointee.content = joined
      unsafe exported_xmlFreeNode(elem)
      return unsafe n
    }
  }
  unsafe detachIfLinked(elem)
  if unsafe elem.pointee.doc != cur.pointee.doc { unsafe setTreeDoc(elem, cur.pointee.doc) }
  unsafe elem.pointee.parent = cur.pointee.parent
  unsafe elem.pointee.prev = cur
  unsafe elem.pointee.next = cur.pointee.next
  if let next = unsafe cur.pointee.next { unsafe next.pointee.prev = elem }
  unsafe cur.pointee.next = elem
  if let parent = unsafe elem.pointee.parent, unsafe parent.pointee.last == cur { unsafe parent.pointee.last = elem }
  return unsafe elem
}

/// Inserts `elem` before `cur` (unlinking it first); text next to text is merged.
@_cdecl("xmlAddPrevSibling")
public func exported_xmlAddPrevSibling(_ cur: xmlNodePtr?, _ elem: xmlNodePtr?) -> xmlNodePtr? {
  guard let cur = unsafe cur, let elem = unsafe elem, unsafe cur != elem else { return nil }
  if unsafe elem.pointee.type == XML_TEXT_NODE {
    if let c = unsafe mergeable(cur, elem) {
      unsafe exported_xmlUnlinkNode(elem)
      let joined = unsafe exported_xmlStrncatNew(elem.pointee.content, c.pointee.content, -1)
      unsafe CMemory.free(c.pointee.content)
      unsafe c.pointee.content = joined
      unsafe exported_xmlFreeNode(elem)
      return unsafe c
    }
    if let p = unsafe mergeable(cur.pointee.prev, elem) {
      unsafe exported_xmlUnlinkNode(elem)
      return unsafe merge(elem, into: p)
    }
  }
  unsafe detachIfLinked(elem)
  if unsafe elem.pointee.doc != cur.pointee.doc { unsafe setTreeDoc(elem, cur.pointee.doc) }
  unsafe elem.pointee.parent = cur.pointee.parent
  unsafe elem.pointee.next = cur
  unsafe elem.pointee.prev = cur.pointee.prev
  if let prev = unsafe cur.pointee.prev { unsafe prev.pointee.next = elem }
  unsafe cur.pointee.prev = elem
  if let parent = unsafe elem.pointee.parent, unsafe parent.pointee.children == cur { unsafe parent.pointee.children = elem }
  return unsafe elem
}

/// Adds `elem` at the end of `cur`'s sibling list.
@_cdecl("xmlAddSibling")
public func exported_xmlAddSibling(_ cur: xmlNodePtr?, _ elem: xmlNodePtr?) -> xmlNodePtr? {
  guard var last = unsafe cur, unsafe elem != nil else { return nil }
  if let parent = unsafe last.pointee.parent, let l = unsafe parent.pointee.last { unsafe last = l }
  while let next = unsafe last.pointee.next { unsafe last = next }
  return unsafe exported_xmlAddNextSibling(last, elem)
}

/// Puts `cur` where `old` is; `old` is unlinked and returned.
@_cdecl("xmlReplaceNode")
public func exported_xmlReplaceNode(_ old: xmlNodePtr?, _ cur: xmlNodePtr?) -> xmlNodePtr? {
  guard let old = unsafe old, unsafe old.pointee.parent != nil || old.pointee.prev != nil || old.pointee.next != nil else { return nil }
  guard let cur = unsafe cur else {
    unsafe exported_xmlUnlinkNode(old)
    return unsafe old
  }
  if unsafe cur == old { return unsafe old }
  unsafe detachIfLinked(cur)
  if unsafe cur.pointee.doc != old.pointee.doc { unsafe setTreeDoc(cur, old.pointee.doc) }
  unsafe cur.pointee.parent = old.pointee.parent
  unsafe cur.pointee.next = old.pointee.next
  unsafe cur.pointee.prev = old.pointee.prev
  if let next = unsafe cur.pointee.next { unsafe next.pointee.prev = cur }
  if let prev = unsafe cur.pointee.prev { unsafe prev.pointee.next = cur }
  if let parent = unsafe cur.pointee.parent {
    if unsafe parent.pointee.children == old { unsafe parent.pointee.children = cur }
    if unsafe parent.pointee.last == old { unsafe parent.pointee.last = cur }
  }
  unsafe old.pointee.next = nil
  unsafe old.pointee.prev = nil
  unsafe old.pointee.parent = nil
  return unsafe old
}

/// Makes `root` the document element, replacing (and returning) the old one.
@_cdecl("xmlDocSetRootElement")
public func exported_xmlDocSetRootElement(_ doc: xmlDocPtr?, _ root: xmlNodePtr?) -> xmlNodePtr? {
  guard let doc = unsafe doc, let root = unsafe root, unsafe root.pointee.type != XML_NAMESPACE_DECL else { return nil }
  unsafe exported_xmlUnlinkNode(root)
  unsafe setTreeDoc(root, doc)
  unsafe root.pointee.parent = asNode(doc)
  guard let old = unsafe exported_xmlDocGetRootElement(doc) else {
    _ = unsafe exported_xmlAddChild(asNode(doc), root)
    return nil
  }
  _ = unsafe exported_xmlReplaceNode(old, root)
  return unsafe old
}

/// The internal subset: `intSubset`, else a DTD node among the document's children.
@_cdecl("xmlGetIntSubset")
public func exported_xmlGetIntSubset(_ doc: xmlDocPtr?) -> xmlDtdPtr? {
  guard let doc = unsafe doc else { return nil }
  if let dtd = unsafe doc.pointee.intSubset { return unsafe dtd }
  var c = unsafe doc.pointee.children
  while let x = unsafe c {
    // SAFETY: a node of type XML_DTD_NODE is an xmlDtd.
    if unsafe x.pointee.type == XML_DTD_NODE { return unsafe UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlDtd.self) }
    unsafe c = x.pointee.next
  }
  return nil
}

// MARK: content

/// Replaces a node's content: an element's or attribute's children become `content` read as
/// character data with entity references; other nodes get the string.
@_cdecl("xmlNodeSetContent")
public func exported_xmlNodeSetContent(_ cur: xmlNodePtr?, _ content: UnsafePointer<xmlChar>?) {
  guard let cur = unsafe cur else { return }
  switch unsafe cur.pointee.type {
  case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE, XML_DOCUMENT_FRAG_NODE:
    unsafe freeNodeList(cur.pointee.children, siblings: true)
    unsafe cur.pointee.children = nil
    unsafe cur.pointee.last = nil
    guard let content = unsafe content else { return }
    unsafe adoptChildren(nodeList(fromContent: CString.bytes(content), doc: cur.pointee.doc), of: cur)
  case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
    unsafe CMemory.free(cur.pointee.content)
    unsafe cur.pointee.content = content.flatMap { unsafe exported_xmlStrdup($0) }
  default:
    break
  }
}

/// Appends to a node's content: text-like nodes get the bytes, an element a text child.
@_cdecl("xmlNodeAddContentLen")
public func exported_xmlNodeAddContentLen(_ cur: xmlNodePtr?, _ content: UnsafePointer<xmlChar>?, _ len: Int32) {
  guard let cur = unsafe cur, let content = unsafe content, len > 0 else { return }
  switch unsafe cur.pointee.type {
  case XML_ELEMENT_NODE, XML_DOCUMENT_FRAG_NODE:
    // SAFETY: len readable bytes at content (the caller's contract).
    if let text = unsafe newTextNode(Array(UnsafeBufferPointer(start: content, count: Int(len))), doc: cur.pointee.doc) {
      _ = unsafe exported_xmlAddChild(cur, text)
    }
  case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
    unsafe cur.pointee.content = exported_xmlStrncat(cur.pointee.content, content, len)
  default:
    break
  }
}

@_cdecl("xmlNodeAddContent")
public func exported_xmlNodeAddContent(_ cur: xmlNodePtr?, _ content: UnsafePointer<xmlChar>?) {
  guard let content = unsafe content else { return }
  unsafe exported_xmlNodeAddContentLen(cur, content, exported_xmlStrlen(content))
}

/// Renames an element, attribute or PI.
@_cdecl("xmlNodeSetName")
public func exported_xmlNodeSetName(_ cur: xmlNodePtr?, _ name: UnsafePointer<xmlChar>?) {
  guard let cur = unsafe cur, let name = unsafe name else { return }
  let t = unsafe cur.pointee.type
  guard t == XML_ELEMENT_NODE || t == XML_ATTRIBUTE_NODE || t == XML_PI_NODE || t == XML_ENTITY_REF_NODE else { return }
  let old = unsafe cur.pointee.name
  unsafe cur.pointee.name = UnsafePointer(exported_xmlStrdup(name))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: old))
}

@_cdecl("xmlNodeIsText")
public func exported_xmlNodeIsText(_ node: xmlNodePtr?) -> Int32 {
  guard let node = unsafe node else { return 0 }
  return unsafe node.pointee.type == XML_TEXT_NODE ? 1 : 0
}

/// Whether a text node holds only XML white space.
@_cdecl("xmlIsBlankNode")
public func exported_xmlIsBlankNode(_ node: xmlNodePtr?) -> Int32 {
  guard let node = unsafe node else { return 0 }
  let t = unsafe node.pointee.type
  guard t == XML_TEXT_NODE || t == XML_CDATA_SECTION_NODE else { return 0 }
  guard let content = unsafe node.pointee.content else { return 1 }
  return unsafe CString.bytes(content).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } ? 1 : 0
}

// MARK: element navigation

func isElement(_ n: xmlNodePtr) -> Bool { unsafe n.pointee.type == XML_ELEMENT_NODE }

@_cdecl("xmlFirstElementChild")
public func exported_xmlFirstElementChild(_ parent: xmlNodePtr?) -> xmlNodePtr? {
  guard let parent = unsafe parent else { return nil }
  var c = unsafe parent.pointee.children
  while let x = unsafe c { if unsafe isElement(x) { return unsafe x }; unsafe c = x.pointee.next }
  return nil
}

@_cdecl("xmlLastElementChild")
public func exported_xmlLastElementChild(_ parent: xmlNodePtr?) -> xmlNodePtr? {
  guard let parent = unsafe parent else { return nil }
  var c = unsafe parent.pointee.last
  while let x = unsafe c { if unsafe isElement(x) { return unsafe x }; unsafe c = x.pointee.prev }
  return nil
}

@_cdecl("xmlNextElementSibling")
public func exported_xmlNextElementSibling(_ node: xmlNodePtr?) -> xmlNodePtr? {
  guard let node = unsafe node else { return nil }
  var c = unsafe node.pointee.next
  while let x = unsafe c { if unsafe isElement(x) { return unsafe x }; unsafe c = x.pointee.next }
  return nil
}

@_cdecl("xmlPreviousElementSibling")
public func exported_xmlPreviousElementSibling(_ node: xmlNodePtr?) -> xmlNodePtr? {
  guard let node = unsafe node else { return nil }
  var c = unsafe node.pointee.prev
  while let x = unsafe c { if unsafe isElement(x) { return unsafe x }; unsafe c = x.pointee.prev }
  return nil
}

@_cdecl("xmlChildElementCount")
public func exported_xmlChildElementCount(_ parent: xmlNodePtr?) -> UInt {
  guard let parent = unsafe parent else { return 0 }
  var n: UInt = 0
  var c = unsafe parent.pointee.children
  while let x = unsafe c { if unsafe isElement(x) { n += 1 }; unsafe c = x.pointee.next }
  return n
}
