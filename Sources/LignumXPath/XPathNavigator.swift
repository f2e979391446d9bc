/// The seven node types of the XPath data model ([XPath 1.0 §5](https://www.w3.org/TR/xpath-10/#data-model)),
/// plus `other` for tree nodes XPath does not know (an unexpanded entity reference); only
/// `node()` matches those.
public enum XPathNodeKind: Sendable, Hashable {
  case root, element, attribute, text, comment, processingInstruction, namespace, other
}

/// What the evaluator needs of a tree. The Swift DOM implements it (`DocumentNavigator`), and so
/// will the C library over libxml2-layout structs.
///
/// The evaluator is generic over the navigator and marked `@inlinable`, so a concrete
/// navigator gets specialized code with direct calls: the abstraction costs nothing.
///
/// Contract:
/// - `firstChild`/`nextSibling`… walk the XPath children only: no attributes, no namespace
///   nodes, no document type declaration. Attributes and namespace nodes have no siblings.
/// - `parent(of:)` of an attribute or namespace node is its element.
/// - `precedes` is a strict total order on the nodes of one tree (document order: an element,
///   then its namespace nodes, then its attributes, then its children).
public protocol XPathNavigator {
  /// A handle to a node; equal handles are the same node.
  associatedtype Node: Hashable
  /// A name test resolved against one document (for the DOM: interned string ids).
  associatedtype NameKey
  /// The nodes of a descendant axis, in document order; ``XPathPreorderIterator`` unless the
  /// navigator has a faster walk (the DOM scans its rows).
  associatedtype Descendants: IteratorProtocol = XPathPreorderIterator<Self> where Descendants.Element == Node

  func kind(of node: Node) -> XPathNodeKind
  /// The root (document) node of the tree that holds `node`.
  func root(of node: Node) -> Node
  func parent(of node: Node) -> Node?
  func firstChild(of node: Node) -> Node?
  func lastChild(of node: Node) -> Node?
  func nextSibling(of node: Node) -> Node?
  func previousSibling(of node: Node) -> Node?
  /// The first attribute of an element (namespace declarations are not attributes).
  func firstAttribute(of node: Node) -> Node?
  /// The attribute after `attribute` on the same element.
  func nextAttribute(after attribute: Node) -> Node?
  /// The namespace nodes of an element: one per prefix in scope (`xml` included), none for an
  /// undeclared default namespace.
  func namespaceNodes(of element: Node) -> [Node]

  /// The local part of an element's or attribute's name, a PI's target, a namespace node's prefix.
  func localName(of node: Node) -> String
  /// An element's or attribute's namespace URI, `""` for none and for every other node.
  func namespaceURI(of node: Node) -> String
  /// `name()`: the qualified name as written, a PI's target, a namespace node's prefix.
  func qualifiedName(of node: Node) -> String
  /// The string-value ([XPath 1.0 §5](https://www.w3.org/TR/xpath-10/#data-model)).
  func stringValue(of node: Node) -> String
  /// Calls `body` with the UTF-8 of the string-value; comparisons, `contains()` and numbers use
  /// it so that a navigator holding the bytes need not build a `String` for each node.
  func withStringValue<R>(of node: Node, _ body: (Span<UInt8>) -> R) -> R
  /// The descendants of `node` (not `node` itself) in document order: the `descendant` axis
  /// without a node test. Empty for attributes and namespace nodes.
  func descendants(of node: Node) -> Descendants

  /// The `descendant::name` step without the per-node calls: appends the element descendants of
  /// `node` that have the resolved name, in document order, and returns how many nodes it looked
  /// at (for the step limit). `nil` when the navigator has no faster way than ``descendants(of:)``
  /// with ``node(_:hasName:)``; then nothing is appended.
  func appendDescendantElements(of node: Node, named key: NameKey, to out: inout [Node]) -> Int?

  /// Resolves a name test: `local` `nil` means `prefix:*`. `nil` when no node can match.
  func nameKey(local: String?, namespaceURI: String) -> NameKey?
  /// Whether an element or attribute has the resolved name.
  func node(_ node: Node, hasName key: NameKey) -> Bool
  /// Document order.
  func precedes(_ a: Node, _ b: Node) -> Bool
  /// The element whose ID (a DTD `ID` attribute or `xml:id`) is `id`, in the tree of `node`.
  func element(withID id: String, near node: Node) -> Node?
}

extension XPathNavigator {
  /// Builds the string and hands over its bytes.
  @inlinable
  public func withStringValue<R>(of node: Node, _ body: (Span<UInt8>) -> R) -> R {
    let s = stringValue(of: node)
    return body(s.utf8.span)
  }
}

extension XPathNavigator {
  /// No faster walk: the evaluator visits ``descendants(of:)`` one by one.
  @inlinable
  public func appendDescendantElements(of node: Node, named key: NameKey, to out: inout [Node]) -> Int? { nil }
}

extension XPathNavigator where Descendants == XPathPreorderIterator<Self> {
  /// The walk through `firstChild`, `nextSibling` and `parent`.
  @inlinable
  public func descendants(of node: Node) -> XPathPreorderIterator<Self> { XPathPreorderIterator(self, below: node) }
}

/// The descendants of a node in preorder, through a navigator's links.
public struct XPathPreorderIterator<Nav: XPathNavigator>: IteratorProtocol {
  @usableFromInline let nav: Nav
  @usableFromInline let top: Nav.Node
  @usableFromInline var current: Nav.Node?

  /// The descendants of `top` (none for an attribute or a namespace node).
  @inlinable
  public init(_ navigator: Nav, below top: Nav.Node) {
    nav = navigator
    self.top = top
    let k = navigator.kind(of: top)
    current = k == .attribute || k == .namespace ? nil : top
  }

  @inlinable
  public mutating func next() -> Nav.Node? {
    guard let cur = current else { return nil }
    current = nav.nextInPreorder(cur, within: top)
    return current
  }
}

extension XPathNavigator {
  /// The node after `cur` in preorder, staying inside the subtree of `top` (`nil`: the whole tree).
  @inlinable
  public func nextInPreorder(_ cur: Node, within top: Node?) -> Node? {
    if let c = firstChild(of: cur) { return c }
    if let top, cur == top { return nil }
    var n = cur
    while true {
      if let s = nextSibling(of: n) { return s }
      guard let p = parent(of: n) else { return nil }
      if let top, p == top { return nil }
      n = p
    }
  }

  /// The `xml:lang` in effect on `node` (its own or the nearest ancestor's), for `lang()`.
  @inlinable
  public func language(of node: Node) -> String? {
    var n: Node? = kind(of: node) == .element ? node : parent(of: node)
    while let e = n {
      var a = firstAttribute(of: e)
      while let attribute = a {
        if localName(of: attribute) == "lang" && namespaceURI(of: attribute) == xmlNamespaceURI {
          return stringValue(of: attribute)
        }
        a = nextAttribute(after: attribute)
      }
      n = parent(of: e)
    }
    return nil
  }
}

/// The namespace bound to the `xml` prefix.
public let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"
