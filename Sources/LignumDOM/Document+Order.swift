import LignumTokenizer

/// Document order. A parsed document's rows are in document order (an element, then its
/// attributes, then its children), so comparing two nodes is comparing two integers; once the
/// tree is mutated, order is worked out from the nodes' ancestor chains instead.
extension Document {
  /// Whether `a` comes before `b` in document order (XPath 1.0 §5). Attributes come after
  /// their element and before its children. Detached nodes order after attached ones by row.
  /// - Complexity: O(1) while the document is unmutated, else O(depth + siblings).
  public func precedes(_ a: NodeID, _ b: NodeID) -> Bool {
    if a == b { return false }
    if rowsInDocumentOrder { return a.raw < b.raw }
    let pa = path(to: a), pb = path(to: b)
    guard pa.first == pb.first else { return a.raw < b.raw }   // different trees
    var i = 0
    while i < pa.count && i < pb.count && pa[i] == pb[i] { i += 1 }
    if i == pa.count { return true }      // a is an ancestor of b
    if i == pb.count { return false }     // b is an ancestor of a
    return siblingPrecedes(pa[i], pb[i])
  }

  /// The node's ancestors from the top of its tree down to the node itself.
  func path(to id: NodeID) -> [UInt32] {
    var out: [UInt32] = []
    var n = id.raw
    while n != noNode { out.append(n); n = nodes[Int(n)].parent }
    return out.reversed()
  }

  /// For two children (or attributes) of the same parent: attributes first, then in sibling order.
  func siblingPrecedes(_ x: UInt32, _ y: UInt32) -> Bool {
    let xa = nodes[Int(x)].kind == .attribute, ya = nodes[Int(y)].kind == .attribute
    if xa != ya { return xa }
    var n = nodes[Int(x)].nextSibling
    while n != noNode {
      if n == y { return true }
      n = nodes[Int(n)].nextSibling
    }
    return false
  }

  /// Every node of the document in document order, as views (the document node first).
  public var descendants: [Node] { self[.document].descendants }

  /// Parses `text`; the same as ``init(parsing:options:build:)-(String,_,_)``.
  public static func parse(_ text: String, options: ParseOptions = ParseOptions()) throws(XMLSyntaxError) -> Document {
    try Document(parsing: text, options: options)
  }
}
