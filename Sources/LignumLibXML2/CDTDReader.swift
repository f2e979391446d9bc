import CLignumLibXML2
import LignumTokenizer

/// Reads a C DTD's declaration structs back into a ``DoctypeDeclaration``, for writing a DTD
/// that was not parsed (a program built it with xmlCreateIntSubset and xmlAddDocEntity, or
/// copied it): its children in order, notations from their table. What is written is then
/// what the structs hold now, as with libxml2's xmlDtdDumpOutput.
enum CDTDReader {
  static func declarations(of dtd: xmlDtdPtr) -> DoctypeDeclaration {
    var decl = unsafe DoctypeDeclaration(name: string(dtd.pointee.name) ?? "", publicID: string(dtd.pointee.ExternalID),
                                         systemID: string(dtd.pointee.SystemID))
    var out: [MarkupDeclaration] = []
    if let table = unsafe hashTable(OpaquePointer(dtd.pointee.notations)) {
      table.forEach { e in
        // SAFETY: the notation table holds xmlNotation structs (see lookup(_:_:_:_:as:)).
        guard let n = unsafe UnsafeMutablePointer<xmlNotation>(bitPattern: e.payload) else { return }
        unsafe out.append(.notation(NotationDeclaration(name: string(n.pointee.name) ?? "", publicID: string(n.pointee.PublicID),
                                                        systemID: string(n.pointee.SystemID))))
      }
    }
    var c = unsafe dtd.pointee.children
    while let x = unsafe c {
      unsafe c = x.pointee.next
      // SAFETY: a node's `type` says which struct it is (libxml2's invariant).
      switch unsafe x.pointee.type {
      case XML_ELEMENT_DECL:
        if let e = unsafe element(UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlElement.self)) { out.append(.element(e)) }
      case XML_ATTRIBUTE_DECL:
        let a = unsafe attribute(UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlAttribute.self))
        out.append(.attributeList(element: a.element, [a]))
      case XML_ENTITY_DECL:
        if let e = unsafe entity(UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlEntity.self)) { out.append(.entity(e)) }
      case XML_COMMENT_NODE:
        unsafe out.append(.comment(string(x.pointee.content) ?? ""))
      case XML_PI_NODE:
        unsafe out.append(.processingInstruction(target: string(x.pointee.name) ?? "", data: string(x.pointee.content) ?? ""))
      default:
        break
      }
    }
    decl.internalSubset = out
    decl.hasInternalSubset = !out.isEmpty
    return decl
  }

  static func name(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> String {
    unsafe String(decoding: qualified(name, prefix), as: UTF8.self)
  }

  static func element(_ e: xmlElementPtr) -> ElementDeclaration? {
    let n = unsafe name(e.pointee.name, e.pointee.prefix)
    switch unsafe e.pointee.etype {
    case XML_ELEMENT_TYPE_EMPTY: return ElementDeclaration(name: n, content: .empty)
    case XML_ELEMENT_TYPE_ANY: return ElementDeclaration(name: n, content: .any)
    case XML_ELEMENT_TYPE_MIXED:
      var names: [String] = []
      var pending: [xmlElementContentPtr] = unsafe e.pointee.content.map { unsafe [$0] } ?? []
      while let x = unsafe pending.popLast() {
        if unsafe x.pointee.type == XML_ELEMENT_CONTENT_ELEMENT { unsafe names.append(name(x.pointee.name, x.pointee.prefix)) }
        if let c2 = unsafe x.pointee.c2 { unsafe pending.append(c2) }
        if let c1 = unsafe x.pointee.c1 { unsafe pending.append(c1) }
      }
      let starred = unsafe names.isEmpty && e.pointee.content?.pointee.ocur == XML_ELEMENT_CONTENT_MULT
      return ElementDeclaration(name: n, content: .mixed(names), starredPCDATA: starred)
    case XML_ELEMENT_TYPE_ELEMENT:
      guard let content = unsafe e.pointee.content else { return nil }
      return unsafe ElementDeclaration(name: n, content: .children(particle(content)))
    default:
      return nil
    }
  }

  /// A content tree as a particle: `SEQ(a, SEQ(b, c))` as a sequence of `a` and `(b, c)`, which
  /// the writer splices as libxml2 prints it. Recursion as deep as the tree (which the parser or
  /// the program built).
  static func particle(_ c: xmlElementContentPtr) -> ContentParticle {
    let occurrence: ContentParticle.Occurrence
    switch unsafe c.pointee.ocur {
    case XML_ELEMENT_CONTENT_OPT: occurrence = .optional
    case XML_ELEMENT_CONTENT_MULT: occurrence = .zeroOrMore
    case XML_ELEMENT_CONTENT_PLUS: occurrence = .oneOrMore
    default: occurrence = .once
    }
    let parts = unsafe [c.pointee.c1, c.pointee.c2].compactMap { unsafe $0.map { unsafe particle($0) } }
    switch unsafe c.pointee.type {
    case XML_ELEMENT_CONTENT_SEQ: return .sequence(parts, occurrence)
    case XML_ELEMENT_CONTENT_OR: return .choice(parts, occurrence)
    default: return unsafe .name(name(c.pointee.name, c.pointee.prefix), occurrence)
    }
  }

  static func attribute(_ a: xmlAttributePtr) -> AttributeDeclaration {
    var values: [String] = []
    var v = unsafe a.pointee.tree
    while let x = unsafe v { unsafe values.append(string(x.pointee.name) ?? ""); unsafe v = x.pointee.next }
    let type: AttributeDeclaration.AttributeType
    switch unsafe a.pointee.atype {
    case XML_ATTRIBUTE_ID: type = .id
    case XML_ATTRIBUTE_IDREF: type = .idref
    case XML_ATTRIBUTE_IDREFS: type = .idrefs
    case XML_ATTRIBUTE_ENTITY: type = .entity
    case XML_ATTRIBUTE_ENTITIES: type = .entities
    case XML_ATTRIBUTE_NMTOKEN: type = .nmtoken
    case XML_ATTRIBUTE_NMTOKENS: type = .nmtokens
    case XML_ATTRIBUTE_ENUMERATION: type = .enumeration(values)
    case XML_ATTRIBUTE_NOTATION: type = .notation(values)
    default: type = .cdata
    }
    // The stored default is written as it is (no pieces: the writer adds no escaping but `<`).
    let value = unsafe string(a.pointee.defaultValue) ?? ""
    let def: AttributeDeclaration.Default
    switch unsafe a.pointee.def {
    case XML_ATTRIBUTE_REQUIRED: def = .required
    case XML_ATTRIBUTE_IMPLIED: def = .implied
    case XML_ATTRIBUTE_FIXED: def = .fixed(value)
    default: def = .value(value)
    }
    return unsafe AttributeDeclaration(element: string(a.pointee.elem) ?? "", name: name(a.pointee.name, a.pointee.prefix), type: type,
                                       defaultDeclaration: def, isExternal: false)
  }

  static func entity(_ e: xmlEntityPtr) -> EntityDeclaration? {
    let etype = unsafe e.pointee.etype
    guard (1...5).contains(etype.rawValue) else { return nil }
    let isParameter = etype == XML_INTERNAL_PARAMETER_ENTITY || etype == XML_EXTERNAL_PARAMETER_ENTITY
    let isInternal = etype == XML_INTERNAL_GENERAL_ENTITY || etype == XML_INTERNAL_PARAMETER_ENTITY
    return unsafe EntityDeclaration(name: string(e.pointee.name) ?? "", isParameter: isParameter,
                                    value: isInternal ? bytes(e.pointee.content) : nil, literal: isInternal ? string(e.pointee.orig) : nil,
                                    publicID: string(e.pointee.ExternalID), systemID: string(e.pointee.SystemID),
                                    notation: etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY ? string(e.pointee.content) : nil,
                                    baseURI: nil, isExternallyDeclared: false)
  }
}
