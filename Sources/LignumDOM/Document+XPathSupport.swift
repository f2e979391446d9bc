import LignumTokenizer

/// Accessors for the XPath navigator (`LignumDOMXPath`): raw string ids for integer name tests,
/// namespace-record handles for namespace nodes, and the ID table behind `id()`.
extension Document {
  /// "No string": the id of an absent name part.
  package static var noStringID: UInt32 { noNode }

  /// Whether row order is still document order (no mutation has linked a node since parsing).
  package var isInDocumentOrder: Bool { rowsInDocumentOrder }

  /// Whether every row is in the tree, in preorder (true after parsing, until a node is created
  /// or detached): then the nodes of a subtree are the rows from its top to ``subtreeEnd(of:)``.
  @inlinable package var rowsArePreorder: Bool { rowsInPreorder }

  /// The row just after the subtree of `id` (attributes included), the row count when the subtree
  /// ends the document. Meaningful while ``rowsArePreorder``.
  @inlinable package func subtreeEnd(of id: NodeID) -> UInt32 {
    var n = id.raw
    while true {
      let r = nodes[Int(n)]
      if r.nextSibling != noNode && r.kind != .attribute { return r.nextSibling }
      if r.parent == noNode { return UInt32(nodes.count) }
      n = r.parent
    }
  }

  /// The kind of the node in row `raw`.
  @inlinable package func rowKind(_ raw: UInt32) -> NodeKind { nodes[Int(raw)].kind }

  /// Calls `body` with the string-value's bytes when they lie in the byte store in one piece: the
  /// content of a text-like node or attribute, or of an element's (document's) only child when
  /// that is text or CDATA. `nil` otherwise (the caller builds the string).
  @inlinable package func withDirectStringValue<R>(of id: NodeID, _ body: (Span<UInt8>) -> R) -> R? {
    var r = nodes[Int(id.raw)]
    switch r.kind {
    case .text, .cdata, .comment, .processingInstruction, .attribute:
      break
    case .element, .document:
      guard r.firstChild != noNode else { return body(bytes.span.extracting(0..<0)) }
      let only = nodes[Int(r.firstChild)]
      guard only.nextSibling == noNode, only.kind == .text || only.kind == .cdata else { return nil }
      r = only
    default:
      return nil
    }
    return body(bytes.span.extracting(Int(r.a)..<Int(r.a) + Int(r.b)))
  }

  /// The id of `s` in the string pool, if the document uses it.
  package func stringID(_ s: String) -> UInt32? { stringIDs[s] }

  /// String ids of the local name and namespace URI (``noStringID`` for none) of a named node.
  @inlinable package func nameStringIDs(of id: NodeID) -> (local: UInt32, namespace: UInt32)? {
    let n = nodes[Int(id.raw)].name
    guard n != noNode else { return nil }
    let r = nameRecords[Int(n)]
    return (r.local, r.namespaceURI)
  }

  /// One flag per name record: whether it has local name `local` (``noStringID``: any) in
  /// namespace `namespace` (``noStringID``: none). A name test becomes one array load per row.
  package func nameTable(local: UInt32, namespace: UInt32) -> [Bool] {
    nameRecords.map { $0.namespaceURI == namespace && (local == noNode || $0.local == local) }
  }

  /// Calls `body` with each element row in `rows` whose name record is flagged in `table` (from
  /// ``nameTable(local:namespace:)`` on this document), in row order.
  @inlinable package func forEachElementRow(in rows: Range<UInt32>, named table: [Bool], _ body: (UInt32) -> Void) {
    let span = nodes.span
    let flags = table.span
    for r in rows {
      let row = span[Int(r)]
      if row.kind == .element && flags[Int(row.name)] { body(r) }
    }
  }

  /// The first attribute of an element (attributes are chained through their next-sibling link).
  @inlinable package func firstAttribute(of id: NodeID) -> NodeID? {
    let r = nodes[Int(id.raw)]
    return r.kind == .element ? link(r.a) : nil
  }

  /// The namespace declarations in scope on `element`, as indexes into the namespace records:
  /// nearest declaration of each prefix first, `xmlns=""` left out (the `xml` binding is not
  /// included: it has no record).
  package func namespaceRecordsInScope(of element: NodeID) -> [UInt32] {
    var seen: [UInt32] = []
    var out: [UInt32] = []
    var e: UInt32 = element.raw
    while e != noNode {
      if nodes[Int(e)].kind == .element {
        var n = nodes[Int(e)].b
        while n != noNode {
          let r = namespaceRecords[Int(n)]
          if !seen.contains(r.prefix) {
            seen.append(r.prefix)
            if !(r.prefix == noNode && strings[Int(r.uri)].isEmpty) { out.append(n) }
          }
          n = r.next
        }
      }
      e = nodes[Int(e)].parent
    }
    return out
  }

  /// The prefix (`nil` for the default namespace) and URI of a namespace record.
  package func namespaceRecord(_ index: UInt32) -> (prefix: String?, uri: String) {
    let r = namespaceRecords[Int(index)]
    return (r.prefix == noNode ? nil : strings[Int(r.prefix)], strings[Int(r.uri)])
  }

  /// Every element by ID: attributes declared `ID` in the DTD, and `xml:id`. The first element
  /// with a given ID wins, as in libxml2.
  /// - Complexity: O(nodes + attributes).
  package func identifiedElements() -> [String: NodeID] {
    var declared = Set<String>()   // "element attribute"
    if let dtd = doctype {
      for (element, list) in dtd.attributeLists {
        for a in list where a.type == .id { declared.insert(element + " " + a.name) }
      }
    }
    let xmlID = stringIDs["id"], xmlNS = stringIDs["http://www.w3.org/XML/1998/namespace"]
    var table: [String: NodeID] = [:]
    for (i, r) in nodes.enumerated() where r.kind == .element && r.parent != noNode {
      var a = r.a
      while a != noNode {
        let attr = nodes[Int(a)]
        let name = nameRecords[Int(attr.name)]
        let isID = (name.local == xmlID && name.namespaceURI == xmlNS && xmlID != nil)
          || (!declared.isEmpty && declared.contains(qualifiedNames[Int(r.name)] + " " + qualifiedNames[Int(attr.name)]))
        if isID {
          let value = String(decoding: bytes[Int(attr.a)..<Int(attr.a) + Int(attr.b)], as: UTF8.self)
          if table[value] == nil { table[value] = NodeID(raw: UInt32(i)) }
        }
        a = attr.nextSibling
      }
    }
    return table
  }
}
