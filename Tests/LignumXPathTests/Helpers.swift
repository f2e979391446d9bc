import Lignum

/// Evaluates `expr` on `xml` and renders the result compactly: node-sets as `name()` or
/// `#text:value` per node joined by spaces, other values through `string()`.
func eval(_ expr: String, on xml: String, context: String? = nil,
          variables: [String: XPathResult] = [:], namespaces: [String: String] = [:]) throws -> String {
  let doc = try Document.parse(xml)
  var ctx = NodeID.document
  if let context {
    guard case .nodeSet(let n) = try doc.evaluate(context), let first = n.first else { return "<no context>" }
    ctx = first.id
  }
  return render(try doc.evaluate(expr, context: ctx, variables: variables, namespaces: namespaces), doc)
}

func render(_ v: XPathResult, _ doc: Document) -> String {
  let nav = DocumentNavigator(doc)
  switch v {
  case .nodeSet(let nodes):
    return nodes.map { n -> String in
      switch nav.kind(of: n) {
      case .element, .processingInstruction: return nav.qualifiedName(of: n)
      case .attribute: return "@" + nav.qualifiedName(of: n)
      case .namespace: return "ns:" + nav.localName(of: n)
      case .text: return "#" + nav.stringValue(of: n)
      case .comment: return "!" + nav.stringValue(of: n)
      case .root: return "/"
      case .other: return "?"
      }
    }.joined(separator: " ")
  case .string(let s): return s
  case .number(let n): return XPathConversion.string(n)
  case .boolean(let b): return b ? "true" : "false"
  }
}

let sample = """
  <r xmlns:p="urn:p"><a id="1" x="y">one<b>two</b><p:c/></a><!--k--><?pi data?><a id="2"><b>three</b><b lang="x"/></a></r>
  """
