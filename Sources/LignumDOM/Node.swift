/// A navigation view of one node: its document and its id, cheap to copy.
///
/// ```swift
/// for child in doc[doc.root!].children where child.isElement { print(child.name!) }
/// ```
/// A `Node` holds a copy of the document (sharing its storage); mutate through ``Document``.
public struct Node: Sendable {
  public let document: Document
  public let id: NodeID

  public init(document: Document, id: NodeID) { self.document = document; self.id = id }

  func view(_ id: NodeID?) -> Node? { id.map { Node(document: document, id: $0) } }

  public var kind: NodeKind { document.kind(of: id) }
  public var isElement: Bool { kind == .element }
  public var isText: Bool { kind == .text || kind == .cdata }
  public var parent: Node? { view(document.parent(of: id)) }
  public var firstChild: Node? { view(document.firstChild(of: id)) }
  public var lastChild: Node? { view(document.lastChild(of: id)) }
  public var nextSibling: Node? { view(document.nextSibling(of: id)) }
  public var previousSibling: Node? { view(document.previousSibling(of: id)) }
  /// The children in document order.
  public var children: [Node] { document.children(of: id).map { Node(document: document, id: $0) } }
  /// The node and its descendants in document order.
  public var descendants: [Node] { document.descendants(of: id).map { Node(document: document, id: $0) } }
  /// The attribute nodes of an element.
  public var attributes: [Node] { document.attributes(of: id).map { Node(document: document, id: $0) } }
  /// The parent, its parent, and so on up to the document node.
  public var ancestors: [Node] {
    var out: [Node] = []
    var p = parent
    while let n = p { out.append(n); p = n.parent }
    return out
  }

  /// Qualified name of an element or attribute, PI target or entity name.
  public var name: String? { document.name(of: id) }
  public var localName: String? { document.localName(of: id) }
  public var prefix: String? { document.prefix(of: id) }
  public var namespaceURI: String? { document.namespaceURI(of: id) }
  public var nameID: NameID? { document.nameID(of: id) }
  /// Content of a text, CDATA, comment or attribute node, or a PI's data.
  public var value: String? { document.value(of: id) }
  /// The string-value (see ``Document/textContent(of:)``).
  public var textContent: String { document.textContent(of: id) }

  /// The value of the attribute written `name`.
  public func attribute(named name: String) -> String? { document.attribute(named: name, of: id) }
  /// The value of the attribute `local` in `namespace`.
  public func attribute(local: String, namespace: String?) -> String? {
    document.attribute(local: local, namespace: namespace, of: id)
  }
  public var namespaceDeclarations: [NamespaceBinding] { document.namespaceDeclarations(of: id) }
  public var namespacesInScope: [NamespaceBinding] { document.namespacesInScope(of: id) }
}
