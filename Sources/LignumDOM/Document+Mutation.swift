/// Creating nodes and changing the tree. New nodes start detached; link them with
/// ``append(_:to:)`` or ``insert(_:before:)``.
///
/// ```swift
/// var doc = Document()
/// let root = doc.createElement("greeting")
/// doc.append(root, to: .document)
/// doc.setAttribute("lang", to: "en", on: root)
/// doc.append(doc.createText("hello"), to: root)
/// ```
/// Misuse (linking a node under itself, giving an attribute children) is a precondition failure.
extension Document {
  /// A new element named `name` (`p:local` or `local`) in `namespace` (`nil`: no namespace).
  /// Declare the prefix with ``declareNamespace(prefix:uri:on:)`` if serialized output must bind it.
  public mutating func createElement(_ name: String, namespace: String? = nil) -> NodeID {
    var r = NodeRecord(kind: .element)
    let (p, l) = Document.split(name)
    r.name = internName(qualified: name, prefix: p, local: l, namespaceURI: namespace)
    rowsInPreorder = false
    return NodeID(raw: addNode(r))
  }
  public mutating func createText(_ text: String) -> NodeID { createContentNode(.text, text) }
  public mutating func createCDATA(_ text: String) -> NodeID { createContentNode(.cdata, text) }
  public mutating func createComment(_ text: String) -> NodeID { createContentNode(.comment, text) }
  public mutating func createProcessingInstruction(target: String, data: String) -> NodeID {
    let id = createContentNode(.processingInstruction, data)
    nodes[id.index].name = internName(qualified: target, prefix: nil, local: target, namespaceURI: nil)
    return id
  }
  /// A reference to the general entity `name`; append its content as its children.
  public mutating func createEntityReference(_ name: String) -> NodeID {
    rowsInPreorder = false
    return addEntityReference(name)
  }

  /// An entity-reference row, as the tree builder adds it in preorder.
  mutating func addEntityReference(_ name: String) -> NodeID {
    var r = NodeRecord(kind: .entityReference)
    r.name = internName(qualified: name, prefix: nil, local: name, namespaceURI: nil)
    return NodeID(raw: addNode(r))
  }

  mutating func createContentNode(_ kind: NodeKind, _ text: String) -> NodeID {
    var r = NodeRecord(kind: kind)
    (r.a, r.b) = store(text.utf8)
    rowsInPreorder = false
    return NodeID(raw: addNode(r))
  }

  func canHaveChildren(_ id: NodeID) -> Bool {
    let k = nodes[id.index].kind
    return k == .element || k == .document || k == .entityReference
  }

  func checkInsertable(_ child: NodeID, under parent: NodeID) {
    precondition(canHaveChildren(parent), "\(kind(of: parent)) nodes cannot have children")
    precondition(nodes[child.index].kind != .document && nodes[child.index].kind != .attribute,
                 "a \(kind(of: child)) node cannot be a child")
    // A fresh leaf cannot be an ancestor of anything; only walk up when it has children.
    if nodes[child.index].firstChild != noNode || child == parent {
      var p = parent.raw
      while p != noNode {
        precondition(p != child.raw, "cannot insert a node under itself")
        p = nodes[Int(p)].parent
      }
    }
  }

  /// Makes `child` the last child of `parent`, detaching it from where it was.
  public mutating func append(_ child: NodeID, to parent: NodeID) {
    checkInsertable(child, under: parent)
    detach(child)
    link(child.raw, lastChildOf: parent.raw)
    rowsInDocumentOrder = false
  }

  /// Inserts `node` as the previous sibling of `sibling`, detaching it from where it was.
  public mutating func insert(_ node: NodeID, before sibling: NodeID) {
    guard let parent = parent(of: sibling), kind(of: sibling) != .attribute else {
      preconditionFailure("the sibling has no parent")
    }
    checkInsertable(node, under: parent)
    detach(node)
    rowsInDocumentOrder = false
    let prev = nodes[sibling.index].previousSibling
    nodes[node.index].parent = parent.raw
    nodes[node.index].previousSibling = prev
    nodes[node.index].nextSibling = sibling.raw
    nodes[sibling.index].previousSibling = node.raw
    if prev == noNode { nodes[parent.index].firstChild = node.raw } else { nodes[Int(prev)].nextSibling = node.raw }
  }

  /// Inserts `node` as the next sibling of `sibling`, detaching it from where it was.
  public mutating func insert(_ node: NodeID, after sibling: NodeID) {
    if let next = nextSibling(of: sibling) { insert(node, before: next); return }
    guard let parent = parent(of: sibling) else { preconditionFailure("the sibling has no parent") }
    append(node, to: parent)
  }

  /// Detaches `node` (and its subtree) from its parent. The node stays valid and can be re-linked.
  public mutating func remove(_ node: NodeID) {
    if kind(of: node) == .attribute {
      if let owner = parent(of: node) { unlinkAttribute(node, from: owner) }
      return
    }
    detach(node)
  }

  mutating func detach(_ node: NodeID) {
    let r = nodes[node.index]
    guard r.parent != noNode else { return }
    rowsInPreorder = false
    if r.previousSibling == noNode { nodes[Int(r.parent)].firstChild = r.nextSibling }
    else { nodes[Int(r.previousSibling)].nextSibling = r.nextSibling }
    if r.nextSibling == noNode { nodes[Int(r.parent)].lastChild = r.previousSibling }
    else { nodes[Int(r.nextSibling)].previousSibling = r.previousSibling }
    nodes[node.index].parent = noNode
    nodes[node.index].nextSibling = noNode
    nodes[node.index].previousSibling = noNode
  }

  // MARK: attributes

  /// Sets the attribute written `name` (`p:local` or `local`) in `namespace` to `value`, adding it
  /// after the existing attributes if the element has none of that name.
  @discardableResult
  public mutating func setAttribute(_ name: String, to value: String, namespace: String? = nil,
                                    on element: NodeID) -> NodeID {
    precondition(kind(of: element) == .element, "only elements have attributes")
    let (p, l) = Document.split(name)
    let nameID = internName(qualified: name, prefix: p, local: l, namespaceURI: namespace)
    let (start, count) = store(value.utf8)
    var last = noNode
    var a = nodes[element.index].a
    while a != noNode {
      if nodes[Int(a)].name == nameID {
        nodes[Int(a)].a = start; nodes[Int(a)].b = count
        attributeValueParts[a] = nil
        return NodeID(raw: a)
      }
      last = a
      a = nodes[Int(a)].nextSibling
    }
    rowsInDocumentOrder = false
    var r = NodeRecord(kind: .attribute)
    r.name = nameID; r.a = start; r.b = count
    r.parent = element.raw; r.previousSibling = last
    let id = addNode(r)
    if last == noNode { nodes[element.index].a = id } else { nodes[Int(last)].nextSibling = id }
    return NodeID(raw: id)
  }

  /// Removes the attribute written `name`; returns whether there was one.
  @discardableResult
  public mutating func removeAttribute(named name: String, from element: NodeID) -> Bool {
    guard let a = attributeNode(named: name, of: element) else { return false }
    unlinkAttribute(a, from: element)
    return true
  }

  mutating func unlinkAttribute(_ a: NodeID, from element: NodeID) {
    let r = nodes[a.index]
    if r.previousSibling == noNode { nodes[element.index].a = r.nextSibling }
    else { nodes[Int(r.previousSibling)].nextSibling = r.nextSibling }
    if r.nextSibling != noNode { nodes[Int(r.nextSibling)].previousSibling = r.previousSibling }
    nodes[a.index].parent = noNode; nodes[a.index].nextSibling = noNode; nodes[a.index].previousSibling = noNode
  }

  /// Declares `prefix` (`nil`: the default namespace) as `uri` on `element`, replacing an
  /// earlier declaration of the same prefix there.
  public mutating func declareNamespace(prefix: String?, uri: String, on element: NodeID) {
    precondition(kind(of: element) == .element, "only elements declare namespaces")
    let p = prefix.map { intern($0) } ?? noNode
    let u = intern(uri)
    var last = noNode
    var n = nodes[element.index].b
    while n != noNode {
      if namespaceRecords[Int(n)].prefix == p { namespaceRecords[Int(n)].uri = u; return }
      last = n
      n = namespaceRecords[Int(n)].next
    }
    namespaceRecords.append(NamespaceRecord(prefix: p, uri: u))
    let id = UInt32(namespaceRecords.count - 1)
    if last == noNode { nodes[element.index].b = id } else { namespaceRecords[Int(last)].next = id }
  }

  // MARK: text

  /// Sets the content of a text, CDATA, comment, PI or attribute node; for an element, replaces
  /// its children with one text node (none when `text` is empty).
  public mutating func setText(_ text: String, of node: NodeID) {
    switch kind(of: node) {
    case .text, .cdata, .comment, .processingInstruction, .attribute:
      (nodes[node.index].a, nodes[node.index].b) = store(text.utf8)
    case .element:
      while let c = firstChild(of: node) { detach(c) }
      if !text.isEmpty { append(createText(text), to: node) }
    default:
      preconditionFailure("cannot set the text of a \(kind(of: node)) node")
    }
  }
}
