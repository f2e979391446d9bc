import Lignum

/// Jaxen's `document(url)`: the nodes of a second document in the same node-set as the first's.
/// LignumXPath is generic over its navigator, so this needs no change in the evaluator: a
/// navigator whose nodes carry a document number, over the documents loaded so far. (XSLT's
/// `document()` will want the same thing, with a resolver; this one reads files under the suite
/// folder, where Jaxen's tests expect them.)
final class DocumentStore {
  var navigators: [DocumentNavigator]
  var numbers: [String: Int32] = [:]
  let base: String

  init(_ first: DocumentNavigator, url: String, base: String) {
    navigators = [first]
    numbers[url] = 0
    self.base = base
  }

  /// The document at `url` (relative to the suite folder), parsed once; `nil` when it cannot be.
  func load(_ url: String) -> Int32? {
    if let n = numbers[url] { return n }
    guard let doc = try? Document(contentsOfFile: url.hasPrefix("/") ? url : base + "/" + url) else { return nil }
    navigators.append(DocumentNavigator(doc))
    let n = Int32(navigators.count - 1)
    numbers[url] = n
    return n
  }
}

/// A node of one of the store's documents.
struct MultiNode: Hashable {
  var document: Int32
  var node: NavigatorNode
}

/// Documents are ordered by the order they were loaded in (XPath leaves the order between
/// documents to the implementation); within one, as ``DocumentNavigator`` orders.
struct MultiNavigator: XPathNavigator {
  typealias Node = MultiNode
  /// A name test, resolved for each document when first used there (documents are loaded during
  /// evaluation, after name tests were resolved).
  final class NameKey {
    let local: String?
    let namespaceURI: String
    var resolved: [Int32: DocumentNavigator.NameKey?] = [:]
    init(local: String?, namespaceURI: String) { self.local = local; self.namespaceURI = namespaceURI }
  }

  let store: DocumentStore

  func nav(_ n: MultiNode) -> DocumentNavigator { store.navigators[Int(n.document)] }
  func wrap(_ n: MultiNode, _ node: NavigatorNode?) -> MultiNode? { node.map { MultiNode(document: n.document, node: $0) } }

  func kind(of n: Node) -> XPathNodeKind { nav(n).kind(of: n.node) }
  func root(of n: Node) -> Node { MultiNode(document: n.document, node: nav(n).root(of: n.node)) }
  func parent(of n: Node) -> Node? { wrap(n, nav(n).parent(of: n.node)) }
  func firstChild(of n: Node) -> Node? { wrap(n, nav(n).firstChild(of: n.node)) }
  func lastChild(of n: Node) -> Node? { wrap(n, nav(n).lastChild(of: n.node)) }
  func nextSibling(of n: Node) -> Node? { wrap(n, nav(n).nextSibling(of: n.node)) }
  func previousSibling(of n: Node) -> Node? { wrap(n, nav(n).previousSibling(of: n.node)) }
  func firstAttribute(of n: Node) -> Node? { wrap(n, nav(n).firstAttribute(of: n.node)) }
  func nextAttribute(after n: Node) -> Node? { wrap(n, nav(n).nextAttribute(after: n.node)) }
  func namespaceNodes(of n: Node) -> [Node] { nav(n).namespaceNodes(of: n.node).map { MultiNode(document: n.document, node: $0) } }
  func localName(of n: Node) -> String { nav(n).localName(of: n.node) }
  func namespaceURI(of n: Node) -> String { nav(n).namespaceURI(of: n.node) }
  func qualifiedName(of n: Node) -> String { nav(n).qualifiedName(of: n.node) }
  func stringValue(of n: Node) -> String { nav(n).stringValue(of: n.node) }
  func nameKey(local: String?, namespaceURI: String) -> NameKey? { NameKey(local: local, namespaceURI: namespaceURI) }

  func node(_ n: Node, hasName key: NameKey) -> Bool {
    let k: DocumentNavigator.NameKey?
    if let cached = key.resolved[n.document] { k = cached } else {
      k = nav(n).nameKey(local: key.local, namespaceURI: key.namespaceURI)
      key.resolved[n.document] = k
    }
    guard let k else { return false }
    return nav(n).node(n.node, hasName: k)
  }

  func precedes(_ a: Node, _ b: Node) -> Bool {
    a.document != b.document ? a.document < b.document : nav(a).precedes(a.node, b.node)
  }

  func element(withID id: String, near n: Node) -> Node? { wrap(n, nav(n).element(withID: id, near: n.node)) }

  /// `document(string)`: the document node of the file, an empty node-set when it cannot be read.
  func documentFunction() -> XPathFunction<MultiNavigator> {
    XPathFunction { ctx, args throws(XPathError) in
      guard args.count == 1 else { throw XPathError(.invalidArity, .dynamic, detail: "document() takes 1 argument") }
      guard let n = ctx.navigator.store.load(ctx.string(args[0])) else { return .nodeSet([]) }
      return .nodeSet([MultiNode(document: n, node: .root)])
    }
  }
}
