/// A name test resolved for one evaluation.
@usableFromInline
struct ResolvedName<Key> {
  /// The navigator's key; `nil` when no element or attribute can have the name.
  @usableFromInline var key: Key?
  /// The local part (`nil` for `prefix:*`), for namespace nodes, which are matched by prefix.
  @usableFromInline var local: String?
  /// Whether the test had a prefix (then it matches no namespace node).
  @usableFromInline var hasPrefix: Bool
  @inlinable init(key: Key?, local: String?, hasPrefix: Bool) { self.key = key; self.local = local; self.hasPrefix = hasPrefix }
}

/// Evaluates one ``XPathExpression`` over one navigator. Generic and `@inlinable`, so that each
/// navigator gets its own specialized copy. Recursion follows the expression tree (bounded by the
/// parser); walks over the document are loops.
@usableFromInline
struct Evaluator<Nav: XPathNavigator> {
  @usableFromInline typealias Node = Nav.Node
  @usableFromInline typealias Value = XPathValue<Nav.Node>

  @usableFromInline let nav: Nav
  @usableFromInline let environment: XPathEnvironment<Nav>
  @usableFromInline var names: [ResolvedName<Nav.NameKey>]
  @usableFromInline var variables: [XPathName]
  @usableFromInline var functions: [XPathFunction<Nav>]
  @usableFromInline var steps = 0
  /// A buffer for node-sets that do not outlive one comparison (kept for its capacity).
  @usableFromInline var scratch: [Node] = []
  @usableFromInline let maxSteps: Int

  @inlinable
  init(expression: XPathExpression, navigator: Nav, environment: XPathEnvironment<Nav>) throws(XPathError) {
    nav = navigator
    self.environment = environment
    maxSteps = environment.maxSteps ?? Int.max
    names = []
    variables = []
    functions = []
    func uri(_ prefix: String?, _ what: String) throws(XPathError) -> String {
      guard let prefix else { return "" }
      guard let u = expression.namespace(for: prefix, in: environment.namespaces) else {
        throw XPathError(.undefinedPrefix, .static, detail: "no namespace bound to prefix '\(prefix)' in \(what)")
      }
      return u
    }
    for test in expression.nameTests {
      let u = try uri(test.prefix, "name test \(test)")
      names.append(ResolvedName(key: navigator.nameKey(local: test.local, namespaceURI: u), local: test.local,
                                hasPrefix: test.prefix != nil))
    }
    for v in expression.variableNames {
      variables.append(XPathName(v.local ?? "", namespaceURI: try uri(v.prefix, "variable $\(v)")))
    }
    for f in expression.functionNames {
      let name = XPathName(f.local ?? "", namespaceURI: try uri(f.prefix, "function \(f)()"))
      guard let function = environment.functions[name] else {
        throw XPathError(.unknownFunction, .static, detail: "unknown function \(f)()")
      }
      functions.append(function)
    }
  }

  @inlinable
  mutating func evaluate(_ e: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
    switch e {
    case .number(let n): return .number(n)
    case .literal(let s): return .string(s)
    case .variable(let i):
      guard let v = environment.variables[variables[i]] else {
        throw XPathError(.undefinedVariable, .dynamic, detail: "undefined variable $\(variables[i])")
      }
      return v
    case .negate(var a):
      var negative = true
      while case .negate(let inner) = a { negative.toggle(); a = inner }
      let n = try number(a, focus)
      return .number(negative ? -n : n)
    case .binary(let op, let a, let b): return try binary(op, a, b, focus)
    case .union(var a, let b):
      // `a | b | c …` parses left-deep: walk the spine with a loop, as for binary operators.
      var operands = [b]
      while case .union(let l, let r) = a { operands.append(r); a = l }
      var left = try nodeSet(a, focus, "|")
      for operand in operands.reversed() {
        let right = try nodeSet(operand, focus, "|")
        if right.isEmpty { continue }
        if left.isEmpty { left = right; continue }
        left.append(contentsOf: right)
        normalize(&left)
      }
      return .nodeSet(left)
    case .call(let f, let args):
      switch f {
      case .core(let c): return try call(c, args, focus)
      case .external(let i):
        var values: [Value] = []
        for a in args { values.append(try evaluate(a, focus)) }
        let context = XPathFunctionContext(navigator: nav, node: focus.node, position: focus.position, size: focus.size)
        return try functions[i].body(context, values)
      }
    case .filter(let primary, let predicates):
      var nodes = try nodeSet(primary, focus, "a predicate")
      for p in predicates { nodes = try filter(nodes, p) }
      return .nodeSet(nodes)
    case .path(let start, let steps):
      return .nodeSet(try path(start, steps, focus))
    }
  }

  // MARK: conversions

  @inlinable
  func string(_ v: Value) -> String {
    switch v {
    case .string(let s): return s
    case .number(let n): return XPathConversion.string(n)
    case .boolean(let b): return b ? "true" : "false"
    case .nodeSet(let nodes): return nodes.first.map { nav.stringValue(of: $0) } ?? ""
    }
  }

  @inlinable
  func number(_ v: Value) -> Double {
    switch v {
    case .number(let n): return n
    case .string(let s): return XPathConversion.number(s)
    case .boolean(let b): return b ? 1 : 0
    case .nodeSet(let nodes): return nodes.first.map(numberValue) ?? .nan
    }
  }

  /// `number()` of a node's string-value.
  @inlinable
  func numberValue(_ node: Node) -> Double {
    nav.withStringValue(of: node) { XPathConversion.number(utf8: $0) }
  }

  /// Whether `e` is `.` (`self::node()`), whose node-set is the focus node.
  @inlinable
  func isContextNode(_ e: XPathAST) -> Bool {
    guard case .path(.context, let steps) = e, steps.count == 1 else { return false }
    return steps[0].axis == .self && steps[0].test == .node && steps[0].predicates.isEmpty
  }

  /// Calls `body` with the UTF-8 of `string(e)`; a node's string-value is not built as a `String`
  /// when the navigator holds its bytes.
  @inlinable
  mutating func withString<R>(_ e: XPathAST, _ focus: XPathFocus<Node>, _ body: (Span<UInt8>) -> R) throws(XPathError) -> R {
    if isContextNode(e) { return nav.withStringValue(of: focus.node, body) }
    let v = try evaluate(e, focus)
    if case .nodeSet(let nodes) = v {
      guard let first = nodes.first else { return body(Span()) }
      return nav.withStringValue(of: first, body)
    }
    let s = string(v)
    return body(s.utf8.span)
  }

  @inlinable
  func boolean(_ v: Value) -> Bool {
    switch v {
    case .boolean(let b): return b
    case .number(let n): return XPathConversion.boolean(n)
    case .string(let s): return !s.isEmpty
    case .nodeSet(let nodes): return !nodes.isEmpty
    }
  }

  @inlinable
  mutating func string(_ e: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> String {
    if isContextNode(e) { return nav.stringValue(of: focus.node) }
    return string(try evaluate(e, focus))
  }
  @inlinable
  mutating func number(_ e: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> Double {
    if isContextNode(e) { return numberValue(focus.node) }
    return number(try evaluate(e, focus))
  }
  @inlinable
  mutating func boolean(_ e: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> Bool {
    boolean(try evaluate(e, focus))
  }
  @inlinable
  mutating func nodeSet(_ e: XPathAST, _ focus: XPathFocus<Node>, _ use: String) throws(XPathError) -> [Node] {
    let v = try evaluate(e, focus)
    guard case .nodeSet(let nodes) = v else {
      throw XPathError(.invalidType, .dynamic, detail: "\(use) needs a node-set, not a \(v.typeName)")
    }
    return nodes
  }

  // MARK: operators

  /// A binary operation. A chain `x op y op z …` parses left-deep, so its spine is walked with
  /// a loop: a chain's length costs no stack (only nesting does).
  @inlinable
  mutating func binary(_ op: XPathOperator, _ a: XPathAST, _ b: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
    if op.isComparison, case .path(.context, let steps) = a, steps.count == 1, steps[0].predicates.isEmpty {
      return .boolean(try compareStep(op, steps[0], b, focus))
    }
    guard case .binary = a else { return try apply(op, try evaluate(a, focus), b, focus) }
    var spine: [(XPathOperator, XPathAST)] = [(op, b)]
    var leftmost = a
    while case .binary(let o, let l, let r) = leftmost { spine.append((o, r)); leftmost = l }
    var value = try evaluate(leftmost, focus)
    for (o, r) in spine.reversed() { value = try apply(o, value, r, focus) }
    return value
  }

  /// `step op b` where the step (`@id = 'x'`, `price > 10`) is relative and has no predicates: its
  /// nodes go into the scratch buffer instead of a new node-set.
  @inlinable
  mutating func compareStep(_ op: XPathOperator, _ step: XPathStep, _ b: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> Bool {
    var nodes: [Node] = []
    swap(&nodes, &scratch)   // a nested comparison gets a buffer of its own
    defer { nodes.removeAll(keepingCapacity: true); swap(&nodes, &scratch) }
    try collect(step.axis, step.test, from: focus.node, into: &nodes)   // (order does not matter here)
    let y = try evaluate(b, focus)
    return compare(op, .nodeSet(nodes), y)
  }

  /// `x op b` for an already evaluated left operand; `and`/`or` skip `b` when `x` decides.
  @inlinable
  mutating func apply(_ op: XPathOperator, _ x: Value, _ b: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
    switch op {
    case .or:
      if boolean(x) { return .boolean(true) }
      return .boolean(try boolean(b, focus))
    case .and:
      if !boolean(x) { return .boolean(false) }
      return .boolean(try boolean(b, focus))
    case .plus: return .number(number(x) + (try number(b, focus)))
    case .minus: return .number(number(x) - (try number(b, focus)))
    case .multiply: return .number(number(x) * (try number(b, focus)))
    case .divide: return .number(number(x) / (try number(b, focus)))
    case .modulo:
      // XPath's mod truncates like Java's %, which is IEEE fmod (the sign of the dividend).
      return .number(number(x).truncatingRemainder(dividingBy: try number(b, focus)))
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
      let y = try evaluate(b, focus)
      return .boolean(compare(op, x, y))
    }
  }

  /// [XPath 1.0 §3.4](https://www.w3.org/TR/xpath-10/#booleans): node-sets compare by any of
  /// their members' string-values.
  @inlinable @inline(never)
  func compare(_ op: XPathOperator, _ x: Value, _ y: Value) -> Bool {
    switch (x, y) {
    case (.nodeSet(let a), .nodeSet(let b)):
      let bs = b.map { nav.stringValue(of: $0) }
      if op == .equal || op == .notEqual {
        let set = Set(bs)
        for n in a {
          let s = nav.stringValue(of: n)
          if op == .equal ? set.contains(s) : (set.count > 1 || (set.count == 1 && !set.contains(s))) { return true }
        }
        return false
      }
      let bn = bs.map(XPathConversion.number)
      for n in a {
        let v = numberValue(n)
        for w in bn where compareNumbers(op, v, w) { return true }
      }
      return false
    case (.nodeSet(let a), _):
      return compareNodes(op, a, y, nodesOnLeft: true)
    case (_, .nodeSet(let b)):
      return compareNodes(op, b, x, nodesOnLeft: false)
    default:
      if op == .equal || op == .notEqual {
        let equal: Bool
        switch (x, y) {
        case (.boolean, _), (_, .boolean): equal = boolean(x) == boolean(y)
        case (.number, _), (_, .number): equal = number(x) == number(y)
        default: equal = string(x) == string(y)
        }
        return op == .equal ? equal : !equal
      }
      return compareNumbers(op, number(x), number(y))
    }
  }

  @inlinable
  func compareNodes(_ op: XPathOperator, _ nodes: [Node], _ other: Value, nodesOnLeft: Bool) -> Bool {
    if case .boolean(let b) = other {
      let a = !nodes.isEmpty
      return nodesOnLeft ? compare(op, .boolean(a), .boolean(b)) : compare(op, .boolean(b), .boolean(a))
    }
    let byNumber: Bool
    if case .number = other { byNumber = true } else { byNumber = !(op == .equal || op == .notEqual) }
    if byNumber {
      let w = number(other)
      for n in nodes {
        let v = numberValue(n)
        if nodesOnLeft ? compareNumbers(op, v, w) : compareNumbers(op, w, v) { return true }
      }
      return false
    }
    let s = string(other)
    for n in nodes where nav.withStringValue(of: n, { XPathStrings.equal($0, s.utf8.span) }) == (op == .equal) { return true }
    return false
  }

  @inlinable
  func compareNumbers(_ op: XPathOperator, _ a: Double, _ b: Double) -> Bool {
    switch op {
    case .equal: return a == b
    case .notEqual: return a != b
    case .less: return a < b
    case .lessOrEqual: return a <= b
    case .greater: return a > b
    default: return a >= b
    }
  }
}
