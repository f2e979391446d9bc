import CLignumLibXML2

// Copying a DTD (tree.h `xmlCopyDtd`) as libxml2 does: new tables with a copy of every
// declaration under the same keys, and the copies of the declarations (and comments) linked in
// the original's order. As in libxml2, an element's copy has no attribute list (`attributes`):
// programs that need it relink it (lxml does).

/// Copies one table: each payload through `copy`, under the same keys.
func copyTable<T>(_ source: UnsafeMutableRawPointer?, as: T.Type, _ copy: (UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T>?) -> UnsafeMutableRawPointer? {
  guard let t = unsafe hashTable(OpaquePointer(source)), let p = unsafe exported_xmlHashCreate(0), let c = unsafe hashTable(p) else { return nil }
  for key in t.order {
    // SAFETY: a declaration table holds structs of its kind (see lookup(_:_:_:_:as:)).
    guard let e = t.entries[key], let payload = unsafe UnsafeMutablePointer<T>(bitPattern: e.payload),
          let copied = unsafe copy(payload) else { continue }
    c.insert(key, UInt(bitPattern: copied))
  }
  return unsafe UnsafeMutableRawPointer(p)
}

func copyEntity(_ e: xmlEntityPtr) -> xmlEntityPtr? {
  guard let c = unsafe CMemory.allocateZeroed(xmlEntity.self) else { return nil }
  unsafe c.pointee.type = XML_ENTITY_DECL
  unsafe c.pointee.etype = e.pointee.etype
  unsafe c.pointee.name = copyString(e.pointee.name)
  unsafe c.pointee.ExternalID = copyString(e.pointee.ExternalID)
  unsafe c.pointee.SystemID = copyString(e.pointee.SystemID)
  unsafe c.pointee.content = e.pointee.content.flatMap { unsafe exported_xmlStrdup($0) }
  unsafe c.pointee.length = e.pointee.length
  unsafe c.pointee.orig = e.pointee.orig.flatMap { unsafe exported_xmlStrdup($0) }
  unsafe c.pointee.URI = copyString(e.pointee.URI)
  return unsafe c
}

func copyElement(_ e: xmlElementPtr) -> xmlElementPtr? {
  guard let c = unsafe CMemory.allocateZeroed(xmlElement.self) else { return nil }
  unsafe c.pointee.type = XML_ELEMENT_DECL
  unsafe c.pointee.etype = e.pointee.etype
  unsafe c.pointee.name = copyString(e.pointee.name)
  unsafe c.pointee.prefix = copyString(e.pointee.prefix)
  unsafe c.pointee.content = exported_xmlCopyDocElementContent(nil, e.pointee.content)
  return unsafe c
}

func copyAttribute(_ a: xmlAttributePtr) -> xmlAttributePtr? {
  guard let c = unsafe CMemory.allocateZeroed(xmlAttribute.self) else { return nil }
  unsafe c.pointee.type = XML_ATTRIBUTE_DECL
  unsafe c.pointee.atype = a.pointee.atype
  unsafe c.pointee.def = a.pointee.def
  unsafe c.pointee.tree = exported_xmlCopyEnumeration(a.pointee.tree)
  unsafe c.pointee.elem = copyString(a.pointee.elem)
  unsafe c.pointee.name = copyString(a.pointee.name)
  unsafe c.pointee.prefix = copyString(a.pointee.prefix)
  unsafe c.pointee.defaultValue = copyString(a.pointee.defaultValue)
  return unsafe c
}

func copyNotation(_ n: xmlNotationPtr) -> xmlNotationPtr? {
  guard let c = unsafe CMemory.allocateZeroed(xmlNotation.self) else { return nil }
  unsafe c.pointee.name = copyString(n.pointee.name)
  unsafe c.pointee.PublicID = copyString(n.pointee.PublicID)
  unsafe c.pointee.SystemID = copyString(n.pointee.SystemID)
  return unsafe c
}

/// A copy of a DTD in no document.
@_cdecl("xmlCopyDtd")
public func exported_xmlCopyDtd(_ dtd: xmlDtdPtr?) -> xmlDtdPtr? {
  guard let dtd = unsafe dtd, let copy = unsafe exported_xmlNewDtd(nil, dtd.pointee.name, dtd.pointee.ExternalID, dtd.pointee.SystemID) else { return nil }
  unsafe copy.pointee.entities = copyTable(dtd.pointee.entities, as: xmlEntity.self) { unsafe copyEntity($0) }
  unsafe copy.pointee.pentities = copyTable(dtd.pointee.pentities, as: xmlEntity.self) { unsafe copyEntity($0) }
  unsafe copy.pointee.notations = copyTable(dtd.pointee.notations, as: xmlNotation.self) { unsafe copyNotation($0) }
  unsafe copy.pointee.elements = copyTable(dtd.pointee.elements, as: xmlElement.self) { unsafe copyElement($0) }
  unsafe copy.pointee.attributes = copyTable(dtd.pointee.attributes, as: xmlAttribute.self) { unsafe copyAttribute($0) }
  var c = unsafe dtd.pointee.children
  while let x = unsafe c {
    unsafe c = x.pointee.next
    var q: xmlNodePtr?
    // SAFETY: a node's `type` says which struct it is (libxml2's invariant).
    switch unsafe x.pointee.type {
    case XML_ENTITY_DECL:
      let e = unsafe UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlEntity.self)
      let etype = unsafe e.pointee.etype
      let slot: WritableKeyPath<xmlDtd, UnsafeMutableRawPointer?>? = unsafe etype == XML_INTERNAL_PARAMETER_ENTITY || etype == XML_EXTERNAL_PARAMETER_ENTITY
        ? \.pentities : etype == XML_INTERNAL_PREDEFINED_ENTITY ? nil : \.entities
      if let slot = unsafe slot { unsafe q = entity(in: copy, slot, bytes(e.pointee.name)).map { unsafe asNode($0) } }
    case XML_ELEMENT_DECL:
      let e = unsafe UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlElement.self)
      unsafe q = exported_xmlGetDtdQElementDesc(copy, e.pointee.name, e.pointee.prefix).map { unsafe asNode($0) }
    case XML_ATTRIBUTE_DECL:
      let a = unsafe UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlAttribute.self)
      unsafe q = exported_xmlGetDtdQAttrDesc(copy, a.pointee.elem, a.pointee.name, a.pointee.prefix).map { unsafe asNode($0) }
    case XML_COMMENT_NODE:
      unsafe q = exported_xmlCopyNode(x, 0)
    default:
      break
    }
    guard let q = unsafe q else { continue }
    unsafe q.pointee.next = nil
    unsafe q.pointee.prev = nil
    unsafe linkLastChild(q, of: asNode(copy))
  }
  // Written back (xmlDocDump of a document it is given to) as the original was.
  if let parsed = parsedDoctypes.withLock({ $0[UInt(bitPattern: dtd)] }) {
    let key = UInt(bitPattern: copy)
    parsedDoctypes.withLock { $0[key] = parsed }
  }
  return unsafe copy
}
