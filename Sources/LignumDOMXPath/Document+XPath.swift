import LignumDOM
import LignumXPath

/// The result of an XPath expression evaluated on a ``Document``.
public typealias XPathResult = XPathValue<NavigatorNode>

extension Document {
  /// Evaluates an XPath 1.0 expression with `context` as the context node.
  ///
  /// ```swift
  /// let doc = try Document.parse("<list><item/><item/></list>")
  /// if case .number(let n) = try doc.evaluate("count(//item)") { print(n) }   // 2.0
  /// ```
  /// - Parameters:
  ///   - variables: values of `$name` (names without a prefix).
  ///   - namespaces: URIs by prefix for name tests such as `p:item`.
  /// - Throws: ``XPathError`` (static or dynamic).
  /// - Complexity: compiling is linear in the expression; evaluation depends on it.
  public func evaluate(_ expression: String, context: NodeID = .document,
                       variables: [String: XPathResult] = [:],
                       namespaces: [String: String] = [:]) throws(XPathError) -> XPathResult {
    try evaluate(try XPathExpression(expression), context: NavigatorNode(context),
                 environment: .make(variables: variables, namespaces: namespaces))
  }

  /// Evaluates a compiled expression (compile once, evaluate on many documents).
  public func evaluate(_ expression: XPathExpression, context: NavigatorNode = .root,
                       environment: XPathEnvironment<DocumentNavigator> = XPathEnvironment()) throws(XPathError) -> XPathResult {
    try expression.evaluate(on: DocumentNavigator(self), context: context, environment: environment)
  }

  /// The DOM node behind an XPath node, or `nil` for a namespace node.
  public func node(_ n: NavigatorNode) -> Node? { n.isNamespace ? nil : self[n.id] }
}

extension XPathEnvironment where Navigator == DocumentNavigator {
  /// An environment binding unprefixed variables and namespace prefixes.
  public static func make(variables: [String: XPathResult], namespaces: [String: String]) -> XPathEnvironment {
    var env = XPathEnvironment()
    for (k, v) in variables { env.variables[XPathName(k)] = v }
    env.namespaces = namespaces
    return env
  }
}

extension Node {
  /// The nodes an XPath expression selects from this node, in document order.
  ///
  /// ```swift
  /// let items = try doc[doc.root!].select("./item[@id=$v]", variables: ["v": .string("a")])
  /// ```
  /// Namespace nodes have no ``Node`` and are left out; use ``Document/evaluate(_:context:variables:namespaces:)``
  /// to see them.
  /// - Throws: ``XPathError``; a result that is not a node-set is an `invalidType` error.
  public func select(_ expression: String, variables: [String: XPathResult] = [:],
                     namespaces: [String: String] = [:]) throws(XPathError) -> [Node] {
    let v = try document.evaluate(expression, context: id, variables: variables, namespaces: namespaces)
    guard case .nodeSet(let nodes) = v else {
      throw XPathError(.invalidType, .dynamic, detail: "select() needs a node-set, not a \(v.typeName)")
    }
    return nodes.compactMap { document.node($0) }
  }

  /// Evaluates an expression with this node as the context node.
  public func evaluate(_ expression: String, variables: [String: XPathResult] = [:],
                       namespaces: [String: String] = [:]) throws(XPathError) -> XPathResult {
    try document.evaluate(expression, context: id, variables: variables, namespaces: namespaces)
  }
}
