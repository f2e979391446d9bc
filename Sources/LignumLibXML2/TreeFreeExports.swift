import CLignumLibXML2

// Freeing trees (tree.h): every string and struct goes back through `xmlFree`. Walks are loops,
// so a deep tree frees without deep recursion. Names of text and comment nodes are libxml2's
// static strings and are never freed; an entity reference's children are its declaration,
// owned by the DTD.

/// Frees a document and everything it holds.
@_cdecl("xmlFreeDoc")
public func exported_xmlFreeDoc(_ doc: xmlDocPtr?) {
  guard let doc = unsafe doc else { return }
  // The DTD nodes may also be linked among the children: unlink before freeing the list.
  for unsafe dtd in unsafe [doc.pointee.extSubset, doc.pointee.intSubset] {
    guard let dtd = unsafe dtd else { continue }
    unsafe unlinkFromDocument(dtd, doc)
  }
  let ext = unsafe doc.pointee.extSubset, int = unsafe doc.pointee.intSubset
  if let ext = unsafe ext, unsafe ext != int { unsafe freeDTD(ext) }
  if let int = unsafe int { unsafe freeDTD(int) }
  unsafe freeNodeList(doc.pointee.children, siblings: true)
  unsafe exported_xmlFreeNsList(doc.pointee.oldNs)
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: doc.pointee.version))
  unsafe CMemory.free(doc.pointee.name)
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: doc.pointee.encoding))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: doc.pointee.URL))
  unsafe CMemory.free(doc)
}

/// Removes a DTD from its document's child list if it is there.
func unlinkFromDocument(_ dtd: xmlDtdPtr, _ doc: xmlDocPtr) {
  // SAFETY: the DTD and the document's children are structs of this tree; xmlDtd's links are at
  // xmlNode's offsets (layout test), so it is compared and relinked as an xmlNode.
  let node = unsafe UnsafeMutableRawPointer(dtd).assumingMemoryBound(to: xmlNode.self)
  var c = unsafe doc.pointee.children
  while let x = unsafe c {
    if unsafe x == node {
      if let p = unsafe x.pointee.prev { unsafe p.pointee.next = x.pointee.next } else { unsafe doc.pointee.children = x.pointee.next }
      if let n = unsafe x.pointee.next { unsafe n.pointee.prev = x.pointee.prev } else { unsafe doc.pointee.last = x.pointee.prev }
      unsafe x.pointee.next = nil
      unsafe x.pointee.prev = nil
      unsafe x.pointee.parent = nil
      return
    }
    unsafe c = x.pointee.next
  }
}

/// Frees a DTD struct, its declarations (through its tables), its other children (comments,
/// processing instructions) and its identifiers.
func freeDTD(_ dtd: xmlDtdPtr) {
  let key = UInt(bitPattern: dtd)
  _ = parsedDoctypes.withLock { $0.removeValue(forKey: key) }
  unsafe freeDeclarations(of: dtd)
  // Declarations a program linked without adding them to a table stay linked: they are unlinked
  // here (not freed, as libxml2 does), the rest freed.
  var c = unsafe dtd.pointee.children
  while let x = unsafe c {
    unsafe c = x.pointee.next
    let t = unsafe x.pointee.type
    unsafe unlinkDeclaration(x)
    if t != XML_ELEMENT_DECL && t != XML_ATTRIBUTE_DECL && t != XML_ENTITY_DECL && t != XML_NOTATION_NODE {
      unsafe freeNodeList(x, siblings: false)
    }
  }
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: dtd.pointee.name))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: dtd.pointee.ExternalID))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: dtd.pointee.SystemID))
  unsafe CMemory.free(dtd)
}

/// Frees a DTD (which must be unlinked).
@_cdecl("xmlFreeDtd")
public func exported_xmlFreeDtd(_ dtd: xmlDtdPtr?) {
  guard let dtd = unsafe dtd else { return }
  unsafe freeDTD(dtd)
}

/// Whether a node's `children` are owned by it (not an entity declaration, not a DTD's).
func ownsChildren(_ n: xmlNodePtr) -> Bool {
  let t = unsafe n.pointee.type
  return t != XML_ENTITY_REF_NODE && t != XML_DTD_NODE && t != XML_ATTRIBUTE_NODE && t != XML_NAMESPACE_DECL
}

/// Frees a node list from `first` (its siblings too when `siblings`), descendants included.
func freeNodeList(_ first: xmlNodePtr?, siblings: Bool) {
  var cur = unsafe first
  var depth = 0
  while var n = unsafe cur {
    while unsafe ownsChildren(n), let c = unsafe n.pointee.children {
      unsafe n = c
      depth += 1
    }
    let next = unsafe n.pointee.next
    let parent = unsafe n.pointee.parent
    unsafe freeOne(n)
    if depth == 0 {
      unsafe cur = siblings ? next : nil
    } else if let next = unsafe next {
      unsafe cur = next
    } else if let parent = unsafe parent {
      depth -= 1
      unsafe parent.pointee.children = nil
      unsafe parent.pointee.last = nil
      unsafe cur = parent
    } else {
      unsafe cur = nil
    }
  }
}

/// Frees one node whose children are gone (or not its own).
func freeOne(_ n: xmlNodePtr) {
  switch unsafe n.pointee.type {
  case XML_DTD_NODE:
    // SAFETY: a node of type XML_DTD_NODE is an xmlDtd (libxml2's invariant).
    unsafe freeDTD(UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlDtd.self))
    return
  case XML_ATTRIBUTE_NODE:
    // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
    unsafe exported_xmlFreeProp(UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlAttr.self))
    return
  case XML_NAMESPACE_DECL:
    // SAFETY: libxml2 lets xmlFreeNode take an xmlNs (type at xmlNode's `type` offset... the
    // xmlNs layout puts `type` second, as xmlNode's is): it is freed as one.
    unsafe exported_xmlFreeNs(UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlNs.self))
    return
  case XML_ELEMENT_NODE:
    unsafe exported_xmlFreePropList(n.pointee.properties)
    unsafe exported_xmlFreeNsList(n.pointee.nsDef)
  default:
    break
  }
  let t = unsafe n.pointee.type
  if t != XML_TEXT_NODE && t != XML_COMMENT_NODE {
    unsafe CMemory.free(UnsafeMutableRawPointer(mutating: n.pointee.name))
  }
  if t != XML_ELEMENT_NODE && t != XML_ENTITY_REF_NODE {
    unsafe CMemory.free(n.pointee.content)
  }
  unsafe CMemory.free(n)
}

/// Frees a node and its subtree (not its siblings); it should be unlinked first.
@_cdecl("xmlFreeNode")
public func exported_xmlFreeNode(_ cur: xmlNodePtr?) {
  guard let cur = unsafe cur else { return }
  unsafe freeNodeList(cur, siblings: false)
}

/// Frees a node, its following siblings and all their subtrees.
@_cdecl("xmlFreeNodeList")
public func exported_xmlFreeNodeList(_ cur: xmlNodePtr?) {
  unsafe freeNodeList(cur, siblings: true)
}

/// Frees an attribute and its value nodes.
@_cdecl("xmlFreeProp")
public func exported_xmlFreeProp(_ cur: xmlAttrPtr?) {
  guard let cur = unsafe cur else { return }
  unsafe freeNodeList(cur.pointee.children, siblings: true)
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: cur.pointee.name))
  unsafe CMemory.free(cur)
}

/// Frees an attribute and the ones after it.
@_cdecl("xmlFreePropList")
public func exported_xmlFreePropList(_ cur: xmlAttrPtr?) {
  var a = unsafe cur
  while let x = unsafe a {
    let next = unsafe x.pointee.next
    unsafe exported_xmlFreeProp(x)
    unsafe a = next
  }
}

/// Frees a namespace record.
@_cdecl("xmlFreeNs")
public func exported_xmlFreeNs(_ cur: xmlNsPtr?) {
  guard let cur = unsafe cur else { return }
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: cur.pointee.href))
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: cur.pointee.prefix))
  unsafe CMemory.free(cur)
}

/// Frees a namespace record and the ones after it.
@_cdecl("xmlFreeNsList")
public func exported_xmlFreeNsList(_ cur: xmlNsPtr?) {
  var ns = unsafe cur
  while let x = unsafe ns {
    let next = unsafe x.pointee.next
    unsafe exported_xmlFreeNs(x)
    unsafe ns = next
  }
}
