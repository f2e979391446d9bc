/// The compiled form of an XPath expression: a tree whose names are already split into parts and
/// whose core functions are already looked up. XSLT walks it to compile patterns.
///
/// Name tests, variable names and extension-function names refer to tables in
/// ``XPathExpression`` by index, so that prefixes are resolved once per evaluation.
public indirect enum XPathAST: Sendable, Hashable {
  case number(Double)
  case literal(String)
  /// `$name`: an index into ``XPathExpression/variableNames``.
  case variable(Int)
  case binary(XPathOperator, XPathAST, XPathAST)
  /// Unary minus.
  case negate(XPathAST)
  case union(XPathAST, XPathAST)
  case call(XPathFunctionReference, [XPathAST])
  /// A primary expression with predicates (`(//a)[1]`, `$v[@x]`).
  case filter(XPathAST, [XPathAST])
  /// A location path, or a filter expression followed by `/` steps.
  case path(XPathPathStart, [XPathStep])
}

/// Binary operators, loosest first ([XPath 1.0 §3](https://www.w3.org/TR/xpath-10/#section-Expressions)).
public enum XPathOperator: Sendable, Hashable {
  case or, and
  case equal, notEqual
  case less, lessOrEqual, greater, greaterOrEqual
  case plus, minus
  case multiply, divide, modulo

  /// `=`, `!=`, `<`, `<=`, `>`, `>=`.
  @inlinable public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
    default: return false
    }
  }
}

/// Where a path starts.
public enum XPathPathStart: Sendable, Hashable {
  /// A relative path: the context node.
  case context
  /// `/…`: the root of the context node's tree.
  case root
  /// A filter expression (`$v/a`, `id('x')//b`); it must yield a node-set.
  case expression(XPathAST)
}

/// One location step: `axis::test[predicate]…`.
public struct XPathStep: Sendable, Hashable {
  public var axis: XPathAxis
  public var test: XPathNodeTest
  public var predicates: [XPathAST]
  public init(axis: XPathAxis, test: XPathNodeTest, predicates: [XPathAST] = []) {
    self.axis = axis; self.test = test; self.predicates = predicates
  }
}

/// The 13 axes ([XPath 1.0 §2.2](https://www.w3.org/TR/xpath-10/#axes)).
public enum XPathAxis: String, Sendable, Hashable, CaseIterable {
  case ancestor, ancestorOrSelf = "ancestor-or-self", attribute, child, descendant
  case descendantOrSelf = "descendant-or-self", following, followingSibling = "following-sibling"
  case namespace, parent, preceding, precedingSibling = "preceding-sibling", `self` = "self"

  /// Whether proximity positions count backwards in document order.
  public var isReverse: Bool {
    switch self {
    case .ancestor, .ancestorOrSelf, .preceding, .precedingSibling: return true
    default: return false
    }
  }
}

/// What a step keeps of its axis ([XPath 1.0 §2.3](https://www.w3.org/TR/xpath-10/#node-tests)).
public enum XPathNodeTest: Sendable, Hashable {
  /// `*`: any node of the axis's principal type.
  case anyName
  /// `prefix:*` or `QName`: an index into ``XPathExpression/nameTests``.
  case name(Int)
  case node, text, comment
  /// `processing-instruction()` or `processing-instruction('target')`.
  case processingInstruction(String?)
}

/// A function a call refers to: a core function or an index into
/// ``XPathExpression/functionNames`` for one the caller provides.
public enum XPathFunctionReference: Sendable, Hashable {
  case core(XPathCoreFunction)
  case external(Int)
}

/// A qualified name as written: `prefix:local` or `local`.
public struct XPathQualifiedName: Sendable, Hashable, CustomStringConvertible {
  public var prefix: String?
  /// The local part; `nil` in a name test `prefix:*`.
  public var local: String?
  public init(prefix: String?, local: String?) { self.prefix = prefix; self.local = local }
  public var description: String { (prefix.map { $0 + ":" } ?? "") + (local ?? "*") }
}

/// An expanded name: a namespace URI (empty for none) and a local name. Variables and extension
/// functions are bound under expanded names.
public struct XPathName: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  public var namespaceURI: String
  public var local: String
  public init(_ local: String, namespaceURI: String = "") { self.local = local; self.namespaceURI = namespaceURI }
  public init(stringLiteral value: String) { self.init(value) }
  public var description: String { namespaceURI.isEmpty ? local : "{\(namespaceURI)}\(local)" }
}
