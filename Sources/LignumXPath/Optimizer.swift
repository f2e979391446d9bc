/// Rewrites that keep the meaning of an expression and make it cheaper.
///
/// `//name` is `/descendant-or-self::node()/child::name`: it would list every node, then every
/// node's children, then sort. When the child step's predicates cannot see positions, the pair
/// is the same as `/descendant::name`, one walk already in document order.
enum Optimizer {
  static func rewrite(_ e: XPathAST) -> XPathAST {
    switch e {
    case .number, .literal, .variable: return e
    case .binary(let op, let a, let b): return .binary(op, rewrite(a), rewrite(b))
    case .negate(let a): return .negate(rewrite(a))
    case .union(let a, let b): return .union(rewrite(a), rewrite(b))
    case .call(let f, let args): return .call(f, args.map(rewrite))
    case .filter(let p, let preds): return .filter(rewrite(p), preds.map(rewrite))
    case .path(let start, let steps):
      var s: XPathPathStart = start
      if case .expression(let x) = start { s = .expression(rewrite(x)) }
      return .path(s, rewrite(steps))
    }
  }

  static func rewrite(_ steps: [XPathStep]) -> [XPathStep] {
    var out: [XPathStep] = []
    var i = 0
    while i < steps.count {
      var step = steps[i]
      step.predicates = step.predicates.map(rewrite)
      if step.axis == .descendantOrSelf, step.test == .node, step.predicates.isEmpty, i + 1 < steps.count,
         steps[i + 1].axis == .child, steps[i + 1].predicates.allSatisfy(isPositionIndependent) {
        var next = steps[i + 1]
        next.axis = .descendant
        next.predicates = next.predicates.map(rewrite)
        out.append(next)
        i += 2
        continue
      }
      out.append(step)
      i += 1
    }
    return out
  }

  /// Whether a predicate's value is surely not a number and it does not call `position()` or
  /// `last()` in its own focus.
  static func isPositionIndependent(_ e: XPathAST) -> Bool {
    switch e {
    case .binary(let op, let a, let b):
      switch op {
      case .or, .and, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
        return !usesFocusPosition(a) && !usesFocusPosition(b)
      default: return false
      }
    case .path, .union: return !usesFocusPosition(e)
    case .call(.core(let f), let args):
      return f.returnsBoolean && !args.contains(where: usesFocusPosition)
    default: return false
    }
  }

  /// Whether `position()` or `last()` is called with this focus (not inside a nested predicate).
  static func usesFocusPosition(_ e: XPathAST) -> Bool {
    switch e {
    case .number, .literal, .variable: return false
    case .binary(_, let a, let b), .union(let a, let b): return usesFocusPosition(a) || usesFocusPosition(b)
    case .negate(let a): return usesFocusPosition(a)
    case .call(let f, let args):
      if case .core(let c) = f, c == .position || c == .last { return true }
      if case .external = f { return true }   // an extension function may read the focus
      return args.contains(where: usesFocusPosition)
    case .filter(let p, _): return usesFocusPosition(p)
    case .path(let start, _):
      if case .expression(let x) = start { return usesFocusPosition(x) }
      return false
    }
  }
}
