/// Recursive-descent parser for [XPath 1.0 §3](https://www.w3.org/TR/xpath-10/#section-Expressions).
///
/// Recursion follows the *expression*, never a document; ``maxDepth`` bounds it (left-associative
/// chains such as `1+1+…+1` count their length, since the tree they build is that deep).
struct Parser {
  let tokens: [Token]
  var p = 0
  let maxDepth: Int
  var nameTests: [XPathQualifiedName] = []
  var variableNames: [XPathQualifiedName] = []
  var functionNames: [XPathQualifiedName] = []

  init(tokens: [Token], maxDepth: Int) { self.tokens = tokens; self.maxDepth = maxDepth }

  var current: Token { tokens[p] }
  var kind: Token.Kind { tokens[p].kind }
  mutating func advance() { if p < tokens.count - 1 { p += 1 } }

  func failure(_ code: XPathError.Code, _ detail: String) -> XPathError {
    .syntax(code, at: current.offset, detail)
  }
  func failure(_ detail: String) -> XPathError { failure(.invalidExpression, detail) }

  /// Parses a whole expression; every token must be used.
  mutating func parseExpression() throws(XPathError) -> XPathAST {
    let e = try expr(0)
    guard kind == .end else { throw failure("unexpected token after the end of the expression") }
    return e
  }

  func checkDepth(_ depth: Int) throws(XPathError) {
    guard depth <= maxDepth else {
      throw failure(.depthLimitExceeded, "expression nests deeper than \(maxDepth) levels")
    }
  }

  mutating func expr(_ d: Int) throws(XPathError) -> XPathAST { try binary(level: 0, d) }

  /// Operator levels loosest first; each is left-associative.
  static func op(_ k: Token.Kind, level: Int) -> XPathOperator? {
    switch (level, k) {
    case (0, .or): return .or
    case (1, .and): return .and
    case (2, .equal): return .equal
    case (2, .notEqual): return .notEqual
    case (3, .less): return .less
    case (3, .lessOrEqual): return .lessOrEqual
    case (3, .greater): return .greater
    case (3, .greaterOrEqual): return .greaterOrEqual
    case (4, .plus): return .plus
    case (4, .minus): return .minus
    case (5, .multiply): return .multiply
    case (5, .div): return .divide
    case (5, .mod): return .modulo
    default: return nil
    }
  }

  mutating func binary(level: Int, _ d: Int) throws(XPathError) -> XPathAST {
    try checkDepth(d)
    if level == 6 { return try unary(d + 1) }
    var left = try binary(level: level + 1, d + 1)
    var depth = d
    while let op = Parser.op(kind, level: level) {
      advance()
      depth += 1
      try checkDepth(depth)
      let right = try binary(level: level + 1, depth + 1)
      left = .binary(op, left, right)
    }
    return left
  }

  mutating func unary(_ d: Int) throws(XPathError) -> XPathAST {
    var negations = 0
    while kind == .minus { advance(); negations += 1; try checkDepth(d + negations) }
    var e = try union(d + negations + 1)
    for _ in 0..<negations { e = .negate(e) }
    return e
  }

  mutating func union(_ d: Int) throws(XPathError) -> XPathAST {
    var left = try pathExpr(d + 1)
    var depth = d
    while kind == .pipe {
      advance()
      depth += 1
      try checkDepth(depth)
      left = .union(left, try pathExpr(depth + 1))
    }
    return left
  }

  /// `PathExpr ::= LocationPath | FilterExpr | FilterExpr ('/' | '//') RelativeLocationPath`
  mutating func pathExpr(_ d: Int) throws(XPathError) -> XPathAST {
    try checkDepth(d)
    switch kind {
    case .variable, .leftParen, .literal, .number:
      return try filterPath(d)
    case .functionName(let name) where !Parser.isNodeType(name):
      return try filterPath(d)
    case .slash:
      advance()
      guard startsStep else { return .path(.root, []) }
      return .path(.root, try relativePath(d))
    case .doubleSlash:
      advance()
      return .path(.root, [Parser.descendantOrSelf] + (try relativePath(d)))
    default:
      guard startsStep else { throw failure("expected an expression") }
      return .path(.context, try relativePath(d))
    }
  }

  static let descendantOrSelf = XPathStep(axis: .descendantOrSelf, test: .node)

  static func isNodeType(_ name: XPathQualifiedName) -> Bool {
    guard name.prefix == nil, let l = name.local else { return false }
    return l == "node" || l == "text" || l == "comment" || l == "processing-instruction"
  }

  var startsStep: Bool {
    switch kind {
    case .dot, .dotDot, .at, .axisName, .nameTest: return true
    case .functionName(let name): return Parser.isNodeType(name)
    default: return false
    }
  }

  mutating func filterPath(_ d: Int) throws(XPathError) -> XPathAST {
    var e = try primary(d + 1)
    let predicates = try predicateList(d + 1)
    if !predicates.isEmpty { e = .filter(e, predicates) }
    switch kind {
    case .slash:
      advance()
      return .path(.expression(e), try relativePath(d))
    case .doubleSlash:
      advance()
      return .path(.expression(e), [Parser.descendantOrSelf] + (try relativePath(d)))
    default:
      return e
    }
  }

  mutating func relativePath(_ d: Int) throws(XPathError) -> [XPathStep] {
    var steps = [try step(d + 1)]
    while true {
      switch kind {
      case .slash: advance()
      case .doubleSlash: advance(); steps.append(Parser.descendantOrSelf)
      default: return steps
      }
      steps.append(try step(d + 1))
    }
  }

  mutating func step(_ d: Int) throws(XPathError) -> XPathStep {
    switch kind {
    case .dot: advance(); return XPathStep(axis: .self, test: .node)
    case .dotDot: advance(); return XPathStep(axis: .parent, test: .node)
    default: break
    }
    var axis = XPathAxis.child
    if kind == .at {
      advance(); axis = .attribute
    } else if case .axisName(let name) = kind {
      guard let a = XPathAxis(rawValue: name) else { throw failure("unknown axis '\(name)'") }
      axis = a
      advance()
      guard kind == .colonColon else { throw failure("expected '::'") }
      advance()
    }
    let test = try nodeTest()
    return XPathStep(axis: axis, test: test, predicates: try predicateList(d + 1))
  }

  mutating func nodeTest() throws(XPathError) -> XPathNodeTest {
    switch kind {
    case .nameTest(let name):
      advance()
      if name.prefix == nil && name.local == nil { return .anyName }
      nameTests.append(name)
      return .name(nameTests.count - 1)
    case .functionName(let name) where Parser.isNodeType(name):
      advance()
      guard kind == .leftParen else { throw failure("expected '('") }
      advance()
      var test: XPathNodeTest
      switch name.local {
      case "node": test = .node
      case "text": test = .text
      case "comment": test = .comment
      default:
        test = .processingInstruction(nil)
        if case .literal(let target) = kind { test = .processingInstruction(target); advance() }
      }
      guard kind == .rightParen else { throw failure(.unclosed, "expected ')'") }
      advance()
      return test
    default:
      throw failure("expected a node test")
    }
  }

  mutating func predicateList(_ d: Int) throws(XPathError) -> [XPathAST] {
    var out: [XPathAST] = []
    while kind == .leftBracket {
      advance()
      out.append(try expr(d + 1))
      guard kind == .rightBracket else { throw failure(.invalidPredicate, "expected ']'") }
      advance()
    }
    return out
  }

  mutating func primary(_ d: Int) throws(XPathError) -> XPathAST {
    let token = current
    switch token.kind {
    case .variable(let name):
      advance()
      variableNames.append(name)
      return .variable(variableNames.count - 1)
    case .literal(let s): advance(); return .literal(s)
    case .number(let n): advance(); return .number(n)
    case .leftParen:
      advance()
      let e = try expr(d + 1)
      guard kind == .rightParen else { throw failure(.unclosed, "expected ')'") }
      advance()
      return e
    case .functionName(let name):
      advance()
      advance()   // `(`: the lexer only makes a function name when one follows
      var args: [XPathAST] = []
      if kind != .rightParen {
        args.append(try expr(d + 1))
        while kind == .comma { advance(); args.append(try expr(d + 1)) }
      }
      guard kind == .rightParen else { throw failure(.unclosed, "expected ')' or ','") }
      advance()
      if name.prefix == nil, let local = name.local, let core = XPathCoreFunction(rawValue: local) {
        guard core.arity.contains(args.count) else {
          throw XPathError.syntax(.invalidArity, at: token.offset, "\(local)() takes \(core.arityDescription) arguments, not \(args.count)")
        }
        return .call(.core(core), args)
      }
      functionNames.append(name)
      return .call(.external(functionNames.count - 1), args)
    default:
      throw failure("expected an expression")
    }
  }
}
