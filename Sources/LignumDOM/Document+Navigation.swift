/// An interned expanded name: equal ids mean equal (namespace URI, local name, prefix).
public struct NameID: Hashable, Sendable {
  public let raw: UInt32
}

/// A prefix bound to a namespace URI, as declared on an element or in scope there.
public struct NamespaceBinding: Hashable, Sendable {
  /// `nil` for the default namespace.
  public var prefix: String?
  /// Empty for `xmlns=""`.
  public var uri: String
  public init(prefix: String?, uri: String) { self.prefix = prefix; self.uri = uri }
}

extension Document {
  @inlinable func link(_ raw: UInt32) -> NodeID? { raw == noNode ? nil : NodeID(raw: raw) }

  /// What the node is.
  @inlinable public func kind(of id: NodeID) -> NodeKind { nodes[id.index].kind }
  /// The parent: an element, entity reference or the document; for an attribute, its element.
  @inlinable public func parent(of id: NodeID) -> NodeID? { link(nodes[id.index].parent) }
  @inlinable public func firstChild(of id: NodeID) -> NodeID? { link(nodes[id.index].firstChild) }
  @inlinable public func lastChild(of id: NodeID) -> NodeID? { link(nodes[id.index].lastChild) }
  @inlinable public func nextSibling(of id: NodeID) -> NodeID? { link(nodes[id.index].nextSibling) }
  @inlinable public func previousSibling(of id: NodeID) -> NodeID? { link(nodes[id.index].previousSibling) }

  /// The children in order.
  /// - Complexity: O(number of children).
  public func children(of id: NodeID) -> [NodeID] {
    var out: [NodeID] = []
    var c = nodes[id.index].firstChild
    while c != noNode { out.append(NodeID(raw: c)); c = nodes[Int(c)].nextSibling }
    return out
  }

  /// The attributes of an element, in document order (empty for other nodes).
  public func attributes(of id: NodeID) -> [NodeID] {
    guard nodes[id.index].kind == .element else { return [] }
    var out: [NodeID] = []
    var a = nodes[id.index].a
    while a != noNode { out.append(NodeID(raw: a)); a = nodes[Int(a)].nextSibling }
    return out
  }

  /// The node and its descendants in document order (attributes excluded), walked without recursion.
  /// - Complexity: O(size of the subtree).
  public func descendants(of id: NodeID) -> [NodeID] {
    var out: [NodeID] = []
    var cur = id.raw
    while true {
      out.append(NodeID(raw: cur))
      if let next = nextInPreorder(cur, within: id.raw) { cur = next } else { return out }
    }
  }

  /// The next node after `cur` in document order inside the subtree of `top`, or `nil`.
  func nextInPreorder(_ cur: UInt32, within top: UInt32, skipChildren: Bool = false) -> UInt32? {
    let r = nodes[Int(cur)]
    if !skipChildren && r.firstChild != noNode && r.kind != .attribute { return r.firstChild }
    var n = cur
    while n != top {
      let s = nodes[Int(n)].nextSibling
      if s != noNode { return s }
      n = nodes[Int(n)].parent
      if n == noNode { return nil }
    }
    return nil
  }

  // MARK: names

  /// The interned name of an element, attribute, PI (its target) or entity reference.
  public func nameID(of id: NodeID) -> NameID? {
    let n = nodes[id.index].name
    return n == noNode ? nil : NameID(raw: n)
  }
  /// The qualified name (`p:local`) of an element or attribute, a PI's target, an entity
  /// reference's entity name; `nil` for other nodes.
  public func name(of id: NodeID) -> String? {
    let n = nodes[id.index].name
    return n == noNode ? nil : qualifiedNames[Int(n)]
  }
  /// The local part of the name.
  public func localName(of id: NodeID) -> String? {
    let n = nodes[id.index].name
    return n == noNode ? nil : strings[Int(nameRecords[Int(n)].local)]
  }
  /// The prefix of the name, if it has one.
  public func prefix(of id: NodeID) -> String? {
    let n = nodes[id.index].name
    guard n != noNode else { return nil }
    let p = nameRecords[Int(n)].prefix
    return p == noNode ? nil : strings[Int(p)]
  }
  /// The namespace URI of an element or attribute, `nil` when it is in no namespace.
  public func namespaceURI(of id: NodeID) -> String? {
    let n = nodes[id.index].name
    guard n != noNode else { return nil }
    let u = nameRecords[Int(n)].namespaceURI
    return u == noNode ? nil : strings[Int(u)]
  }
  /// The name id for (`namespace`, `local`) without a prefix, if the document uses that name.
  public func nameID(local: String, namespace: String?, prefix: String? = nil) -> NameID? {
    guard let l = stringIDs[local] else { return nil }
    var u = noNode, p = noNode
    if let namespace { guard let id = stringIDs[namespace] else { return nil }; u = id }
    if let prefix { guard let id = stringIDs[prefix] else { return nil }; p = id }
    return nameIDs[NameRecord(prefix: p, local: l, namespaceURI: u)].map { NameID(raw: $0) }
  }

  // MARK: values

  /// The content of a text, CDATA, comment or attribute node, or a PI's data; `nil` otherwise.
  public func value(of id: NodeID) -> String? {
    switch nodes[id.index].kind {
    case .text, .cdata, .comment, .processingInstruction, .attribute:
      return String(decoding: contentBytes(of: id), as: UTF8.self)
    default: return nil
    }
  }

  /// The attribute of `element` whose qualified name is `name`.
  public func attributeNode(named name: String, of element: NodeID) -> NodeID? {
    for a in attributes(of: element) where qualifiedNames[Int(nodes[a.index].name)] == name { return a }
    return nil
  }
  /// The value of the attribute whose qualified name is `name` (as written, `p:local`).
  public func attribute(named name: String, of element: NodeID) -> String? {
    attributeNode(named: name, of: element).flatMap { value(of: $0) }
  }
  /// The attribute of `element` with this local name in this namespace (`nil`: no namespace).
  public func attributeNode(local: String, namespace: String?, of element: NodeID) -> NodeID? {
    guard let l = stringIDs[local] else { return nil }
    var u = noNode
    if let namespace { guard let id = stringIDs[namespace] else { return nil }; u = id }
    for a in attributes(of: element) {
      let n = nameRecords[Int(nodes[a.index].name)]
      if n.local == l && n.namespaceURI == u { return a }
    }
    return nil
  }
  /// The value of the attribute with this local name in this namespace.
  public func attribute(local: String, namespace: String?, of element: NodeID) -> String? {
    attributeNode(local: local, namespace: namespace, of: element).flatMap { value(of: $0) }
  }

  /// The namespace declarations made on `element`, in document order.
  public func namespaceDeclarations(of element: NodeID) -> [NamespaceBinding] {
    guard nodes[element.index].kind == .element else { return [] }
    var out: [NamespaceBinding] = []
    var n = nodes[element.index].b
    while n != noNode {
      let r = namespaceRecords[Int(n)]
      out.append(NamespaceBinding(prefix: r.prefix == noNode ? nil : strings[Int(r.prefix)], uri: strings[Int(r.uri)]))
      n = r.next
    }
    return out
  }

  /// The namespaces in scope on `element`: its own declarations first, then its ancestors' not
  /// overridden, then `xml`. An undeclared default (`xmlns=""`) is left out.
  /// - Complexity: O(depth × declarations).
  public func namespacesInScope(of element: NodeID) -> [NamespaceBinding] {
    var seen = Set<String?>()
    var out: [NamespaceBinding] = []
    var e: UInt32 = element.raw
    while e != noNode {
      if nodes[Int(e)].kind == .element {
        for b in namespaceDeclarations(of: NodeID(raw: e)) where !seen.contains(b.prefix) {
          seen.insert(b.prefix)
          if !(b.prefix == nil && b.uri.isEmpty) { out.append(b) }
        }
      }
      e = nodes[Int(e)].parent
    }
    out.append(NamespaceBinding(prefix: "xml", uri: "http://www.w3.org/XML/1998/namespace"))
    return out
  }

  /// The string-value (XPath 1.0 §5): for an element, entity reference or the document, the
  /// concatenated text and CDATA of its descendants; for other nodes, their content.
  /// - Complexity: O(size of the subtree); no recursion.
  public func textContent(of id: NodeID) -> String {
    switch nodes[id.index].kind {
    case .element, .document, .entityReference:
      // The common leaf `<price>12</price>`: one text child, no copy through a buffer.
      let first = nodes[id.index].firstChild
      if first == noNode { return "" }
      let only = nodes[Int(first)]
      if only.nextSibling == noNode && (only.kind == .text || only.kind == .cdata) {
        return String(decoding: contentBytes(of: NodeID(raw: first)), as: UTF8.self)
      }
      var out: [UInt8] = []
      var cur = id.raw
      while let next = nextInPreorder(cur, within: id.raw) {
        cur = next
        let k = nodes[Int(cur)].kind
        if k == .text || k == .cdata { out.append(contentsOf: contentBytes(of: NodeID(raw: cur))) }
      }
      return String(decoding: out, as: UTF8.self)
    case .documentType: return ""
    default: return value(of: id) ?? ""
    }
  }
}
