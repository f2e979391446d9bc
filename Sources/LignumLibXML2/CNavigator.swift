import CLignumLibXML2
import LignumXPath

/// A node as XPath sees a C tree: the address of an `xmlNode` (or `xmlDoc`, `xmlAttr`), or for
/// a namespace node the address of its `xmlNs` and of the element it is in scope on.
struct CNode: Hashable {
  let raw: UInt
  /// The element of a namespace node; 0 for every other node.
  let owner: UInt
  init(_ raw: UInt, owner: UInt = 0) { self.raw = raw; self.owner = owner }
}

/// ``XPathNavigator`` over libxml2's structs, so that the Swift XPath engine evaluates
/// expressions on C trees programs built or changed. The children it shows are libxml2's XPath
/// children: the DTD node and XInclude markers are skipped, entity references are leaves.
// SAFETY: the navigator reads the structs of one tree, which the program must keep alive and
// unchanged while an expression is evaluated (libxml2's own contract for XPath). Every address
// in a CNode came from that tree.
@safe struct CNavigator: XPathNavigator {
  typealias Node = CNode
  /// A resolved name test: local name bytes (`nil`: any) and namespace URI bytes (`nil`: none).
  struct NameKey { let local: [UInt8]?; let uri: [UInt8]? }

  /// Document order and the ID table, built on first use.
  final class Tables {
    var order: [UInt: Int]?
    var ids: [String: UInt]?
  }
  let tables = Tables()
  let doc: xmlDocPtr?

  init(doc: xmlDocPtr?) { unsafe self.doc = doc }

  static func node(_ p: xmlNodePtr) -> CNode { CNode(UInt(bitPattern: p)) }

  func ptr(_ n: CNode) -> xmlNodePtr {
    // SAFETY: n.raw is the address of a node struct of the tree (see the type's comment).
    unsafe UnsafeMutablePointer<xmlNode>(bitPattern: n.raw)!
  }

  func ns(_ n: CNode) -> xmlNsPtr {
    // SAFETY: a namespace node's raw is the address of an xmlNs of the tree.
    unsafe UnsafeMutablePointer<xmlNs>(bitPattern: n.raw)!
  }

  func attr(_ n: CNode) -> xmlAttrPtr {
    // SAFETY: used for nodes of type XML_ATTRIBUTE_NODE, which are xmlAttr structs.
    unsafe UnsafeMutableRawPointer(bitPattern: n.raw)!.assumingMemoryBound(to: xmlAttr.self)
  }

  func type(_ n: CNode) -> xmlElementType { unsafe ptr(n).pointee.type }

  func kind(of node: CNode) -> XPathNodeKind {
    if node.owner != 0 { return .namespace }
    switch type(node) {
    case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE, XML_DOCUMENT_FRAG_NODE: return .root
    case XML_ELEMENT_NODE: return .element
    case XML_ATTRIBUTE_NODE: return .attribute
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
    case XML_COMMENT_NODE: return .comment
    case XML_PI_NODE: return .processingInstruction
    default: return .other
    }
  }

  /// Whether a child is one XPath sees.
  func visible(_ p: xmlNodePtr) -> Bool {
    switch unsafe p.pointee.type {
    case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE, XML_ENTITY_REF_NODE: return true
    default: return false
    }
  }

  func root(of node: CNode) -> CNode {
    var n = node.owner != 0 ? CNode(node.owner) : node
    while let p = parent(of: n) { n = p }
    return n
  }

  func parent(of node: CNode) -> CNode? {
    if node.owner != 0 { return CNode(node.owner) }
    if type(node) == XML_ATTRIBUTE_NODE { return unsafe attr(node).pointee.parent.map(Self.node) }
    return unsafe ptr(node).pointee.parent.map(Self.node)
  }

  func hasChildren(_ node: CNode) -> Bool {
    guard node.owner == 0 else { return false }
    let t = type(node)
    return t == XML_ELEMENT_NODE || t == XML_DOCUMENT_NODE || t == XML_HTML_DOCUMENT_NODE || t == XML_DOCUMENT_FRAG_NODE
  }

  func forward(_ start: xmlNodePtr?) -> CNode? {
    var c = unsafe start
    while let x = unsafe c {
      if unsafe visible(x) { return unsafe Self.node(x) }
      unsafe c = x.pointee.next
    }
    return nil
  }

  func backward(_ start: xmlNodePtr?) -> CNode? {
    var c = unsafe start
    while let x = unsafe c {
      if unsafe visible(x) { return unsafe Self.node(x) }
      unsafe c = x.pointee.prev
    }
    return nil
  }

  func firstChild(of node: CNode) -> CNode? { hasChildren(node) ? unsafe forward(ptr(node).pointee.children) : nil }
  func lastChild(of node: CNode) -> CNode? { hasChildren(node) ? unsafe backward(ptr(node).pointee.last) : nil }

  func nextSibling(of node: CNode) -> CNode? {
    guard node.owner == 0, type(node) != XML_ATTRIBUTE_NODE else { return nil }
    return unsafe forward(ptr(node).pointee.next)
  }

  func previousSibling(of node: CNode) -> CNode? {
    guard node.owner == 0, type(node) != XML_ATTRIBUTE_NODE else { return nil }
    return unsafe backward(ptr(node).pointee.prev)
  }

  func firstAttribute(of node: CNode) -> CNode? {
    guard node.owner == 0, type(node) == XML_ELEMENT_NODE else { return nil }
    return unsafe ptr(node).pointee.properties.map { CNode(UInt(bitPattern: $0)) }
  }

  func nextAttribute(after attribute: CNode) -> CNode? {
    unsafe attr(attribute).pointee.next.map { CNode(UInt(bitPattern: $0)) }
  }

  /// The namespace declarations in scope on an element: the nearest of each prefix, an
  /// undeclared default left out, in libxml2's order (the farthest ancestor's first).
  func namespaceNodes(of element: CNode) -> [CNode] {
    guard element.owner == 0, type(element) == XML_ELEMENT_NODE else { return [] }
    var seen: [[UInt8]?] = []
    var found: [xmlNsPtr] = unsafe []
    var e: xmlNodePtr? = unsafe ptr(element)
    while let x = unsafe e, unsafe x.pointee.type == XML_ELEMENT_NODE {
      var d = unsafe x.pointee.nsDef
      while let n = unsafe d {
        let prefix = unsafe n.pointee.prefix.map { unsafe CString.bytes($0) }
        if !seen.contains(where: { $0 == prefix }) {
          seen.append(prefix)
          let href = unsafe n.pointee.href.map { unsafe CString.bytes($0) } ?? []
          if !(prefix == nil && href.isEmpty) && prefix != Array("xml".utf8) { unsafe found.append(n) }
        }
        unsafe d = n.pointee.next
      }
      unsafe e = x.pointee.parent
    }
    var out: [CNode] = []
    if let xml = unsafe xmlNamespace(of: doc ?? ptr(element).pointee.doc) {
      out.append(CNode(UInt(bitPattern: xml), owner: element.raw))
    }
    for unsafe n in unsafe found.reversed() { out.append(CNode(UInt(bitPattern: n), owner: element.raw)) }
    return out
  }

  func bytes(_ p: UnsafePointer<xmlChar>?) -> [UInt8] { unsafe p.map { unsafe CString.bytes($0) } ?? [] }
  func text(_ p: UnsafePointer<xmlChar>?) -> String { String(decoding: unsafe bytes(p), as: UTF8.self) }

  func localName(of node: CNode) -> String {
    if node.owner != 0 { return unsafe text(ns(node).pointee.prefix) }
    switch type(node) {
    case XML_ELEMENT_NODE, XML_PI_NODE: return unsafe text(ptr(node).pointee.name)
    case XML_ATTRIBUTE_NODE: return unsafe text(attr(node).pointee.name)
    default: return ""
    }
  }

  func namespaceURI(of node: CNode) -> String {
    guard node.owner == 0 else { return "" }
    switch type(node) {
    case XML_ELEMENT_NODE: return unsafe text(ptr(node).pointee.ns?.pointee.href)
    case XML_ATTRIBUTE_NODE: return unsafe text(attr(node).pointee.ns?.pointee.href)
    default: return ""
    }
  }

  func qualifiedName(of node: CNode) -> String {
    if node.owner != 0 { return unsafe text(ns(node).pointee.prefix) }
    switch type(node) {
    case XML_ELEMENT_NODE: return unsafe CTreeReader.qualifiedName(ptr(node).pointee.name, ptr(node).pointee.ns)
    case XML_ATTRIBUTE_NODE: return unsafe CTreeReader.qualifiedName(attr(node).pointee.name, attr(node).pointee.ns)
    case XML_PI_NODE: return unsafe text(ptr(node).pointee.name)
    default: return ""
    }
  }

  func stringValue(of node: CNode) -> String {
    if node.owner != 0 { return unsafe text(ns(node).pointee.href) }
    switch type(node) {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
      return unsafe text(ptr(node).pointee.content)
    case XML_ATTRIBUTE_NODE:
      let value = unsafe attributeValue(attr(node))
      defer { unsafe CMemory.free(value) }
      return unsafe text(UnsafePointer(value))
    default:
      // libxml2's xmlNodeGetContent: entity references count with their entity's text.
      return unsafe String(decoding: subtreeText(ptr(node)), as: UTF8.self)
    }
  }

  func nameKey(local: String?, namespaceURI: String) -> NameKey? {
    NameKey(local: local.map { Array($0.utf8) }, uri: namespaceURI.isEmpty ? nil : Array(namespaceURI.utf8))
  }

  /// Whether a C string holds exactly `bytes`.
  func same(_ p: UnsafePointer<xmlChar>?, _ bytes: [UInt8]) -> Bool {
    guard let p = unsafe p else { return false }
    var i = 0
    while i < bytes.count {
      if unsafe p[i] != bytes[i] { return false }
      i += 1
    }
    return unsafe p[i] == 0
  }

  func node(_ node: CNode, hasName key: NameKey) -> Bool {
    guard node.owner == 0 else { return false }
    let name: UnsafePointer<xmlChar>?, space: xmlNsPtr?
    switch type(node) {
    case XML_ELEMENT_NODE: unsafe (name, space) = unsafe (ptr(node).pointee.name, ptr(node).pointee.ns)
    case XML_ATTRIBUTE_NODE: unsafe (name, space) = unsafe (attr(node).pointee.name, attr(node).pointee.ns)
    default: return false
    }
    if let uri = key.uri {
      guard let space = unsafe space, unsafe same(space.pointee.href, uri) else { return false }
    } else if let space = unsafe space, let href = unsafe space.pointee.href, unsafe href.pointee != 0 {
      return false
    }
    guard let local = key.local else { return true }
    return unsafe same(name, local)
  }

  /// Document order: a preorder numbering of the tree (attributes after their element), built
  /// once per evaluation; namespace nodes sort between their element and its attributes.
  func position(_ n: CNode) -> (Int, Int)? {
    if tables.order == nil { tables.order = numbering() }
    if n.owner != 0 {
      guard let o = tables.order?[n.owner] else { return nil }
      let index = namespaceNodes(of: CNode(n.owner)).firstIndex(of: n) ?? 0
      return (o, 1 + index)
    }
    return tables.order?[n.raw].map { ($0, 0) }
  }

  func numbering() -> [UInt: Int] {
    var order: [UInt: Int] = [:]
    var count = 0
    let top = unsafe root(of: doc.map { unsafe Self.node(asNode($0)) } ?? CNode(0))
    guard top.raw != 0 else { return order }
    order[top.raw] = count
    var walk = descendants(of: top)
    while let n = walk.next() {
      count += 2
      order[n.raw] = count
      var a = firstAttribute(of: n)
      while let x = a { count += 2; order[x.raw] = count; a = nextAttribute(after: x) }
    }
    return order
  }

  func precedes(_ a: CNode, _ b: CNode) -> Bool {
    if let x = position(a), let y = position(b) { return x < y }
    return (a.raw, a.owner) < (b.raw, b.owner)
  }

  /// The element with this ID: an attribute the DTD declares `ID`, marked `XML_ATTRIBUTE_ID`,
  /// or `xml:id`; the first in document order.
  func element(withID id: String, near node: CNode) -> CNode? {
    if tables.ids == nil { tables.ids = identifiedElements(root(of: node)) }
    return tables.ids?[id].map { CNode($0) }
  }

  func identifiedElements(_ top: CNode) -> [String: UInt] {
    var declared = Set<String>()
    if let doc = unsafe doc, let dtd = unsafe doc.pointee.intSubset {
      let key = UInt(bitPattern: dtd)
      if let decl = parsedDoctypes.withLock({ $0[key] }) {
        for (element, list) in decl.attributeLists { for a in list where a.type == .id { declared.insert(element + " " + a.name) } }
      }
    }
    var table: [String: UInt] = [:]
    var walk = descendants(of: top)
    while let e = walk.next() {
      guard type(e) == XML_ELEMENT_NODE else { continue }
      var a = firstAttribute(of: e)
      while let x = a {
        let isID = unsafe attr(x).pointee.atype == XML_ATTRIBUTE_ID
          || (localName(of: x) == "id" && namespaceURI(of: x) == xmlNamespaceURI)
          || declared.contains(qualifiedName(of: e) + " " + qualifiedName(of: x))
        if isID {
          let value = stringValue(of: x)
          if table[value] == nil { table[value] = e.raw }
        }
        a = nextAttribute(after: x)
      }
    }
    return table
  }
}
