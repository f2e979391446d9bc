import CLignumLibXML2

// Writing declarations back (valid.h, entities.h), from the structs as they are now, in
// libxml2's forms: `<!ELEMENT a (b , c)*>`, one `<!ATTLIST>` per attribute, `<!NOTATION … >`,
// each ending in a newline. Programs (lxml) write a DTD child by child this way.

/// `xmlBufWriteQuotedString` on bytes: double quotes, else single quotes, else `&quot;`.
func appendQuoted(_ s: [UInt8], to out: inout [UInt8]) {
  let dq = UInt8(ascii: "\""), sq = UInt8(ascii: "'")
  if !s.contains(dq) {
    out.append(dq); out += s; out.append(dq)
  } else if !s.contains(sq) {
    out.append(sq); out += s; out.append(sq)
  } else {
    out.append(dq)
    for b in s { if b == dq { out += Array("&quot;".utf8) } else { out.append(b) } }
    out.append(dq)
  }
}

func bytes(_ p: UnsafePointer<xmlChar>?) -> [UInt8] { unsafe p.map { unsafe CString.bytes($0) } ?? [] }

/// `prefix:name` of a declaration or content particle.
func qualified(_ name: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> [UInt8] {
  guard let prefix = unsafe prefix else { return unsafe bytes(name) }
  return unsafe CString.bytes(prefix) + [UInt8(ascii: ":")] + bytes(name)
}

/// A content model as libxml2 writes it: groups in parentheses where the binary tree needs
/// them, ` , ` and ` | ` between particles, occurrence marks after. Iterative (long sequences
/// are long right-hand spines).
func appendContentModel(_ top: xmlElementContentPtr, to out: inout [UInt8]) {
  // SAFETY: the content nodes in a Step are the model's own, alive while it is written.
  @safe enum Step { case node(xmlElementContentPtr, glob: Bool), text(String) }
  var steps: [Step] = unsafe [.node(top, glob: true)]
  func isGroup(_ c: xmlElementContentPtr?) -> Bool {
    guard let t = unsafe c?.pointee.type else { return false }
    return t == XML_ELEMENT_CONTENT_SEQ || t == XML_ELEMENT_CONTENT_OR
  }
  while let step = steps.popLast() {
    switch step {
    case .text(let s):
      out += Array(s.utf8)
    case .node(let c, let glob):
      var after: [Step] = []
      if glob { out.append(UInt8(ascii: "(")) }
      switch unsafe c.pointee.type {
      case XML_ELEMENT_CONTENT_PCDATA:
        out += Array("#PCDATA".utf8)
      case XML_ELEMENT_CONTENT_ELEMENT:
        unsafe out += qualified(c.pointee.name, c.pointee.prefix)
      case XML_ELEMENT_CONTENT_SEQ, XML_ELEMENT_CONTENT_OR:
        let isSequence = unsafe c.pointee.type == XML_ELEMENT_CONTENT_SEQ
        // An operand is a group in parentheses unless it continues this one (same connector,
        // no occurrence mark).
        func ownGroup(_ x: xmlElementContentPtr) -> Bool {
          unsafe isGroup(x) && (x.pointee.type != c.pointee.type || x.pointee.ocur != XML_ELEMENT_CONTENT_ONCE)
        }
        if let c1 = unsafe c.pointee.c1 { unsafe after.append(.node(c1, glob: ownGroup(c1))) }
        after.append(.text(isSequence ? " , " : " | "))
        if let c2 = unsafe c.pointee.c2 { unsafe after.append(.node(c2, glob: ownGroup(c2))) }
      default:
        break
      }
      var tail = glob ? ")" : ""
      switch unsafe c.pointee.ocur {
      case XML_ELEMENT_CONTENT_OPT: tail += "?"
      case XML_ELEMENT_CONTENT_MULT: tail += "*"
      case XML_ELEMENT_CONTENT_PLUS: tail += "+"
      default: break
      }
      if !tail.isEmpty { after.append(.text(tail)) }
      steps += after.reversed()
    }
  }
}

func elementDeclarationText(_ e: xmlElementPtr) -> [UInt8] {
  var out = unsafe Array("<!ELEMENT ".utf8) + qualified(e.pointee.name, e.pointee.prefix)
  switch unsafe e.pointee.etype {
  case XML_ELEMENT_TYPE_EMPTY: out += Array(" EMPTY>\n".utf8)
  case XML_ELEMENT_TYPE_ANY: out += Array(" ANY>\n".utf8)
  case XML_ELEMENT_TYPE_MIXED, XML_ELEMENT_TYPE_ELEMENT:
    out.append(UInt8(ascii: " "))
    if let content = unsafe e.pointee.content { unsafe appendContentModel(content, to: &out) }
    out += Array(">\n".utf8)
  default:
    return []   // an undefined element (attributes only) has no declaration to write
  }
  return out
}

func attributeDeclarationText(_ a: xmlAttributePtr) -> [UInt8] {
  var out = unsafe Array("<!ATTLIST ".utf8) + bytes(a.pointee.elem) + [UInt8(ascii: " ")] + qualified(a.pointee.name, a.pointee.prefix)
  let types = [" CDATA", " ID", " IDREF", " IDREFS", " ENTITY", " ENTITIES", " NMTOKEN", " NMTOKENS", " (", " NOTATION ("]
  let t = unsafe Int(a.pointee.atype.rawValue)
  if (1...10).contains(t) { out += Array(types[t - 1].utf8) }
  if t == 9 || t == 10 {
    var v = unsafe a.pointee.tree
    while let x = unsafe v {
      unsafe out += bytes(x.pointee.name)
      unsafe out += Array((x.pointee.next == nil ? ")" : " | ").utf8)
      unsafe v = x.pointee.next
    }
  }
  switch unsafe a.pointee.def {
  case XML_ATTRIBUTE_REQUIRED: out += Array(" #REQUIRED".utf8)
  case XML_ATTRIBUTE_IMPLIED: out += Array(" #IMPLIED".utf8)
  case XML_ATTRIBUTE_FIXED: out += Array(" #FIXED".utf8)
  default: break
  }
  if let d = unsafe a.pointee.defaultValue {
    out.append(UInt8(ascii: " "))
    unsafe appendQuoted(CString.bytes(d), to: &out)
  }
  out += Array(">\n".utf8)
  return out
}

/// An internal entity's replacement text as a literal when its original is unknown: `%`
/// and `"` become character references when the text holds `%`.
func appendEntityContent(_ content: [UInt8], to out: inout [UInt8]) {
  guard content.contains(UInt8(ascii: "%")) else { return appendQuoted(content, to: &out) }
  out.append(UInt8(ascii: "\""))
  for b in content {
    switch b {
    case UInt8(ascii: "\""): out += Array("&quot;".utf8)
    case UInt8(ascii: "%"): out += Array("&#x25;".utf8)
    default: out.append(b)
    }
  }
  out.append(UInt8(ascii: "\""))
}

func entityDeclarationText(_ e: xmlEntityPtr) -> [UInt8] {
  let etype = unsafe e.pointee.etype
  let isParameter = etype == XML_INTERNAL_PARAMETER_ENTITY || etype == XML_EXTERNAL_PARAMETER_ENTITY
  guard etype != XML_INTERNAL_PREDEFINED_ENTITY, (1...5).contains(etype.rawValue) else { return [] }
  var out = unsafe Array((isParameter ? "<!ENTITY % " : "<!ENTITY ").utf8) + bytes(e.pointee.name)
  if etype == XML_INTERNAL_GENERAL_ENTITY || etype == XML_INTERNAL_PARAMETER_ENTITY {
    out.append(UInt8(ascii: " "))
    if let orig = unsafe e.pointee.orig {
      unsafe appendQuoted(CString.bytes(orig), to: &out)
    } else {
      unsafe appendEntityContent(bytes(e.pointee.content), to: &out)
    }
  } else {
    if let pub = unsafe e.pointee.ExternalID {
      out += Array(" PUBLIC ".utf8)
      unsafe appendQuoted(CString.bytes(pub), to: &out)
      out.append(UInt8(ascii: " "))
    } else {
      out += Array(" SYSTEM ".utf8)
    }
    unsafe appendQuoted(bytes(e.pointee.SystemID), to: &out)
    if etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY, unsafe e.pointee.content != nil {
      out += Array(" NDATA ".utf8)
      unsafe out += e.pointee.orig != nil ? bytes(e.pointee.orig) : bytes(e.pointee.content)
    }
  }
  out += Array(">\n".utf8)
  return out
}

func notationDeclarationText(_ n: xmlNotationPtr) -> [UInt8] {
  var out = unsafe Array("<!NOTATION ".utf8) + bytes(n.pointee.name)
  if let pub = unsafe n.pointee.PublicID {
    out += Array(" PUBLIC ".utf8)
    unsafe appendQuoted(CString.bytes(pub), to: &out)
    if let sys = unsafe n.pointee.SystemID {
      out.append(UInt8(ascii: " "))
      unsafe appendQuoted(CString.bytes(sys), to: &out)
    }
  } else {
    out += Array(" SYSTEM ".utf8)
    unsafe appendQuoted(bytes(n.pointee.SystemID), to: &out)
  }
  out += Array(" >\n".utf8)
  return out
}

/// The text of a DTD child that is a declaration; `nil` for other nodes.
func declarationText(_ node: xmlNodePtr) -> [UInt8]? {
  // SAFETY: a node's `type` says which struct it is (libxml2's invariant).
  switch unsafe node.pointee.type {
  case XML_ELEMENT_DECL: return unsafe elementDeclarationText(UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlElement.self))
  case XML_ATTRIBUTE_DECL: return unsafe attributeDeclarationText(UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlAttribute.self))
  case XML_ENTITY_DECL: return unsafe entityDeclarationText(UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlEntity.self))
  default: return nil
  }
}

func append(_ text: [UInt8], to buf: xmlBufferPtr?) {
  guard !text.isEmpty else { return }
  unsafe text.withUnsafeBufferPointer { _ = unsafe exported_xmlBufferAdd(buf, $0.baseAddress, Int32(clamping: $0.count)) }
}

@_cdecl("xmlDumpElementDecl")
public func exported_xmlDumpElementDecl(_ buf: xmlBufferPtr?, _ elem: xmlElementPtr?) {
  guard let elem = unsafe elem else { return }
  unsafe append(elementDeclarationText(elem), to: buf)
}

@_cdecl("xmlDumpAttributeDecl")
public func exported_xmlDumpAttributeDecl(_ buf: xmlBufferPtr?, _ attr: xmlAttributePtr?) {
  guard let attr = unsafe attr else { return }
  unsafe append(attributeDeclarationText(attr), to: buf)
}

@_cdecl("xmlDumpEntityDecl")
public func exported_xmlDumpEntityDecl(_ buf: xmlBufferPtr?, _ ent: xmlEntityPtr?) {
  guard let ent = unsafe ent else { return }
  unsafe append(entityDeclarationText(ent), to: buf)
}

@_cdecl("xmlDumpNotationDecl")
public func exported_xmlDumpNotationDecl(_ buf: xmlBufferPtr?, _ nota: xmlNotationPtr?) {
  guard let nota = unsafe nota else { return }
  unsafe append(notationDeclarationText(nota), to: buf)
}

/// Writes every entry of a declaration table, in the table's order.
func dumpTable<T>(_ table: OpaquePointer?, _ buf: xmlBufferPtr?, as: T.Type, _ text: (UnsafeMutablePointer<T>) -> [UInt8]) {
  guard let t = unsafe hashTable(table) else { return }
  t.forEach { e in
    // SAFETY: a declaration table holds structs of its kind (see lookup(_:_:_:_:as:)).
    if let p = unsafe UnsafeMutablePointer<T>(bitPattern: e.payload) { unsafe append(text(p), to: buf) }
  }
}

@_cdecl("xmlDumpNotationTable")
public func exported_xmlDumpNotationTable(_ buf: xmlBufferPtr?, _ table: OpaquePointer?) {
  unsafe dumpTable(table, buf, as: xmlNotation.self) { unsafe notationDeclarationText($0) }
}

@_cdecl("xmlDumpElementTable")
public func exported_xmlDumpElementTable(_ buf: xmlBufferPtr?, _ table: OpaquePointer?) {
  unsafe dumpTable(table, buf, as: xmlElement.self) { unsafe elementDeclarationText($0) }
}

@_cdecl("xmlDumpAttributeTable")
public func exported_xmlDumpAttributeTable(_ buf: xmlBufferPtr?, _ table: OpaquePointer?) {
  unsafe dumpTable(table, buf, as: xmlAttribute.self) { unsafe attributeDeclarationText($0) }
}

@_cdecl("xmlDumpEntitiesTable")
public func exported_xmlDumpEntitiesTable(_ buf: xmlBufferPtr?, _ table: OpaquePointer?) {
  unsafe dumpTable(table, buf, as: xmlEntity.self) { unsafe entityDeclarationText($0) }
}
