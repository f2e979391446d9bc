/// A compiled XPath 1.0 expression: parse once, evaluate many times, on any tree.
///
/// ```swift
/// let expr = try XPathExpression("count(//item[@id = $v])")
/// var env = XPathEnvironment<DocumentNavigator>()
/// env.variables["v"] = .string("a1")
/// let n = try expr.evaluate(on: DocumentNavigator(doc), context: .root, environment: env)
/// ```
/// Prefixes, variables and extension functions are resolved when evaluation starts, against
/// the ``XPathEnvironment``; an unbound prefix or unknown function is a static error even when the
/// branch that uses it would not run.
public struct XPathExpression: Sendable, Hashable, CustomStringConvertible {
  /// The text the expression was compiled from.
  public let source: String
  /// The compiled tree.
  public let tree: XPathAST
  /// The name tests, by the index ``XPathNodeTest/name(_:)`` holds.
  public let nameTests: [XPathQualifiedName]
  /// Variable names, by the index ``XPathAST/variable(_:)`` holds.
  public let variableNames: [XPathQualifiedName]
  /// Extension-function names, by the index ``XPathFunctionReference/external(_:)`` holds.
  public let functionNames: [XPathQualifiedName]

  /// How deep an expression may nest, in grammar levels (each parenthesis or predicate is
  /// several); deeper ones throw ``XPathError/Code/depthLimitExceeded``.
  ///
  /// Default: 1000
  public static let defaultMaxDepth = 1000

  /// Compiles `source`.
  /// - Throws: a static ``XPathError`` with the byte offset of the problem.
  /// - Complexity: O(length of `source`).
  public init(_ source: String, maxDepth: Int = XPathExpression.defaultMaxDepth) throws(XPathError) {
    let tokens = try Lexer.tokenize(source)
    var parser = Parser(tokens: tokens, maxDepth: maxDepth)
    let tree = try parser.parseExpression()
    self.source = source
    self.tree = Optimizer.rewrite(tree)
    self.nameTests = parser.nameTests
    self.variableNames = parser.variableNames
    self.functionNames = parser.functionNames
  }

  public var description: String { source }

  /// Evaluates the expression with `node` as the context node (position 1, size 1).
  /// - Throws: ``XPathError``: static when a prefix or function cannot be resolved, dynamic for
  ///   undefined variables, type errors and an exhausted step budget.
  @inlinable
  public func evaluate<Navigator: XPathNavigator>(
    on navigator: Navigator, context node: Navigator.Node,
    environment: XPathEnvironment<Navigator> = XPathEnvironment()
  ) throws(XPathError) -> XPathValue<Navigator.Node> {
    var evaluator = try Evaluator(expression: self, navigator: navigator, environment: environment)
    return try evaluator.evaluate(tree, XPathFocus(node: node, position: 1, size: 1))
  }

  /// Resolves a prefix for this expression: the environment's bindings, then `xml`.
  @inlinable
  func namespace(for prefix: String, in namespaces: [String: String]) -> String? {
    if let uri = namespaces[prefix] { return uri }
    return prefix == "xml" ? xmlNamespaceURI : nil
  }
}

/// The bindings an evaluation sees: variables, namespace prefixes, extension functions, limits.
public struct XPathEnvironment<Navigator: XPathNavigator> {
  /// Variable values by expanded name (`$p:v` looks up the URI bound to `p`).
  public var variables: [XPathName: XPathValue<Navigator.Node>] = [:]
  /// Namespace URIs by prefix, for name tests, variables and function names. `xml` is always bound.
  public var namespaces: [String: String] = [:]
  /// Extension functions by expanded name; they may also shadow no core function.
  public var functions: [XPathName: XPathFunction<Navigator>] = [:]
  /// Evaluation stops with ``XPathError/Code/stepLimitExceeded`` after this many nodes have been
  /// visited on axes (a budget for untrusted expressions; `nil` is unlimited).
  ///
  /// Default: `nil`
  public var maxSteps: Int?

  public init() {}
}

/// An extension function: gets the caller's focus and the evaluated arguments.
///
/// ```swift
/// env.functions[XPathName("upper-case")] = XPathFunction { _, args in
///   .string(XPathFunctionContext.string(args[0], env).uppercased())
/// }
/// ```
public struct XPathFunction<Navigator: XPathNavigator> {
  public typealias Body = (XPathFunctionContext<Navigator>, [XPathValue<Navigator.Node>]) throws(XPathError)
    -> XPathValue<Navigator.Node>
  public var body: Body
  public init(_ body: @escaping Body) { self.body = body }
}

/// What an extension function sees of the evaluation.
public struct XPathFunctionContext<Navigator: XPathNavigator> {
  public let navigator: Navigator
  public let node: Navigator.Node
  public let position: Int
  public let size: Int

  @inlinable
  public init(navigator: Navigator, node: Navigator.Node, position: Int, size: Int) {
    self.navigator = navigator; self.node = node; self.position = position; self.size = size
  }

  /// `string(value)` with this context's navigator.
  @inlinable
  public func string(_ value: XPathValue<Navigator.Node>) -> String {
    switch value {
    case .string(let s): return s
    case .number(let n): return XPathConversion.string(n)
    case .boolean(let b): return b ? "true" : "false"
    case .nodeSet(let nodes): return nodes.first.map { navigator.stringValue(of: $0) } ?? ""
    }
  }
}

/// The context of one evaluation step: node, proximity position, size.
public struct XPathFocus<Node: Hashable> {
  public var node: Node
  public var position: Int
  public var size: Int
  @inlinable public init(node: Node, position: Int, size: Int) { self.node = node; self.position = position; self.size = size }
}
