/// Location paths: steps, axes, node tests and predicates
/// ([XPath 1.0 §2](https://www.w3.org/TR/xpath-10/#location-paths)). Every axis is a loop.
extension Evaluator {
  @inlinable
  mutating func path(_ start: XPathPathStart, _ steps: [XPathStep], _ focus: XPathFocus<Node>) throws(XPathError) -> [Node] {
    var current: [Node]
    switch start {
    case .context: current = [focus.node]
    case .root: current = [nav.root(of: focus.node)]
    case .expression(let e): current = try nodeSet(e, focus, "'/'")
    }
    for step in steps {
      if current.isEmpty { return current }
      current = try apply(step, to: current)
    }
    return current
  }

  @inlinable
  mutating func apply(_ step: XPathStep, to input: [Node]) throws(XPathError) -> [Node] {
    var out: [Node] = []
    var selected: [Node] = []
    for node in input {
      selected.removeAll(keepingCapacity: true)
      try collect(step.axis, step.test, from: node, into: &selected)
      for p in step.predicates where !selected.isEmpty { selected = try filter(selected, p) }
      if step.axis.isReverse { selected.reverse() }
      out.append(contentsOf: selected)
    }
    if input.count > 1 || step.axis == .namespace { normalize(&out) }
    return out
  }

  /// Keeps the nodes for which `predicate` holds; positions count in the order of `nodes`
  /// (the axis's direction). A number keeps the node at that position.
  @inlinable
  mutating func filter(_ nodes: [Node], _ predicate: XPathAST) throws(XPathError) -> [Node] {
    if case .number(let n) = predicate {
      guard n >= 1, n <= Double(nodes.count), n == n.rounded(.down) else { return [] }
      return [nodes[Int(n) - 1]]
    }
    var kept: [Node] = []
    let size = nodes.count
    for (i, node) in nodes.enumerated() {
      let v = try evaluate(predicate, XPathFocus(node: node, position: i + 1, size: size))
      if case .number(let n) = v { if n == Double(i + 1) { kept.append(node) } } else if boolean(v) { kept.append(node) }
    }
    return kept
  }

  /// Sorts into document order and drops duplicates, unless already in order.
  @inlinable
  func normalize(_ nodes: inout [Node]) {
    var ordered = true
    var i = 1
    while i < nodes.count {
      if !nav.precedes(nodes[i - 1], nodes[i]) { ordered = false; break }
      i += 1
    }
    if ordered { return }
    let n = nav
    nodes.sort { n.precedes($0, $1) }
    var out: [Node] = []
    out.reserveCapacity(nodes.count)
    for x in nodes where out.last != x { out.append(x) }
    nodes = out
  }

  @inlinable
  mutating func count(_ visited: Int = 1) throws(XPathError) {
    steps &+= visited
    if steps > maxSteps {
      throw XPathError(.stepLimitExceeded, .dynamic, detail: "evaluation visited more than \(maxSteps) nodes")
    }
  }

  @inlinable
  func matches(_ node: Node, _ test: XPathNodeTest, principal: XPathNodeKind) -> Bool {
    switch test {
    case .node: return true
    case .anyName: return nav.kind(of: node) == principal
    case .text: return nav.kind(of: node) == .text
    case .comment: return nav.kind(of: node) == .comment
    case .processingInstruction(let target):
      guard nav.kind(of: node) == .processingInstruction else { return false }
      return target.map { nav.localName(of: node) == $0 } ?? true
    case .name(let i):
      guard nav.kind(of: node) == principal else { return false }
      let name = names[i]
      if principal == .namespace {
        return !name.hasPrefix && name.local == nav.localName(of: node)
      }
      guard let key = name.key else { return false }
      return nav.node(node, hasName: key)
    }
  }

  /// Appends the nodes of `axis` from `node` that pass `test`, in the axis's direction.
  @inlinable
  mutating func collect(_ axis: XPathAxis, _ test: XPathNodeTest, from node: Node, into out: inout [Node]) throws(XPathError) {
    let principal: XPathNodeKind = axis == .attribute ? .attribute : axis == .namespace ? .namespace : .element
    func add(_ n: Node, _ e: inout Evaluator) throws(XPathError) {
      try e.count()
      if e.matches(n, test, principal: principal) { out.append(n) }
    }
    switch axis {
    case .self:
      try add(node, &self)
    case .child:
      var c = nav.firstChild(of: node)
      while let x = c { try add(x, &self); c = nav.nextSibling(of: x) }
    case .attribute:
      guard nav.kind(of: node) == .element else { return }
      var a = nav.firstAttribute(of: node)
      while let x = a { try add(x, &self); a = nav.nextAttribute(after: x) }
    case .namespace:
      guard nav.kind(of: node) == .element else { return }
      for x in nav.namespaceNodes(of: node) { try add(x, &self) }
    case .parent:
      if let p = nav.parent(of: node) { try add(p, &self) }
    case .ancestor, .ancestorOrSelf:
      if axis == .ancestorOrSelf { try add(node, &self) }
      var p = nav.parent(of: node)
      while let x = p { try add(x, &self); p = nav.parent(of: x) }
    case .followingSibling:
      var s = nav.nextSibling(of: node)
      while let x = s { try add(x, &self); s = nav.nextSibling(of: x) }
    case .precedingSibling:
      var s = nav.previousSibling(of: node)
      while let x = s { try add(x, &self); s = nav.previousSibling(of: x) }
    case .descendant, .descendantOrSelf:
      if axis == .descendantOrSelf { try add(node, &self) }
      if case .name(let i) = test {
        // No element has a name the document never uses; else the navigator may scan for it.
        guard let key = names[i].key else { return }
        if let visited = nav.appendDescendantElements(of: node, named: key, to: &out) {
          try count(visited)
          return
        }
      }
      var walk = nav.descendants(of: node)
      while let next = walk.next() { try add(next, &self) }
    case .following:
      // After the node's subtree (an attribute's or namespace node's "subtree" is its element's
      // content, which follows it).
      var cur: Node
      let k = nav.kind(of: node)
      if k == .attribute || k == .namespace, let e = nav.parent(of: node) {
        var walk = nav.descendants(of: e)
        while let next = walk.next() { try add(next, &self) }
        cur = e
      } else {
        cur = node
      }
      guard var x = nextAfterSubtree(cur) else { return }
      while true {
        try add(x, &self)
        guard let next = nav.nextInPreorder(x, within: nil) else { return }
        x = next
      }
    case .preceding:
      // Reverse document order, skipping ancestors: for each ancestor-or-self, the subtrees of
      // its preceding siblings, each in reverse preorder.
      var a: Node? = node
      let k = nav.kind(of: node)
      if k == .attribute || k == .namespace { a = nav.parent(of: node) }
      while let anchor = a {
        var s = nav.previousSibling(of: anchor)
        while let sibling = s {
          var x = sibling
          while let l = nav.lastChild(of: x) { x = l }
          while true {
            try add(x, &self)
            if x == sibling { break }
            if let p = nav.previousSibling(of: x) {
              x = p
              while let l = nav.lastChild(of: x) { x = l }
            } else if let p = nav.parent(of: x) {
              x = p
            } else { break }
          }
          s = nav.previousSibling(of: sibling)
        }
        a = nav.parent(of: anchor)
      }
    }
  }

  /// The first node after `cur`'s subtree in document order.
  @inlinable
  func nextAfterSubtree(_ cur: Node) -> Node? {
    var n = cur
    while true {
      if let s = nav.nextSibling(of: n) { return s }
      guard let p = nav.parent(of: n) else { return nil }
      n = p
    }
  }
}
