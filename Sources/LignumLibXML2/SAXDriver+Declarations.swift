import CLignumLibXML2
import LignumTokenizer

extension SAXDriver {
  /// The DTD's declarations as libxml2's parser reports them, after `internalSubset`: those of
  /// the internal subset with `inSubset` 1, then `externalSubset`, then (when it was read) the
  /// external subset's with `inSubset` 2, into a `doc->extSubset` made for them when a
  /// document is being built. Entities get their literal and resolved URI afterwards,
  /// as the parser completes the struct the handler made.
  func deliverDeclarations(of dt: DoctypeDeclaration, url: String?) {
    unsafe ctxt.pointee.inSubset = 1
    deliver(dt.internalSubset, url: url)
    unsafe ctxt.pointee.inSubset = 2
    unsafe withCStrings([Array(dt.name.utf8), dt.publicID.map { Array($0.utf8) }, dt.systemID.map { Array($0.utf8) }]) { s in
      unsafe sax.pointee.externalSubset?(user, s[0], s[1], s[2])
      if !dt.externalSubset.isEmpty, let doc = unsafe ctxt.pointee.myDoc, unsafe doc.pointee.extSubset == nil {
        _ = unsafe exported_xmlNewDtd(doc, s[0], s[1], s[2])
      }
    }
    deliver(dt.externalSubset, url: url)
    unsafe ctxt.pointee.inSubset = 0
  }

  private func deliver(_ declarations: [MarkupDeclaration], url: String?) {
    for declaration in declarations {
      if unsafe ctxt.pointee.disableSAX != 0 { return }
      switch declaration {
      case .element(let e):
        let (type, content) = unsafe CDTDBuilder.contentModel(of: e, doc: ctxt.pointee.myDoc)
        unsafe withCStrings([Array(e.name.utf8)]) { s in unsafe sax.pointee.elementDecl?(user, s[0], Int32(type.rawValue), content) }
        unsafe exported_xmlFreeDocElementContent(ctxt.pointee.myDoc, content)
      case .attributeList(let element, let list):
        for a in list {
          let tree = unsafe CDTDBuilder.enumeration(a)
          guard let callback = unsafe sax.pointee.attributeDecl else {
            unsafe exported_xmlFreeEnumeration(tree)
            continue
          }
          unsafe withCStrings([Array(element.utf8), Array(a.name.utf8), a.libxml2DefaultValue.map { Array($0.utf8) }]) { s in
            unsafe callback(user, s[0], s[1], Int32(CDTDBuilder.attributeType(a).rawValue), Int32(CDTDBuilder.defaultKind(a).rawValue), s[2], tree)
          }
        }
      case .entity(let e):
        let (type, content) = CDTDBuilder.entityKind(e)
        unsafe withCStrings([Array(e.name.utf8), e.publicID.map { Array($0.utf8) }, e.systemID.map { Array($0.utf8) },
                             content.map { Array($0.utf8) }]) { s in
          if type == 3 {
            unsafe sax.pointee.unparsedEntityDecl?(user, s[0], s[1], s[2], s[3])
          } else {
            unsafe sax.pointee.entityDecl?(user, s[0], type, s[1], s[2], UnsafeMutablePointer(mutating: s[3]))
          }
          let lookup = unsafe e.isParameter ? sax.pointee.getParameterEntity : sax.pointee.getEntity
          if let entity = unsafe lookup?(user, s[0]), unsafe entity.pointee.etype.rawValue == UInt32(type) {
            unsafe CDTDBuilder.complete(entity, from: e, documentURL: url)
          }
        }
      case .notation(let n):
        unsafe withCStrings([Array(n.name.utf8), n.publicID.map { Array($0.utf8) }, n.systemID.map { Array($0.utf8) }]) { s in
          unsafe sax.pointee.notationDecl?(user, s[0], s[1], s[2])
        }
      case .comment(let text):
        unsafe withCStrings([Array(text.utf8)]) { s in unsafe sax.pointee.comment?(user, s[0]) }
      case .processingInstruction(let target, let data):
        unsafe withCStrings([Array(target.utf8), data.isEmpty ? nil : Array(data.utf8)]) { s in
          unsafe sax.pointee.processingInstruction?(user, s[0], s[1])
        }
      }
    }
  }
}

/// An entity's first reference without substitution, as libxml2's parser handles it: the
/// entity's content is parsed once, its events delivered to the handler with the context's
/// `node` set to a placeholder, and what the handler built there becomes the entity's parsed
/// content (`children`, owned by the entity); then the `reference` callback comes.
// SAFETY: `entity` is the handler's own struct for the entity (from its getEntity callback) and
// `placeholder` a node made here; both outlive the capture, which ends at the entity's end.
@safe struct EntityCapture {
  let name: [UInt8]
  let entity: xmlEntityPtr
  let placeholder: xmlNodePtr?
  let savedNode: xmlNodePtr?

  /// Starts a capture when the handler knows the entity and it has not been parsed yet.
  static func begin(_ name: [UInt8], driver: SAXDriver) -> EntityCapture? {
    let ctxt = unsafe driver.ctxt
    guard let entity = unsafe driver.withCStrings([name], { s in unsafe driver.sax.pointee.getEntity?(driver.user, s[0]) }),
          unsafe entity.pointee.checked == 0, unsafe entity.pointee.children == nil,
          unsafe entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY || entity.pointee.etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY
    else { return nil }
    unsafe entity.pointee.checked = 1
    let saved = unsafe ctxt.pointee.node
    var placeholder: xmlNodePtr?
    if let doc = unsafe ctxt.pointee.myDoc {
      unsafe placeholder = newNode(XML_ELEMENT_NODE, doc: doc)
      unsafe placeholder?.pointee.name = UnsafePointer(CMemory.string("pseudoroot"))
      unsafe ctxt.pointee.node = placeholder
    }
    return unsafe EntityCapture(name: name, entity: entity, placeholder: placeholder, savedNode: saved)
  }

  func finish(driver: SAXDriver) {
    let ctxt = unsafe driver.ctxt
    unsafe ctxt.pointee.node = savedNode
    if let p = unsafe placeholder {
      if unsafe entity.pointee.children == nil, let first = unsafe p.pointee.children {
        unsafe entity.pointee.children = first
        unsafe entity.pointee.last = p.pointee.last
        unsafe entity.pointee.owner = 1
        var c: xmlNodePtr? = unsafe first
        while let x = unsafe c { unsafe x.pointee.parent = asNode(entity); unsafe c = x.pointee.next }
        unsafe p.pointee.children = nil
        unsafe p.pointee.last = nil
      }
      unsafe exported_xmlFreeNode(p)
    }
    unsafe driver.withCStrings([name]) { s in unsafe driver.sax.pointee.reference?(driver.user, s[0]) }
  }

  /// Ends a capture whose entity's end never came: what the handler built is dropped, as
  /// libxml2 drops the node list of an entity whose content failed to parse.
  func abandon(driver: SAXDriver) {
    unsafe driver.ctxt.pointee.node = savedNode
    if let p = unsafe placeholder { unsafe exported_xmlFreeNode(p) }
  }
}
