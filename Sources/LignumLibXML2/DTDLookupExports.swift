import CLignumLibXML2

// Looking declarations up (valid.h, entities.h): by name in a DTD's tables, and for entities
// through a document's subsets as libxml2 resolves them (internal subset first, then the
// external one unless the document is standalone, then the predefined entities).

func bytesOrNil(_ p: UnsafePointer<xmlChar>?) -> [UInt8]? { unsafe p.map { unsafe CString.bytes($0) } }

/// The element declaration for a (possibly prefixed) name, undefined placeholders included.
@_cdecl("xmlGetDtdElementDesc")
public func exported_xmlGetDtdElementDesc(_ dtd: xmlDtdPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlElementPtr? {
  guard let dtd = unsafe dtd, let name = unsafe name else { return nil }
  return unsafe elementDeclaration(dtd, CString.bytes(name), create: false)
}

@_cdecl("xmlGetDtdQElementDesc")
public func exported_xmlGetDtdQElementDesc(_ dtd: xmlDtdPtr?, _ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> xmlElementPtr? {
  guard let dtd = unsafe dtd, let name = unsafe name else { return nil }
  return unsafe lookup(declarationTable(dtd, \.elements, create: false), CString.bytes(name), bytesOrNil(prefix), as: xmlElement.self)
}

/// The declaration of attribute `name` (possibly prefixed) of element `elem`.
@_cdecl("xmlGetDtdAttrDesc")
public func exported_xmlGetDtdAttrDesc(_ dtd: xmlDtdPtr?, _ elem: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>?) -> xmlAttributePtr? {
  guard let dtd = unsafe dtd, let elem = unsafe elem, let name = unsafe name else { return nil }
  let (local, prefix) = unsafe splitQualifiedName(CString.bytes(name))
  return unsafe lookup(declarationTable(dtd, \.attributes, create: false), local, prefix, CString.bytes(elem), as: xmlAttribute.self)
}

@_cdecl("xmlGetDtdQAttrDesc")
public func exported_xmlGetDtdQAttrDesc(_ dtd: xmlDtdPtr?, _ elem: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>?,
                                        _ prefix: UnsafePointer<xmlChar>?) -> xmlAttributePtr? {
  guard let dtd = unsafe dtd, let elem = unsafe elem, let name = unsafe name else { return nil }
  return unsafe lookup(declarationTable(dtd, \.attributes, create: false), CString.bytes(name), bytesOrNil(prefix), CString.bytes(elem),
                       as: xmlAttribute.self)
}

@_cdecl("xmlGetDtdNotationDesc")
public func exported_xmlGetDtdNotationDesc(_ dtd: xmlDtdPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlNotationPtr? {
  guard let dtd = unsafe dtd, let name = unsafe name else { return nil }
  return unsafe lookup(declarationTable(dtd, \.notations, create: false), CString.bytes(name), as: xmlNotation.self)
}

func entity(in dtd: xmlDtdPtr?, _ slot: WritableKeyPath<xmlDtd, UnsafeMutableRawPointer?>, _ name: [UInt8]) -> xmlEntityPtr? {
  guard let dtd = unsafe dtd else { return nil }
  return unsafe lookup(declarationTable(dtd, slot, create: false), name, as: xmlEntity.self)
}


@_cdecl("xmlGetDocEntity")
public func exported_xmlGetDocEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let name = unsafe name else { return nil }
  if let doc = unsafe doc {
    let bytes = unsafe CString.bytes(name)
    if let e = unsafe entity(in: doc.pointee.intSubset, \.entities, bytes) { return unsafe e }
    if unsafe doc.pointee.standalone != 1, let e = unsafe entity(in: doc.pointee.extSubset, \.entities, bytes) { return unsafe e }
  }
  return unsafe xmlGetPredefinedEntity(name)
}

/// A general entity of the external subset.
@_cdecl("xmlGetDtdEntity")
public func exported_xmlGetDtdEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let doc = unsafe doc, let name = unsafe name else { return nil }
  return unsafe entity(in: doc.pointee.extSubset, \.entities, CString.bytes(name))
}

@_cdecl("xmlGetParameterEntity")
public func exported_xmlGetParameterEntity(_ doc: xmlDocPtr?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let doc = unsafe doc, let name = unsafe name else { return nil }
  let bytes = unsafe CString.bytes(name)
  return unsafe entity(in: doc.pointee.intSubset, \.pentities, bytes) ?? entity(in: doc.pointee.extSubset, \.pentities, bytes)
}
