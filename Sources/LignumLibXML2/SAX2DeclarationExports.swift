import CLignumLibXML2

// libxml2's SAX2 handlers for DTD declarations (SAX2.h): each adds what the parser read to the
// document's internal subset (`inSubset` 1) or external subset (2), through xmlAddElementDecl,
// xmlAddAttributeDecl, xmlAddDocEntity/xmlAddDtdEntity and xmlAddNotationDecl.

/// The subset declarations currently go to.
func currentSubset(_ ctxt: xmlParserCtxtPtr) -> xmlDtdPtr? {
  guard let doc = unsafe ctxt.pointee.myDoc else { return nil }
  switch unsafe ctxt.pointee.inSubset {
  case 1: return unsafe doc.pointee.intSubset
  case 2: return unsafe doc.pointee.extSubset
  default: return nil
  }
}

@_cdecl("xmlSAX2ElementDecl")
public func exported_xmlSAX2ElementDecl(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
                                        _ content: xmlElementContentPtr?) {
  guard let ctxt = unsafe parserContext(ctx), let dtd = unsafe currentSubset(ctxt) else { return }
  _ = unsafe exported_xmlAddElementDecl(nil, dtd, name, xmlElementTypeVal(UInt32(bitPattern: type)), content)
}

/// `fullname` may be prefixed; `tree` is taken over.
@_cdecl("xmlSAX2AttributeDecl")
public func exported_xmlSAX2AttributeDecl(_ ctx: UnsafeMutableRawPointer?, _ elem: UnsafePointer<xmlChar>?, _ fullname: UnsafePointer<xmlChar>?,
                                          _ type: Int32, _ def: Int32, _ defaultValue: UnsafePointer<xmlChar>?, _ tree: xmlEnumerationPtr?) {
  guard let ctxt = unsafe parserContext(ctx), let dtd = unsafe currentSubset(ctxt), let fullname = unsafe fullname else {
    unsafe exported_xmlFreeEnumeration(tree)
    return
  }
  let (local, prefix) = unsafe splitQualifiedName(CString.bytes(fullname))
  _ = unsafe withOptionalCString(String(decoding: local, as: UTF8.self)) { l in
    unsafe withOptionalCString(prefix.map { String(decoding: $0, as: UTF8.self) }) { p in
      unsafe exported_xmlAddAttributeDecl(nil, dtd, elem, l, p, xmlAttributeType(UInt32(bitPattern: type)),
                                          xmlAttributeDefault(UInt32(bitPattern: def)), defaultValue, tree)
    }
  }
}

@_cdecl("xmlSAX2EntityDecl")
public func exported_xmlSAX2EntityDecl(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
                                       _ publicId: UnsafePointer<xmlChar>?, _ systemId: UnsafePointer<xmlChar>?,
                                       _ content: UnsafeMutablePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let dtd = unsafe currentSubset(ctxt) else { return }
  _ = unsafe addEntityDeclaration(dtd, name, type, publicId, systemId, content)
}

@_cdecl("xmlSAX2UnparsedEntityDecl")
public func exported_xmlSAX2UnparsedEntityDecl(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                               _ publicId: UnsafePointer<xmlChar>?, _ systemId: UnsafePointer<xmlChar>?,
                                               _ notationName: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let dtd = unsafe currentSubset(ctxt) else { return }
  _ = unsafe addEntityDeclaration(dtd, name, Int32(XML_EXTERNAL_GENERAL_UNPARSED_ENTITY.rawValue), publicId, systemId, notationName)
}

@_cdecl("xmlSAX2NotationDecl")
public func exported_xmlSAX2NotationDecl(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                         _ publicId: UnsafePointer<xmlChar>?, _ systemId: UnsafePointer<xmlChar>?) {
  guard let ctxt = unsafe parserContext(ctx), let dtd = unsafe currentSubset(ctxt) else { return }
  _ = unsafe exported_xmlAddNotationDecl(nil, dtd, name, publicId, systemId)
}

/// The general entity `name` as the parser sees it: in the external subset while reading it,
/// else the document's (or a predefined one).
@_cdecl("xmlSAX2GetEntity")
public func exported_xmlSAX2GetEntity(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let ctxt = unsafe parserContext(ctx) else { return unsafe xmlGetPredefinedEntity(name) }
  if unsafe ctxt.pointee.inSubset == 2, let e = unsafe exported_xmlGetDtdEntity(ctxt.pointee.myDoc, name) { return unsafe e }
  return unsafe exported_xmlGetDocEntity(ctxt.pointee.myDoc, name)
}

@_cdecl("xmlSAX2GetParameterEntity")
public func exported_xmlSAX2GetParameterEntity(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
  guard let ctxt = unsafe parserContext(ctx) else { return nil }
  return unsafe exported_xmlGetParameterEntity(ctxt.pointee.myDoc, name)
}

/// Points a handler's DTD callbacks at these (for xmlSAXVersion). They are taken as C function
/// pointers in this file, where they are defined: a reference from another file would make a
/// debug build emit a second definition of each symbol.
func installDeclarationHandlers(_ h: xmlSAXHandlerPtr) {
  unsafe h.pointee.getEntity = exported_xmlSAX2GetEntity
  unsafe h.pointee.getParameterEntity = exported_xmlSAX2GetParameterEntity
  unsafe h.pointee.entityDecl = exported_xmlSAX2EntityDecl
  unsafe h.pointee.unparsedEntityDecl = exported_xmlSAX2UnparsedEntityDecl
  unsafe h.pointee.notationDecl = exported_xmlSAX2NotationDecl
  unsafe h.pointee.attributeDecl = exported_xmlSAX2AttributeDecl
  unsafe h.pointee.elementDecl = exported_xmlSAX2ElementDecl
}
