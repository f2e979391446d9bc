import LignumDOM
import LignumXPath

/// A node as XPath sees a ``Document``: a DOM node, or a namespace node (which the DOM does not
/// store: it is its element plus one namespace binding in scope there).
public struct NavigatorNode: Hashable, Sendable, Comparable {
  /// The DOM node; for a namespace node, its element.
  public let id: NodeID
  /// 0 for a DOM node; 1 for the `xml` namespace node; `k + 2` for the k-th other namespace node.
  let slot: UInt32

  /// The DOM node with this id.
  public init(_ id: NodeID) { self.id = id; self.slot = 0 }
  init(namespaceOf element: NodeID, slot: UInt32) { id = element; self.slot = slot }

  /// The document node.
  public static let root = NavigatorNode(.document)
  /// Whether this is a namespace node (then ``id`` is its element).
  public var isNamespace: Bool { slot != 0 }

  /// Row order (document order for an unmutated document).
  public static func < (a: NavigatorNode, b: NavigatorNode) -> Bool {
    (a.id.raw, a.slot) < (b.id.raw, b.slot)
  }
}

/// ``XPathNavigator`` over a ``Document``: name tests are integer compares on interned string
/// ids, document order is a row compare until the document is mutated.
///
/// ```swift
/// let nav = DocumentNavigator(doc)
/// let v = try XPathExpression("//item").evaluate(on: nav, context: .root)
/// ```
public struct DocumentNavigator: XPathNavigator {
  public typealias Node = NavigatorNode
  /// String ids of a local name (`noStringID` for `*`) and namespace URI.
  public struct NameKey: Hashable { let local: UInt32; let namespace: UInt32 }

  /// The document navigated.
  public var document: Document { box.document }
  /// The document behind one reference: the evaluator copies its navigator freely, and a
  /// `Document` held inline is a large struct whose every copy retains each of its arrays.
  /// Measured on xmark (75 MB), `count(//item)` 20 times: 3.1–3.4 s inline, 1.9–2.5 s boxed
  /// (both with the DOM's link accessors inlinable; before that, 6.3 s).
  let box: DocumentBox
  let ordered: Bool
  let ids: IDTable

  final class DocumentBox: Sendable {
    let document: Document
    init(_ document: Document) { self.document = document }
  }

  /// Tables built on first use: `id()`'s, and one name table per name test scanned for.
  final class IDTable {
    var table: [String: NodeID]?
    var nameTables: [NameKey: [Bool]] = [:]
  }

  public init(_ document: Document) {
    box = DocumentBox(document)
    ordered = document.isInDocumentOrder
    ids = IDTable()
  }

  public func kind(of node: Node) -> XPathNodeKind {
    if node.slot != 0 { return .namespace }
    switch box.document.kind(of: node.id) {
    case .document: return .root
    case .element: return .element
    case .attribute: return .attribute
    case .text, .cdata: return .text
    case .comment: return .comment
    case .processingInstruction: return .processingInstruction
    case .entityReference, .documentType: return .other
    }
  }

  public func root(of node: Node) -> Node {
    var n = node.id
    while let p = box.document.parent(of: n) { n = p }
    return Node(n)
  }

  public func parent(of node: Node) -> Node? {
    if node.slot != 0 { return Node(node.id) }
    var p = box.document.parent(of: node.id)
    while let x = p, box.document.kind(of: x) == .entityReference { p = box.document.parent(of: x) }
    return p.map(Node.init)
  }

  // Entity references (kept when entities are not substituted) are transparent, as XPath's data
  // model has none (§5: the tree is the one after expansion): their content stands among their
  // parent's children. The document type node is skipped. (libxml2's XPath instead neither
  // matches nor enters xmlEntityRef nodes; see conformance/expected/xpath-differences.txt.)

  /// The first visible node at or after `id` in document order among siblings, entering
  /// entity references.
  func visibleForward(_ id: NodeID?) -> Node? {
    var c = id
    while let x = c {
      switch box.document.kind(of: x) {
      case .entityReference:
        c = box.document.firstChild(of: x) ?? after(x)
      case .documentType:
        c = after(x)
      default:
        return Node(x)
      }
    }
    return nil
  }

  func visibleBackward(_ id: NodeID?) -> Node? {
    var c = id
    while let x = c {
      switch box.document.kind(of: x) {
      case .entityReference:
        c = box.document.lastChild(of: x) ?? before(x)
      case .documentType:
        c = before(x)
      default:
        return Node(x)
      }
    }
    return nil
  }

  /// The next sibling of `id`, climbing out of entity references that end.
  func after(_ id: NodeID) -> NodeID? {
    var n = id
    while true {
      if let s = box.document.nextSibling(of: n) { return s }
      guard let p = box.document.parent(of: n), box.document.kind(of: p) == .entityReference else { return nil }
      n = p
    }
  }

  func before(_ id: NodeID) -> NodeID? {
    var n = id
    while true {
      if let s = box.document.previousSibling(of: n) { return s }
      guard let p = box.document.parent(of: n), box.document.kind(of: p) == .entityReference else { return nil }
      n = p
    }
  }

  public func firstChild(of node: Node) -> Node? {
    if node.slot != 0 { return nil }
    return visibleForward(box.document.firstChild(of: node.id))
  }
  public func lastChild(of node: Node) -> Node? {
    if node.slot != 0 { return nil }
    return visibleBackward(box.document.lastChild(of: node.id))
  }
  public func nextSibling(of node: Node) -> Node? {
    if node.slot != 0 || box.document.kind(of: node.id) == .attribute { return nil }
    return visibleForward(after(node.id))
  }
  public func previousSibling(of node: Node) -> Node? {
    if node.slot != 0 || box.document.kind(of: node.id) == .attribute { return nil }
    return visibleBackward(before(node.id))
  }
  public func firstAttribute(of node: Node) -> Node? {
    if node.slot != 0 { return nil }
    return box.document.firstAttribute(of: node.id).map(Node.init)
  }
  public func nextAttribute(after attribute: Node) -> Node? {
    box.document.nextSibling(of: attribute.id).map(Node.init)
  }
  /// The namespace records of an element's namespace nodes after `xml`, in libxml2's order
  /// (`xmlXPathNextNamespace` hands out `xmlGetNsList` backwards: the farthest ancestor's
  /// declarations first). XPath leaves the order of namespace nodes to the implementation.
  func namespaceRecords(of element: NodeID) -> [UInt32] {
    box.document.namespaceRecordsInScope(of: element).filter { box.document.namespaceRecord($0).prefix != "xml" }.reversed()
  }

  public func namespaceNodes(of element: Node) -> [Node] {
    guard element.slot == 0, box.document.kind(of: element.id) == .element else { return [] }
    var out = [Node(namespaceOf: element.id, slot: 1)]
    for k in namespaceRecords(of: element.id).indices { out.append(Node(namespaceOf: element.id, slot: UInt32(k) + 2)) }
    return out
  }

  /// Prefix and URI of a namespace node.
  /// - Complexity: O(depth × declarations in scope).
  public func namespaceBinding(of node: Node) -> NamespaceBinding? {
    switch node.slot {
    case 0: return nil
    case 1: return NamespaceBinding(prefix: "xml", uri: xmlNamespaceURI)
    default:
      let records = namespaceRecords(of: node.id)
      let k = Int(node.slot) - 2
      guard k < records.count else { return nil }
      let r = box.document.namespaceRecord(records[k])
      return NamespaceBinding(prefix: r.prefix, uri: r.uri)
    }
  }

  public func localName(of node: Node) -> String {
    if node.slot != 0 { return namespaceBinding(of: node)?.prefix ?? "" }
    switch box.document.kind(of: node.id) {
    case .element, .attribute: return box.document.localName(of: node.id) ?? ""
    case .processingInstruction: return box.document.name(of: node.id) ?? ""
    default: return ""
    }
  }

  public func namespaceURI(of node: Node) -> String {
    if node.slot != 0 { return "" }
    switch box.document.kind(of: node.id) {
    case .element, .attribute: return box.document.namespaceURI(of: node.id) ?? ""
    default: return ""
    }
  }

  public func qualifiedName(of node: Node) -> String {
    if node.slot != 0 { return namespaceBinding(of: node)?.prefix ?? "" }
    switch box.document.kind(of: node.id) {
    case .element, .attribute, .processingInstruction: return box.document.name(of: node.id) ?? ""
    default: return ""
    }
  }

  public func stringValue(of node: Node) -> String {
    if node.slot != 0 { return namespaceBinding(of: node)?.uri ?? "" }
    return box.document.textContent(of: node.id)
  }

  /// The bytes straight from the document's byte store when the value is one piece of it.
  public func withStringValue<R>(of node: Node, _ body: (Span<UInt8>) -> R) -> R {
    if node.slot == 0, let r = box.document.withDirectStringValue(of: node.id, body) { return r }
    let s = stringValue(of: node)
    return body(s.utf8.span)
  }

  /// The descendants of a node: the rows after it up to its subtree's end while the rows are in
  /// preorder (skipping attributes, the document type and entity-reference rows, whose content
  /// follows them), else a walk through the links.
  public struct Descendants: IteratorProtocol {
    let box: DocumentBox
    var row: UInt32
    let end: UInt32
    var walk: XPathPreorderIterator<DocumentNavigator>?

    init(_ navigator: DocumentNavigator, below top: Node) {
      box = navigator.box
      let document = navigator.box.document
      let k = top.slot != 0 ? NodeKind.attribute : document.kind(of: top.id)
      if k == .attribute || !document.rowsArePreorder {
        row = 0; end = 0
        walk = k == .attribute ? nil : XPathPreorderIterator(navigator, below: top)
      } else {
        row = top.id.raw + 1
        end = document.subtreeEnd(of: top.id)
        walk = nil
      }
    }

    public mutating func next() -> Node? {
      while row < end {
        let r = row
        row += 1
        switch box.document.rowKind(r) {
        case .attribute, .documentType, .entityReference: continue
        default: return Node(NodeID(raw: r))
        }
      }
      return walk?.next()
    }
  }

  public func descendants(of node: Node) -> Descendants { Descendants(self, below: node) }

  /// Scans the rows of the subtree while they are in preorder (the name test is a table load per
  /// row); entity-reference content is among them, as the links-based walk would see it.
  public func appendDescendantElements(of node: Node, named key: NameKey, to out: inout [Node]) -> Int? {
    let document = box.document
    guard node.slot == 0, document.rowsArePreorder else { return nil }
    let k = document.kind(of: node.id)
    guard k == .element || k == .document else { return nil }
    let table: [Bool]
    if let t = ids.nameTables[key] {
      table = t
    } else {
      table = document.nameTable(local: key.local, namespace: key.namespace)
      ids.nameTables[key] = table
    }
    let rows = node.id.raw + 1 ..< document.subtreeEnd(of: node.id)
    document.forEachElementRow(in: rows, named: table) { out.append(Node(NodeID(raw: $0))) }
    return rows.count
  }

  public func nameKey(local: String?, namespaceURI: String) -> NameKey? {
    var l = Document.noStringID
    if let local { guard let id = box.document.stringID(local) else { return nil }; l = id }
    var u = Document.noStringID
    if !namespaceURI.isEmpty { guard let id = box.document.stringID(namespaceURI) else { return nil }; u = id }
    return NameKey(local: l, namespace: u)
  }

  public func node(_ node: Node, hasName key: NameKey) -> Bool {
    guard let parts = box.document.nameStringIDs(of: node.id) else { return false }
    return parts.namespace == key.namespace && (key.local == Document.noStringID || parts.local == key.local)
  }

  public func precedes(_ a: Node, _ b: Node) -> Bool {
    if ordered || a.id == b.id { return a < b }
    return box.document.precedes(a.id, b.id)
  }

  public func element(withID id: String, near node: Node) -> Node? {
    if ids.table == nil { ids.table = box.document.identifiedElements() }
    return ids.table?[id].map(Node.init)
  }
}
