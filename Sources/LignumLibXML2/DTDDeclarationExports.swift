import CLignumLibXML2
import LignumDOM

// Declarations of a DTD (valid.h, entities.h, tree.h): `xmlElement`, `xmlAttribute`, `xmlEntity`
// and `xmlNotation` structs, kept as libxml2 keeps them. Each lives in one of the DTD's hash
// tables (elements by local name and prefix, attributes by name, prefix and element, entities
// and parameter entities by name, notations by name); all but notations are also linked, in
// declaration order, as the DTD's children. The first declaration of a name binds; a later one
// is refused (NULL) and never linked. Every string is the library's own copy, from xmlMalloc.

/// `prefix:local` split as `xmlSplitQName2` does: no prefix when there is no colon, or when the
/// colon is first or last.
func splitQualifiedName(_ bytes: [UInt8]) -> (local: [UInt8], prefix: [UInt8]?) {
  guard bytes.first != 0x3A, let colon = bytes.firstIndex(of: 0x3A), colon < bytes.count - 1 else { return (bytes, nil) }
  return (Array(bytes[(colon + 1)...]), Array(bytes[..<colon]))
}

/// One of a DTD's declaration tables, created when `create` and missing.
func declarationTable(_ dtd: xmlDtdPtr, _ slot: WritableKeyPath<xmlDtd, UnsafeMutableRawPointer?>, create: Bool) -> HashTable? {
  if let t = unsafe hashTable(OpaquePointer(dtd.pointee[keyPath: slot])) { return t }
  guard create, let p = unsafe exported_xmlHashCreate(0) else { return nil }
  unsafe dtd.pointee[keyPath: slot] = UnsafeMutableRawPointer(p)
  return unsafe hashTable(p)
}

/// The payload stored under a key, as a pointer to `T`.
func lookup<T>(_ table: HashTable?, _ a: [UInt8], _ b: [UInt8]? = nil, _ c: [UInt8]? = nil, as: T.Type) -> UnsafeMutablePointer<T>? {
  guard let e = table?.entries[HashTable.Key(a: a, b: b, c: c)] else { return nil }
  // SAFETY: the declaration tables of a DTD hold only structs of the table's kind (this file
  // adds them; programs that add entries themselves follow libxml2's same rule).
  return unsafe UnsafeMutablePointer<T>(bitPattern: e.payload)
}

func copyString(_ p: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
  unsafe p.flatMap { unsafe UnsafePointer(exported_xmlStrdup($0)) }
}

func freeString(_ p: UnsafePointer<xmlChar>?) {
  unsafe CMemory.free(UnsafeMutableRawPointer(mutating: p))
}

/// Links a declaration as the DTD's last child.
func linkDeclaration<T>(_ decl: UnsafeMutablePointer<T>, to dtd: xmlDtdPtr) {
  unsafe linkLastChild(asNode(decl), of: asNode(dtd))
}

/// Takes a declaration out of its DTD's child list (when it is in one).
func unlinkDeclaration(_ node: xmlNodePtr) {
  guard let parent = unsafe node.pointee.parent else { return }
  if let p = unsafe node.pointee.prev { unsafe p.pointee.next = node.pointee.next } else { unsafe parent.pointee.children = node.pointee.next }
  if let n = unsafe node.pointee.next { unsafe n.pointee.prev = node.pointee.prev } else { unsafe parent.pointee.last = node.pointee.prev }
  unsafe node.pointee.next = nil
  unsafe node.pointee.prev = nil
  unsafe node.pointee.parent = nil
}

/// A new DTD named `name`; with a document, it becomes the document's external subset (not
/// linked among its children).
@_cdecl("xmlNewDtd")
public func exported_xmlNewDtd(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ ExternalID: UnsafePointer<xmlChar>?,
                               _ SystemID: UnsafePointer<xmlChar>?) -> xmlDtdPtr? {
  if unsafe doc?.pointee.extSubset != nil { return nil }
  guard let dtd = unsafe CMemory.allocateZeroed(xmlDtd.self) else { return nil }
  unsafe dtd.pointee.type = XML_DTD_NODE
  unsafe dtd.pointee.name = copyString(name)
  unsafe dtd.pointee.ExternalID = copyString(ExternalID)
  unsafe dtd.pointee.SystemID = copyString(SystemID)
  if let doc = unsafe doc {
    unsafe dtd.pointee.doc = doc
    unsafe doc.pointee.extSubset = dtd
  }
  return unsafe dtd
}

// MARK: element content models

/// A new content-model node; `name` (for an element particle) may be `prefix:local`.
@_cdecl("xmlNewDocElementContent")
public func exported_xmlNewDocElementContent(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?,
                                             _ type: xmlElementContentType) -> xmlElementContentPtr? {
  switch type {
  case XML_ELEMENT_CONTENT_ELEMENT: if unsafe name == nil { return nil }
  case XML_ELEMENT_CONTENT_PCDATA, XML_ELEMENT_CONTENT_SEQ, XML_ELEMENT_CONTENT_OR: break
  default: return nil
  }
  guard let c = unsafe CMemory.allocateZeroed(xmlElementContent.self) else { return nil }
  unsafe c.pointee.type = type
  unsafe c.pointee.ocur = XML_ELEMENT_CONTENT_ONCE
  if let name = unsafe name {
    let (local, prefix) = unsafe splitQualifiedName(CString.bytes(name))
    unsafe c.pointee.name = UnsafePointer(CMemory.string(local))
    if let prefix { unsafe c.pointee.prefix = UnsafePointer(CMemory.string(prefix)) }
  }
  return unsafe c
}

@_cdecl("xmlNewElementContent")
public func exported_xmlNewElementContent(_ name: UnsafePointer<xmlChar>?, _ type: xmlElementContentType) -> xmlElementContentPtr? {
  unsafe exported_xmlNewDocElementContent(nil, name, type)
}

/// A deep copy of a content model (iterative over the right-hand spine, which is how
/// sequences and choices grow).
@_cdecl("xmlCopyDocElementContent")
public func exported_xmlCopyDocElementContent(_ doc: xmlDocPtr?, _ content: xmlElementContentPtr?) -> xmlElementContentPtr? {
  guard let content = unsafe content else { return nil }
  var top: xmlElementContentPtr?
  var parent: xmlElementContentPtr?
  var cur: xmlElementContentPtr? = unsafe content
  while let c = unsafe cur {
    guard let n = unsafe CMemory.allocateZeroed(xmlElementContent.self) else { break }
    unsafe n.pointee.type = c.pointee.type
    unsafe n.pointee.ocur = c.pointee.ocur
    unsafe n.pointee.name = copyString(c.pointee.name)
    unsafe n.pointee.prefix = copyString(c.pointee.prefix)
    if let c1 = unsafe exported_xmlCopyDocElementContent(doc, c.pointee.c1) {
      unsafe c1.pointee.parent = n
      unsafe n.pointee.c1 = c1
    }
    if let p = unsafe parent { unsafe p.pointee.c2 = n; unsafe n.pointee.parent = p } else { unsafe top = n }
    unsafe parent = n
    unsafe cur = c.pointee.c2
  }
  return unsafe top
}

@_cdecl("xmlCopyElementContent")
public func exported_xmlCopyElementContent(_ content: xmlElementContentPtr?) -> xmlElementContentPtr? {
  unsafe exported_xmlCopyDocElementContent(nil, content)
}

/// Frees a content model and everything below it.
@_cdecl("xmlFreeDocElementContent")
public func exported_xmlFreeDocElementContent(_ doc: xmlDocPtr?, _ cur: xmlElementContentPtr?) {
  var pending: [xmlElementContentPtr] = unsafe []
  if let cur = unsafe cur { unsafe pending.append(cur) }
  while let c = unsafe pending.popLast() {
    if let c1 = unsafe c.pointee.c1 { unsafe pending.append(c1) }
    if let c2 = unsafe c.pointee.c2 { unsafe pending.append(c2) }
    unsafe freeString(c.pointee.name)
    unsafe freeString(c.pointee.prefix)
    unsafe CMemory.free(c)
  }
}

@_cdecl("xmlFreeElementContent")
public func exported_xmlFreeElementContent(_ cur: xmlElementContentPtr?) {
  unsafe exported_xmlFreeDocElementContent(nil, cur)
}

// MARK: enumerations

@_cdecl("xmlCreateEnumeration")
public func exported_xmlCreateEnumeration(_ name: UnsafePointer<xmlChar>?) -> xmlEnumerationPtr? {
  guard let e = unsafe CMemory.allocateZeroed(xmlEnumeration.self) else { return nil }
  unsafe e.pointee.name = copyString(name)
  return unsafe e
}

@_cdecl("xmlFreeEnumeration")
public func exported_xmlFreeEnumeration(_ cur: xmlEnumerationPtr?) {
  var c = unsafe cur
  while let e = unsafe c {
    unsafe c = e.pointee.next
    unsafe freeString(e.pointee.name)
    unsafe CMemory.free(e)
  }
}

@_cdecl("xmlCopyEnumeration")
public func exported_xmlCopyEnumeration(_ cur: xmlEnumerationPtr?) -> xmlEnumerationPtr? {
  var first: xmlEnumerationPtr?, last: xmlEnumerationPtr?
  var c = unsafe cur
  while let e = unsafe c {
    guard let n = unsafe exported_xmlCreateEnumeration(e.pointee.name) else { break }
    if let l = unsafe last { unsafe l.pointee.next = n } else { unsafe first = n }
    unsafe last = n
    unsafe c = e.pointee.next
  }
  return unsafe first
}

// MARK: element declarations

/// The element declared (or only given attributes, `XML_ELEMENT_TYPE_UNDEFINED`) under
/// `name`; with `create`, an undefined one is made when there is none, as libxml2 does for an
/// `<!ATTLIST>` that comes before its `<!ELEMENT>`. Such entries are in the table only.
func elementDeclaration(_ dtd: xmlDtdPtr, _ name: [UInt8], create: Bool) -> xmlElementPtr? {
  guard let table = unsafe declarationTable(dtd, \.elements, create: create) else { return nil }
  let (local, prefix) = splitQualifiedName(name)
  if let e = unsafe lookup(table, local, prefix, as: xmlElement.self) { return unsafe e }
  guard create, let e = unsafe CMemory.allocateZeroed(xmlElement.self) else { return nil }
  unsafe e.pointee.type = XML_ELEMENT_DECL
  unsafe e.pointee.name = UnsafePointer(CMemory.string(local))
  if let prefix { unsafe e.pointee.prefix = UnsafePointer(CMemory.string(prefix)) }
  unsafe e.pointee.etype = XML_ELEMENT_TYPE_UNDEFINED
  table.insert(HashTable.Key(a: local, b: prefix, c: nil), UInt(bitPattern: e))
  return unsafe e
}

/// Declares an element: `content` is copied (the caller keeps its own). NULL when the type
/// and content disagree or the element is already declared in this DTD.
@_cdecl("xmlAddElementDecl")
public func exported_xmlAddElementDecl(_ ctxt: xmlValidCtxtPtr?, _ dtd: xmlDtdPtr?, _ name: UnsafePointer<xmlChar>?,
                                       _ type: xmlElementTypeVal, _ content: xmlElementContentPtr?) -> xmlElementPtr? {
  guard let dtd = unsafe dtd, let name = unsafe name else { return nil }
  switch type {
  case XML_ELEMENT_TYPE_EMPTY, XML_ELEMENT_TYPE_ANY: if unsafe content != nil { return nil }
  case XML_ELEMENT_TYPE_MIXED, XML_ELEMENT_TYPE_ELEMENT: if unsafe content == nil { return nil }
  default: return nil
  }
  let bytes = unsafe CString.bytes(name)
  let (local, prefix) = splitQualifiedName(bytes)
  let key = HashTable.Key(a: local, b: prefix, c: nil)
  // Attributes given to a still undeclared element of the internal subset move to the
  // declaration (libxml2 frees the placeholder).
  var moved: xmlAttributePtr?
  if let int = unsafe dtd.pointee.doc?.pointee.intSubset, let intTable = unsafe declarationTable(int, \.elements, create: false),
     let old = unsafe lookup(intTable, local, prefix, as: xmlElement.self), unsafe old.pointee.etype == XML_ELEMENT_TYPE_UNDEFINED {
    unsafe moved = old.pointee.attributes
    unsafe old.pointee.attributes = nil
    if let entry = intTable.remove(key) { intTable.freeKeys(entry) }
    unsafe freeElementDeclaration(old)
  }
  guard let table = unsafe declarationTable(dtd, \.elements, create: true) else { return nil }
  let element: xmlElementPtr
  if let old = unsafe lookup(table, local, prefix, as: xmlElement.self) {
    // Redefinition of element: the first declaration binds.
    guard unsafe old.pointee.etype == XML_ELEMENT_TYPE_UNDEFINED else { return nil }
    unsafe element = old
  } else {
    guard let e = unsafe CMemory.allocateZeroed(xmlElement.self) else { return nil }
    unsafe e.pointee.type = XML_ELEMENT_DECL
    unsafe e.pointee.name = UnsafePointer(CMemory.string(local))
    if let prefix { unsafe e.pointee.prefix = UnsafePointer(CMemory.string(prefix)) }
    unsafe e.pointee.attributes = moved
    table.insert(key, UInt(bitPattern: e))
    unsafe element = e
  }
  unsafe element.pointee.etype = type
  unsafe element.pointee.content = exported_xmlCopyDocElementContent(dtd.pointee.doc, content)
  unsafe element.pointee.doc = dtd.pointee.doc
  unsafe linkDeclaration(element, to: dtd)
  return unsafe element
}

/// Frees an element declaration (not its attribute declarations: the attribute table owns
/// them), unlinking it first.
func freeElementDeclaration(_ e: xmlElementPtr) {
  unsafe unlinkDeclaration(asNode(e))
  unsafe exported_xmlFreeDocElementContent(e.pointee.doc, e.pointee.content)
  unsafe freeString(e.pointee.name)
  unsafe freeString(e.pointee.prefix)
  unsafe CMemory.free(e)
}

// MARK: attribute declarations

/// Declares an attribute of `elem`; `tree` (an enumeration's values) is taken over, and freed
/// when the declaration is refused. NULL when the attribute is already declared for that
/// element here, or (for the external subset) in the internal subset.
@_cdecl("xmlAddAttributeDecl")
public func exported_xmlAddAttributeDecl(_ ctxt: xmlValidCtxtPtr?, _ dtd: xmlDtdPtr?, _ elem: UnsafePointer<xmlChar>?,
                                         _ name: UnsafePointer<xmlChar>?, _ ns: UnsafePointer<xmlChar>?, _ type: xmlAttributeType,
                                         _ def: xmlAttributeDefault, _ defaultValue: UnsafePointer<xmlChar>?,
                                         _ tree: xmlEnumerationPtr?) -> xmlAttributePtr? {
  guard let dtd = unsafe dtd, let name = unsafe name, let elem = unsafe elem,
        (1...10).contains(type.rawValue) else {
    unsafe exported_xmlFreeEnumeration(tree)
    return nil
  }
  let nameBytes = unsafe CString.bytes(name), elemBytes = unsafe CString.bytes(elem)
  let prefixBytes = unsafe ns.map { unsafe CString.bytes($0) }
  let key = HashTable.Key(a: nameBytes, b: prefixBytes, c: elemBytes)
  if let doc = unsafe dtd.pointee.doc, unsafe doc.pointee.extSubset == dtd, let int = unsafe doc.pointee.intSubset,
     unsafe int != dtd, unsafe declarationTable(int, \.attributes, create: false)?.entries[key] != nil {
    unsafe exported_xmlFreeEnumeration(tree)
    return nil
  }
  guard let table = unsafe declarationTable(dtd, \.attributes, create: true), table.entries[key] == nil,
        let a = unsafe CMemory.allocateZeroed(xmlAttribute.self) else {
    unsafe exported_xmlFreeEnumeration(tree)
    return nil
  }
  unsafe a.pointee.type = XML_ATTRIBUTE_DECL
  unsafe a.pointee.name = UnsafePointer(CMemory.string(nameBytes))
  unsafe a.pointee.prefix = copyString(ns)
  unsafe a.pointee.elem = UnsafePointer(CMemory.string(elemBytes))
  unsafe a.pointee.atype = type
  unsafe a.pointee.def = def
  unsafe a.pointee.tree = tree
  unsafe a.pointee.defaultValue = copyString(defaultValue)
  table.insert(key, UInt(bitPattern: a))
  // The element's list of attribute declarations: namespace declarations first; others go
  // after the first one that is not `xmlns` (libxml2 2.9's order).
  if let owner = unsafe elementDeclaration(dtd, elemBytes, create: true) {
    let isNamespace = nameBytes == Array("xmlns".utf8) || prefixBytes == Array("xmlns".utf8)
    if unsafe isNamespace || owner.pointee.attributes == nil {
      unsafe a.pointee.nexth = owner.pointee.attributes
      unsafe owner.pointee.attributes = a
    } else {
      var t = unsafe owner.pointee.attributes!
      while unsafe CString.bytes(t.pointee.name) == Array("xmlns".utf8), let n = unsafe t.pointee.nexth { unsafe t = n }
      unsafe a.pointee.nexth = t.pointee.nexth
      unsafe t.pointee.nexth = a
    }
  }
  unsafe a.pointee.doc = dtd.pointee.doc
  unsafe linkDeclaration(a, to: dtd)
  return unsafe a
}

func freeAttributeDeclaration(_ a: xmlAttributePtr) {
  unsafe unlinkDeclaration(asNode(a))
  unsafe exported_xmlFreeEnumeration(a.pointee.tree)
  unsafe freeString(a.pointee.elem)
  unsafe freeString(a.pointee.name)
  unsafe freeString(a.pointee.defaultValue)
  unsafe freeString(a.pointee.prefix)
  unsafe CMemory.free(a)
}

// MARK: notations

/// Declares a notation (kept in the table only, not among the DTD's children); NULL when
/// it is already declared.
@_cdecl("xmlAddNotationDecl")
public func exported_xmlAddNotationDecl(_ ctxt: xmlValidCtxtPtr?, _ dtd: xmlDtdPtr?, _ name: UnsafePointer<xmlChar>?,
                                        _ PublicID: UnsafePointer<xmlChar>?, _ SystemID: UnsafePointer<xmlChar>?) -> xmlNotationPtr? {
  guard let dtd = unsafe dtd, let name = unsafe name, unsafe PublicID != nil || SystemID != nil else { return nil }
  let key = unsafe HashTable.Key(a: CString.bytes(name), b: nil, c: nil)
  guard let table = unsafe declarationTable(dtd, \.notations, create: true), table.entries[key] == nil,
        let n = unsafe CMemory.allocateZeroed(xmlNotation.self) else { return nil }
  unsafe n.pointee.name = copyString(name)
  unsafe n.pointee.PublicID = copyString(PublicID)
  unsafe n.pointee.SystemID = copyString(SystemID)
  table.insert(key, UInt(bitPattern: n))
  return unsafe n
}

func freeNotation(_ n: xmlNotationPtr) {
  unsafe freeString(n.pointee.name)
  unsafe freeString(n.pointee.PublicID)
  unsafe freeString(n.pointee.SystemID)
  unsafe CMemory.free(n)
}

// MARK: entities

/// A new entity struct, in no DTD.
func makeEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>, _ type: Int32, _ ExternalID: UnsafePointer<xmlChar>?,
                _ SystemID: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let e = unsafe CMemory.allocateZeroed(xmlEntity.self) else { return nil }
  unsafe e.pointee.type = XML_ENTITY_DECL
  unsafe e.pointee.etype = xmlEntityType(UInt32(bitPattern: type))
  unsafe e.pointee.name = copyString(name)
  unsafe e.pointee.ExternalID = copyString(ExternalID)
  unsafe e.pointee.SystemID = copyString(SystemID)
  if let content = unsafe content {
    unsafe e.pointee.content = exported_xmlStrdup(content)
    unsafe e.pointee.length = Int32(clamping: CString.length(content))
  }
  unsafe e.pointee.doc = doc
  return unsafe e
}

/// Whether a declaration of a predefined entity is one libxml2 keeps (XML 1.0 §4.6).
func isAllowedPredefinedRedeclaration(_ name: [UInt8], type: Int32, content: [UInt8]?) -> Bool {
  guard type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), let c = predefinedEntityCharacter(name) else { return false }
  return libxml2KeepsPredefinedRedeclaration(of: c, replacementText: content)
}

/// The character a predefined entity (`lt`, `gt`, `amp`, `apos`, `quot`) stands for.
func predefinedEntityCharacter(_ name: [UInt8]) -> UInt8? {
  switch String(decoding: name, as: UTF8.self) {
  case "lt": return UInt8(ascii: "<")
  case "gt": return UInt8(ascii: ">")
  case "amp": return UInt8(ascii: "&")
  case "apos": return UInt8(ascii: "'")
  case "quot": return UInt8(ascii: "\"")
  default: return nil
  }
}

/// libxml2's `xmlAddEntity`: the entity in the DTD's general or parameter table, linked as its
/// last child; NULL when the name is taken or the declaration is refused.
func addEntityDeclaration(_ dtd: xmlDtdPtr, _ name: UnsafePointer<xmlChar>?, _ type: Int32, _ ExternalID: UnsafePointer<xmlChar>?,
               _ SystemID: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let name = unsafe name else { return nil }
  let nameBytes = unsafe CString.bytes(name)
  let slot: WritableKeyPath<xmlDtd, UnsafeMutableRawPointer?>
  switch type {
  case 1, 2, 3:
    if predefinedEntityCharacter(nameBytes) != nil,
       unsafe !isAllowedPredefinedRedeclaration(nameBytes, type: type, content: content.map { unsafe CString.bytes($0) }) {
      // libxml2 reports it through the generic error handler (domain XML_FROM_TREE).
      let message = "xmlAddEntity: invalid redeclaration of predefined entity\n"
      unsafe lignumSetLastError(Int32(XML_FROM_TREE.rawValue), Int32(XML_ERR_ENTITY_PROCESSING.rawValue), 2, nil, 0, 0, message)
      unsafe lignumReportError("error : " + message, 1)
      return nil
    }
    unsafe slot = \.entities
  case 4, 5:
    unsafe slot = \.pentities
  default:
    return nil
  }
  let key = HashTable.Key(a: nameBytes, b: nil, c: nil)
  guard let table = unsafe declarationTable(dtd, slot, create: true), table.entries[key] == nil,
        let e = unsafe makeEntity(dtd.pointee.doc, name, type, ExternalID, SystemID, content) else { return nil }
  table.insert(key, UInt(bitPattern: e))
  unsafe linkDeclaration(e, to: dtd)
  return unsafe e
}

/// Declares an entity in the document's internal subset.
@_cdecl("xmlAddDocEntity")
public func exported_xmlAddDocEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ type: Int32, _ ExternalID: UnsafePointer<xmlChar>?,
                                     _ SystemID: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let dtd = unsafe doc?.pointee.intSubset else { return nil }
  return unsafe addEntityDeclaration(dtd, name, type, ExternalID, SystemID, content)
}

/// Declares an entity in the document's external subset.
@_cdecl("xmlAddDtdEntity")
public func exported_xmlAddDtdEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ type: Int32, _ ExternalID: UnsafePointer<xmlChar>?,
                                     _ SystemID: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let dtd = unsafe doc?.pointee.extSubset else { return nil }
  return unsafe addEntityDeclaration(dtd, name, type, ExternalID, SystemID, content)
}

/// An entity declared in the document's internal subset when it has one, else a free-standing
/// entity the caller frees.
@_cdecl("xmlNewEntity")
public func exported_xmlNewEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?, _ type: Int32, _ ExternalID: UnsafePointer<xmlChar>?,
                                  _ SystemID: UnsafePointer<xmlChar>?, _ content: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  if unsafe doc?.pointee.intSubset != nil { return unsafe exported_xmlAddDocEntity(doc, name, type, ExternalID, SystemID, content) }
  guard let name = unsafe name else { return nil }
  return unsafe makeEntity(doc, name, type, ExternalID, SystemID, content)
}

/// Frees an entity declaration and the parsed content it owns, unlinking it first.
func freeEntity(_ e: xmlEntityPtr) {
  unsafe unlinkDeclaration(asNode(e))
  if unsafe e.pointee.owner == 1, let c = unsafe e.pointee.children, unsafe c.pointee.parent == asNode(e) {
    unsafe freeNodeList(c, siblings: true)
  }
  unsafe freeString(e.pointee.name)
  unsafe freeString(e.pointee.ExternalID)
  unsafe freeString(e.pointee.SystemID)
  unsafe freeString(e.pointee.URI)
  unsafe CMemory.free(e.pointee.content)
  unsafe CMemory.free(e.pointee.orig)
  unsafe CMemory.free(e)
}

// MARK: freeing a DTD's tables

/// Frees every declaration of a DTD and its tables; other children (comments, processing
/// instructions) are the caller's.
func freeDeclarations(of dtd: xmlDtdPtr) {
  func drain(_ slot: WritableKeyPath<xmlDtd, UnsafeMutableRawPointer?>, _ free: (UInt) -> Void) {
    guard let p = unsafe dtd.pointee[keyPath: slot], let t = unsafe hashTable(OpaquePointer(p)) else { return }
    t.forEach { free($0.payload) }
    unsafe exported_xmlHashFree(OpaquePointer(p), nil)
    unsafe dtd.pointee[keyPath: slot] = nil
  }
  // SAFETY (each closure): the tables hold structs of their kind (see lookup(_:_:_:_:as:)).
  unsafe drain(\.notations) { if let n = unsafe UnsafeMutablePointer<xmlNotation>(bitPattern: $0) { unsafe freeNotation(n) } }
  unsafe drain(\.elements) { if let e = unsafe UnsafeMutablePointer<xmlElement>(bitPattern: $0) { unsafe freeElementDeclaration(e) } }
  unsafe drain(\.attributes) { if let a = unsafe UnsafeMutablePointer<xmlAttribute>(bitPattern: $0) { unsafe freeAttributeDeclaration(a) } }
  unsafe drain(\.entities) { if let e = unsafe UnsafeMutablePointer<xmlEntity>(bitPattern: $0) { unsafe freeEntity(e) } }
  unsafe drain(\.pentities) { if let e = unsafe UnsafeMutablePointer<xmlEntity>(bitPattern: $0) { unsafe freeEntity(e) } }
}
