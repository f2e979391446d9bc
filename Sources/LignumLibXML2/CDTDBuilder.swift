import CLignumLibXML2
import LignumTokenizer
import LignumDOM

/// Fills an `xmlDtd` with the declarations a parsed DTD read, through the same calls a program
/// (or libxml2's SAX2 handlers) would make: `xmlAddElementDecl`, `xmlAddAttributeDecl`,
/// `xmlAddDocEntity`, `xmlAddNotationDecl`, and comments and processing instructions as the
/// DTD's children. The structs then hold what libxml2's would for the same input: content
/// models as its binary trees, defaults as it stores them, the first declaration of a name.
enum CDTDBuilder {
  static func fill(_ dtd: xmlDtdPtr, with declarations: [MarkupDeclaration], documentURL: String?) {
    for declaration in declarations {
      switch declaration {
      case .element(let e): unsafe addElement(e, to: dtd)
      case .attributeList(let element, let list):
        for a in list { unsafe addAttribute(a, of: element, to: dtd) }
      case .entity(let e): unsafe addEntity(e, to: dtd, documentURL: documentURL)
      case .notation(let n):
        _ = unsafe withOptionalCString(n.publicID) { pub in
          unsafe withOptionalCString(n.systemID) { sys in
            unsafe withOptionalCString(n.name) { unsafe exported_xmlAddNotationDecl(nil, dtd, $0, pub, sys) }
          }
        }
      case .comment(let text):
        let node = unsafe withOptionalCString(text) { unsafe exported_xmlNewDocComment(dtd.pointee.doc, $0) }
        if let node = unsafe node { unsafe linkLastChild(node, of: asNode(dtd)) }
      case .processingInstruction(let target, let data):
        let node = unsafe withOptionalCString(target) { t in
          unsafe withOptionalCString(data.isEmpty ? nil : data) { unsafe exported_xmlNewDocPI(dtd.pointee.doc, t, $0) }
        }
        if let node = unsafe node { unsafe linkLastChild(node, of: asNode(dtd)) }
      }
    }
  }

  static func addElement(_ e: ElementDeclaration, to dtd: xmlDtdPtr) {
    let doc = unsafe dtd.pointee.doc
    let (type, content) = unsafe contentModel(of: e, doc: doc)
    _ = unsafe withOptionalCString(e.name) { unsafe exported_xmlAddElementDecl(nil, dtd, $0, type, content) }
    unsafe exported_xmlFreeDocElementContent(doc, content)
  }

  /// The element's content type and model tree (the caller frees the tree).
  static func contentModel(of e: ElementDeclaration, doc: xmlDocPtr?) -> (xmlElementTypeVal, xmlElementContentPtr?) {
    switch e.content {
    case .empty: return (XML_ELEMENT_TYPE_EMPTY, nil)
    case .any: return (XML_ELEMENT_TYPE_ANY, nil)
    case .mixed(let names):
      var particles = unsafe [exported_xmlNewDocElementContent(doc, nil, XML_ELEMENT_CONTENT_PCDATA)]
      for n in names { unsafe particles.append(newParticle(n, doc: doc)) }
      let content = unsafe chain(particles, XML_ELEMENT_CONTENT_OR, doc: doc)
      if !names.isEmpty || e.starredPCDATA { unsafe content?.pointee.ocur = XML_ELEMENT_CONTENT_MULT }
      return unsafe (XML_ELEMENT_TYPE_MIXED, content)
    case .children(let particle):
      return unsafe (XML_ELEMENT_TYPE_ELEMENT, tree(particle.libxml2Normalized, doc: doc))
    }
  }

  static func newParticle(_ name: String, doc: xmlDocPtr?) -> xmlElementContentPtr? {
    unsafe withOptionalCString(name) { unsafe exported_xmlNewDocElementContent(doc, $0, XML_ELEMENT_CONTENT_ELEMENT) }
  }

  /// `a , b , c` (or `|`) as libxml2's right-leaning binary tree: `SEQ(a, SEQ(b, c))`.
  static func chain(_ items: [xmlElementContentPtr?], _ type: xmlElementContentType, doc: xmlDocPtr?) -> xmlElementContentPtr? {
    guard var tail = unsafe items.last ?? nil else { return nil }
    for unsafe item in unsafe items.dropLast().reversed() {
      guard let node = unsafe exported_xmlNewDocElementContent(doc, nil, type) else { break }
      unsafe node.pointee.c1 = item
      unsafe item?.pointee.parent = node
      unsafe node.pointee.c2 = tail
      unsafe tail.pointee.parent = node
      unsafe tail = node
    }
    return unsafe tail
  }

  static func occurrence(_ o: ContentParticle.Occurrence) -> xmlElementContentOccur {
    switch o {
    case .once: XML_ELEMENT_CONTENT_ONCE
    case .optional: XML_ELEMENT_CONTENT_OPT
    case .zeroOrMore: XML_ELEMENT_CONTENT_MULT
    case .oneOrMore: XML_ELEMENT_CONTENT_PLUS
    }
  }

  /// The content tree of a normalized particle (recursion as deep as the groups nest, which
  /// the DTD parser bounds).
  static func tree(_ particle: ContentParticle, doc: xmlDocPtr?) -> xmlElementContentPtr? {
    switch particle {
    case .name(let n, let o):
      let node = unsafe newParticle(n, doc: doc)
      unsafe node?.pointee.ocur = occurrence(o)
      return unsafe node
    case .sequence(let items, let o), .choice(let items, let o):
      let isSequence: Bool
      if case .sequence = particle { isSequence = true } else { isSequence = false }
      let parts = unsafe items.map { unsafe tree($0, doc: doc) }
      let node: xmlElementContentPtr?
      if unsafe parts.count == 1 {
        // `(a)*` and `(a?)`: the one particle carries the group's occurrence.
        unsafe node = parts[0]
        if o != .once, let n = unsafe node {
          unsafe n.pointee.ocur = n.pointee.ocur == XML_ELEMENT_CONTENT_ONCE ? occurrence(o) : XML_ELEMENT_CONTENT_MULT
        }
        return unsafe node
      }
      unsafe node = chain(parts, isSequence ? XML_ELEMENT_CONTENT_SEQ : XML_ELEMENT_CONTENT_OR, doc: doc)
      unsafe node?.pointee.ocur = occurrence(o)
      return unsafe node
    }
  }

  static func addAttribute(_ a: AttributeDeclaration, of element: String, to dtd: xmlDtdPtr) {
    let (local, prefix) = splitQualifiedName(Array(a.name.utf8))
    _ = unsafe withOptionalCString(element) { elem in
      unsafe withOptionalCString(String(decoding: local, as: UTF8.self)) { name in
        unsafe withOptionalCString(prefix.map { String(decoding: $0, as: UTF8.self) }) { ns in
          unsafe withOptionalCString(a.libxml2DefaultValue) { value in
            unsafe exported_xmlAddAttributeDecl(nil, dtd, elem, name, ns, attributeType(a), defaultKind(a), value, enumeration(a))
          }
        }
      }
    }
  }

  static func attributeType(_ a: AttributeDeclaration) -> xmlAttributeType {
    switch a.type {
    case .cdata: XML_ATTRIBUTE_CDATA
    case .id: XML_ATTRIBUTE_ID
    case .idref: XML_ATTRIBUTE_IDREF
    case .idrefs: XML_ATTRIBUTE_IDREFS
    case .entity: XML_ATTRIBUTE_ENTITY
    case .entities: XML_ATTRIBUTE_ENTITIES
    case .nmtoken: XML_ATTRIBUTE_NMTOKEN
    case .nmtokens: XML_ATTRIBUTE_NMTOKENS
    case .enumeration: XML_ATTRIBUTE_ENUMERATION
    case .notation: XML_ATTRIBUTE_NOTATION
    }
  }

  static func defaultKind(_ a: AttributeDeclaration) -> xmlAttributeDefault {
    switch a.defaultDeclaration {
    case .required: XML_ATTRIBUTE_REQUIRED
    case .implied: XML_ATTRIBUTE_IMPLIED
    case .fixed: XML_ATTRIBUTE_FIXED
    case .value: XML_ATTRIBUTE_NONE
    }
  }

  /// The enumerated values as a new list (whoever takes it frees it).
  static func enumeration(_ a: AttributeDeclaration) -> xmlEnumerationPtr? {
    var values: xmlEnumerationPtr?, last: xmlEnumerationPtr?
    for v in a.libxml2EnumeratedValues {
      guard let e = unsafe withOptionalCString(v, { unsafe exported_xmlCreateEnumeration($0) }) else { continue }
      if let l = unsafe last { unsafe l.pointee.next = e } else { unsafe values = e }
      unsafe last = e
    }
    return unsafe values
  }

  static func addEntity(_ e: EntityDeclaration, to dtd: xmlDtdPtr, documentURL: String?) {
    let (type, content) = entityKind(e)
    let entity = unsafe withOptionalCString(e.name) { name in
      unsafe withOptionalCString(e.publicID) { pub in
        unsafe withOptionalCString(e.systemID) { sys in
          unsafe withOptionalCString(content) { unsafe addEntityDeclaration(dtd, name, type, pub, sys, $0) }
        }
      }
    }
    if let entity = unsafe entity { unsafe complete(entity, from: e, documentURL: documentURL) }
  }

  /// libxml2's entity type and the `content` it stores: the replacement text of an internal
  /// entity, the notation name of an unparsed one.
  static func entityKind(_ e: EntityDeclaration) -> (type: Int32, content: String?) {
    if let value = e.value { return (e.isParameter ? 4 : 1, String(decoding: value, as: UTF8.self)) }
    if let notation = e.notation, !e.isParameter { return (3, notation) }
    return (e.isParameter ? 5 : 2, nil)
  }

  /// What libxml2's parser adds to a declared entity: the literal of an internal one, and an
  /// external one's system identifier resolved against where it was declared.
  static func complete(_ entity: xmlEntityPtr, from e: EntityDeclaration, documentURL: String?) {
    if e.value != nil, let literal = e.literal, unsafe entity.pointee.orig == nil { unsafe entity.pointee.orig = CMemory.string(literal) }
    if let system = e.systemID, unsafe entity.pointee.URI == nil {
      unsafe entity.pointee.URI = UnsafePointer(CMemory.string(URIResolution.resolve(system, against: e.baseURI ?? documentURL)))
    }
  }
}

/// Calls `body` with a temporary NUL-terminated copy of `s` (NULL for nil).
func withOptionalCString<R>(_ s: String?, _ body: (UnsafePointer<xmlChar>?) -> R) -> R {
  guard let s else { return body(nil) }
  var bytes = Array(s.utf8)
  bytes.append(0)
  return unsafe bytes.withUnsafeBufferPointer { unsafe body($0.baseAddress) }
}
