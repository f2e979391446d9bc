import LignumTokenizer

/// Accessors for the XPath navigator (`LignumDOMXPath`): raw string ids for integer name tests,
/// namespace-record handles for namespace nodes, and the ID table behind `id()`.
extension Document {
  /// "No string": the id of an absent name part.
  package static var noStringID: UInt32 { noNode }

  /// Whether row order is still document order (no mutation has linked a node since parsing).
  package var isInDocumentOrder: Bool { rowsInDocumentOrder }

  /// The id of `s` in the string pool, if the document uses it.
  package func stringID(_ s: String) -> UInt32? { stringIDs[s] }

  /// String ids of the local name and namespace URI (``noStringID`` for none) of a named node.
  @inlinable package func nameStringIDs(of id: NodeID) -> (local: UInt32, namespace: UInt32)? {
    let n = nodes[Int(id.raw)].name
    guard n != noNode else { return nil }
    let r = nameRecords[Int(n)]
    return (r.local, r.namespaceURI)
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
