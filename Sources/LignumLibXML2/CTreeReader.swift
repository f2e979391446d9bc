import CLignumLibXML2
import LignumDOM
import LignumTokenizer
import Synchronization

/// The document type declarations of the C trees this library built, by `xmlDtd` address: the
/// DTD's declarations are not yet built as libxml2's structs, so writing a document takes them
/// from here. An entry goes when its document is freed.
let parsedDoctypes = Mutex<[UInt: DoctypeDeclaration]>([:])

/// Rebuilds a ``Document`` from a C tree as it is now (programs change the structs freely), to
/// write it with the DOM's serializer: elements, attributes, namespaces, text, CDATA, comments,
/// PIs, entity references and the document type.
struct CTreeReader {
  /// The Document of the C document `doc`.
  static func document(of doc: xmlDocPtr) -> Document {
    var d = Document()
    let version = unsafe doc.pointee.version.map { unsafe CString.string($0) } ?? "1.0"
    let encoding = unsafe doc.pointee.encoding.map { unsafe CString.string($0) }
    let standalone: Bool? = unsafe doc.pointee.standalone == 1 ? true : unsafe doc.pointee.standalone == 0 ? false : nil
    d.xmlDeclaration = XMLDeclaration(version: version, encoding: encoding, standalone: standalone)
    // SAFETY: xmlDoc's first eight fields are xmlNode's (layout test); only children is read.
    let top = unsafe UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self)
    unsafe copyChildren(of: top, to: .document, in: &d)
    return d
  }

  /// The Document holding a copy of `node`'s subtree as the document's only content, and the
  /// copy's id. `declaringOuterNamespaces`: namespaces the subtree uses that an ancestor
  /// declares are declared on the copy (for copying a node; writing one leaves them out).
  static func document(ofNode node: xmlNodePtr, declaringOuterNamespaces: Bool = false, topOnly: Bool = false) -> (Document, NodeID?) {
    var d = Document()
    if let doc = unsafe node.pointee.doc, let encoding = unsafe doc.pointee.encoding {
      d.xmlDeclaration = XMLDeclaration(version: "1.0", encoding: unsafe CString.string(encoding), standalone: nil)
    }
    unsafe copyList(node, single: true, to: .document, in: &d)
    guard let top = d.children(of: .document).last else { return (d, nil) }
    // Namespaces the subtree uses but an ancestor declared are declared on the copy's top, as
    // libxml2's node copy adds them there.
    if declaringOuterNamespaces, d.kind(of: top) == .element {
      for (prefix, uri) in unsafe namespacesDeclaredOutside(node, topOnly: topOnly) where !d.namespaceDeclarations(of: top).contains(where: { $0.prefix == prefix }) {
        d.declareNamespace(prefix: prefix, uri: uri, on: top)
      }
    }
    return (d, top)
  }

  /// The namespaces (prefix, URI) used by elements and attributes of `top`'s subtree (only by
  /// `top` and its attributes when `topOnly`) whose declaration is not in the subtree (the `xml`
  /// namespace needs none).
  static func namespacesDeclaredOutside(_ top: xmlNodePtr, topOnly: Bool = false) -> [(String?, String)] {
    var declared = Set<UInt>()
    var used: [xmlNsPtr] = unsafe []
    var n: xmlNodePtr? = unsafe top
    while let x = unsafe n {
      if unsafe x.pointee.type == XML_ELEMENT_NODE {
        var d = unsafe x.pointee.nsDef
        while let ns = unsafe d { declared.insert(UInt(bitPattern: ns)); unsafe d = ns.pointee.next }
        if let ns = unsafe x.pointee.ns { unsafe used.append(ns) }
        var a = unsafe x.pointee.properties
        while let attr = unsafe a { if let ns = unsafe attr.pointee.ns { unsafe used.append(ns) }; unsafe a = attr.pointee.next }
        if !topOnly, let c = unsafe x.pointee.children { unsafe n = c; continue }
      }
      if unsafe x == top { break }
      var y = unsafe x
      while unsafe y.pointee.next == nil, let p = unsafe y.pointee.parent, unsafe p != top { unsafe y = p }
      if unsafe y.pointee.next == nil { break }
      unsafe n = y.pointee.next
    }
    var out: [(String?, String)] = []
    for unsafe ns in unsafe used where !declared.contains(UInt(bitPattern: ns)) {
      let prefix = unsafe ns.pointee.prefix.map { unsafe CString.string($0) }
      if prefix == "xml" || out.contains(where: { $0.0 == prefix }) { continue }
      unsafe out.append((prefix, string(ns.pointee.href)))
    }
    return out
  }

  static func string(_ p: UnsafePointer<xmlChar>?) -> String {
    guard let p = unsafe p else { return "" }
    return unsafe CString.string(p)
  }

  /// `prefix:name` of an element or attribute in namespace `ns`.
  static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ ns: xmlNsPtr?) -> String {
    let local = unsafe string(name)
    guard let ns = unsafe ns, let prefix = unsafe ns.pointee.prefix else { return local }
    return unsafe CString.string(prefix) + ":" + local
  }

  static func copyChildren(of node: xmlNodePtr, to parent: NodeID, in d: inout Document) {
    unsafe copyList(node.pointee.children, single: false, to: parent, in: &d)
  }

  /// Copies a node list (or one node when `single`) with explicit stacks: depth costs no stack.
  static func copyList(_ first: xmlNodePtr?, single: Bool, to parent: NodeID, in d: inout Document) {
    var stack: [(next: xmlNodePtr?, parent: NodeID)] = unsafe [(first, parent)]
    while let top = unsafe stack.last {
      guard let n = unsafe top.next else {
        unsafe stack.removeLast()
        continue
      }
      // One node only: the bottom frame ends after it.
      unsafe stack[stack.count - 1].next = single && stack.count == 1 ? nil : n.pointee.next
      let into = unsafe top.parent
      switch unsafe n.pointee.type {
      case XML_ELEMENT_NODE:
        let e = unsafe d.createElement(qualifiedName(n.pointee.name, n.pointee.ns), namespace: n.pointee.ns.map { unsafe string($0.pointee.href) })
        d.append(e, to: into)
        var ns = unsafe n.pointee.nsDef
        while let x = unsafe ns {
          unsafe d.declareNamespace(prefix: x.pointee.prefix.map { unsafe CString.string($0) }, uri: string(x.pointee.href), on: e)
          unsafe ns = x.pointee.next
        }
        var a = unsafe n.pointee.properties
        while let x = unsafe a {
          let value = unsafe nodeListString(x.pointee.children, inLine: true).map { p in
            defer { unsafe CMemory.free(p) }
            return unsafe CString.string(p)
          } ?? ""
          let id = unsafe d.setAttribute(qualifiedName(x.pointee.name, x.pointee.ns), to: value,
                                         namespace: x.pointee.ns.map { unsafe string($0.pointee.href) }, on: e)
          // Entity references among the value's children are written back as references.
          if let pieces = unsafe Self.valuePieces(x.pointee.children) { d.setAttributeValuePieces(of: id, pieces) }
          unsafe a = x.pointee.next
        }
        unsafe stack.append((n.pointee.children, e))
      case XML_TEXT_NODE:
        unsafe d.append(d.createText(string(n.pointee.content)), to: into)
      case XML_CDATA_SECTION_NODE:
        unsafe d.append(d.createCDATA(string(n.pointee.content)), to: into)
      case XML_COMMENT_NODE:
        unsafe d.append(d.createComment(string(n.pointee.content)), to: into)
      case XML_PI_NODE:
        let pi = unsafe d.createProcessingInstruction(target: string(n.pointee.name), data: string(n.pointee.content))
        if unsafe n.pointee.content != nil, unsafe n.pointee.content.pointee == 0 { d.markProcessingInstructionWithEmptyData(pi) }
        d.append(pi, to: into)
      case XML_ENTITY_REF_NODE:
        unsafe d.append(d.createEntityReference(string(n.pointee.name)), to: into)
      case XML_DTD_NODE:
        guard into == .document else { break }
        // SAFETY: a node of type XML_DTD_NODE is an xmlDtd.
        let dtd = unsafe UnsafeMutableRawPointer(n).assumingMemoryBound(to: xmlDtd.self)
        let key = UInt(bitPattern: dtd)
        var decl = unsafe parsedDoctypes.withLock { $0[key] } ?? CDTDReader.declarations(of: dtd)
        decl.name = unsafe string(dtd.pointee.name)
        decl.publicID = unsafe dtd.pointee.ExternalID.map { unsafe CString.string($0) }
        decl.systemID = unsafe dtd.pointee.SystemID.map { unsafe CString.string($0) }
        d.doctype = decl
        d.appendDocumentTypeNode()
      default:
        break
      }
    }
  }

  /// An attribute value's text and entity-reference children as pieces; `nil` when it has no
  /// entity reference.
  static func valuePieces(_ list: xmlNodePtr?) -> [Document.AttributeValuePiece]? {
    var pieces: [Document.AttributeValuePiece] = []
    var hasReference = false
    var c = unsafe list
    while let x = unsafe c {
      switch unsafe x.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        unsafe pieces.append(.text(bytes(x.pointee.content)[...]))
      case XML_ENTITY_REF_NODE:
        hasReference = true
        unsafe pieces.append(.entityReference(string(x.pointee.name)))
      default:
        break
      }
      unsafe c = x.pointee.next
    }
    return hasReference ? pieces : nil
  }
}
