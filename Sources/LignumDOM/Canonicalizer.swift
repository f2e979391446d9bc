/// Which canonical form ``Document/canonicalized(_:withComments:)`` writes.
public enum CanonicalizationMethod: Hashable, Sendable {
  /// [Canonical XML 1.0](https://www.w3.org/TR/xml-c14n) (`xmllint --c14n`).
  case c14n10
  /// [Canonical XML 1.1](https://www.w3.org/TR/xml-c14n11/) (`xmllint --c14n11`). Over a whole
  /// document it writes the same bytes as 1.0; the two differ only on document subsets.
  case c14n11
  /// [Exclusive XML Canonicalization 1.0](https://www.w3.org/TR/xml-exc-c14n/)
  /// (`xmllint --exc-c14n`): only visibly used namespaces are written, plus those whose prefix
  /// is in `inclusivePrefixes` (`"#default"` names the default namespace).
  case exclusive(inclusivePrefixes: [String] = [])
}

/// The document cannot be canonicalized (libxml2 refuses the same documents).
public struct CanonicalizationError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

extension Document {
  /// The canonical form of the whole document, as `xmllint --c14n` writes it.
  ///
  /// Canonicalize a document parsed with ``ParseOptions/substituteEntities`` and
  /// ``ParseOptions/defaultAttributes`` (what xmllint does); entity reference nodes that remain
  /// are descended into. The DTD and the XML declaration are not part of the output.
  /// - Throws: ``CanonicalizationError`` for a relative namespace URI, which C14N forbids.
  /// - Complexity: O(n log n) for attribute sorting; no recursion.
  public func canonicalized(_ method: CanonicalizationMethod = .c14n10, withComments: Bool = false)
    throws(CanonicalizationError) -> [UInt8] {
    var writer = CanonicalWriter(document: self, method: method, withComments: withComments)
    try writer.writeDocument()
    return writer.out
  }
}

struct CanonicalWriter {
  let document: Document
  let exclusive: Bool
  /// Prefixes treated inclusively under exclusive C14N ("" for the default namespace).
  let inclusivePrefixes: Set<String>
  let withComments: Bool
  var out: [UInt8] = []
  /// Namespace bindings in scope, prefix ("" = default) → URI, with an undo log per element.
  var inScope: [String: String] = [:]
  /// Bindings already written by an output ancestor, with an undo log per element.
  var rendered: [String: String] = [:]
  var undo: [(inScope: Bool, prefix: String, old: String?)] = []
  var undoMarks: [Int] = []

  init(document: Document, method: CanonicalizationMethod, withComments: Bool) {
    self.document = document
    self.withComments = withComments
    if case .exclusive(let prefixes) = method {
      exclusive = true
      inclusivePrefixes = Set(prefixes.map { $0 == "#default" ? "" : $0 })
    } else {
      exclusive = false
      inclusivePrefixes = []
    }
  }

  mutating func w(_ s: String) { out.append(contentsOf: s.utf8) }

  mutating func writeDocument() throws(CanonicalizationError) {
    var seenRoot = false
    for child in document.children(of: .document) {
      switch document.kind(of: child) {
      case .element:
        try writeElementTree(child.raw)
        seenRoot = true
      case .comment where withComments, .processingInstruction:
        if seenRoot { w("\n") }
        writeLeaf(child.raw)
        if !seenRoot { w("\n") }
      default: break
      }
    }
  }

  mutating func writeLeaf(_ id: UInt32) {
    let node = NodeID(raw: id)
    switch document.kind(of: node) {
    case .text, .cdata: CanonicalWriter.appendText(document.contentBytes(of: node), to: &out)
    case .comment:
      if withComments { w("<!--"); out.append(contentsOf: document.contentBytes(of: node)); w("-->") }
    case .processingInstruction:
      w("<?"); w(document.name(of: node) ?? "")
      let data = document.contentBytes(of: node)
      if !data.isEmpty { w(" "); out.append(contentsOf: data) }
      w("?>")
    default: break
    }
  }

  mutating func writeElementTree(_ top: UInt32) throws(CanonicalizationError) {
    let nodes = document.nodes
    var cur = top
    while true {
      let r = nodes[Int(cur)]
      var descend = false
      switch r.kind {
      case .element:
        try startTag(cur)
        if r.firstChild != noNode { descend = true } else { endTag(cur) }
      case .entityReference:
        descend = r.firstChild != noNode
      default:
        writeLeaf(cur)
      }
      if descend { cur = r.firstChild; continue }
      while true {
        if cur == top { return }
        let next = nodes[Int(cur)].nextSibling
        if next != noNode { cur = next; break }
        cur = nodes[Int(cur)].parent
        if nodes[Int(cur)].kind == .element { endTag(cur) }
      }
    }
  }

  mutating func bind(_ prefix: String, _ uri: String, inScope isScope: Bool) {
    if isScope {
      undo.append((true, prefix, inScope[prefix])); inScope[prefix] = uri
    } else {
      undo.append((false, prefix, rendered[prefix])); rendered[prefix] = uri
    }
  }

  mutating func startTag(_ id: UInt32) throws(CanonicalizationError) {
    let element = NodeID(raw: id)
    undoMarks.append(undo.count)
    for b in document.namespaceDeclarations(of: element) {
      if !b.uri.isEmpty && !CanonicalWriter.hasScheme(b.uri) {
        throw CanonicalizationError(message: "Relative namespace UR is invalid here : \(b.uri)")
      }
      bind(b.prefix ?? "", b.uri, inScope: true)
    }
    // The namespaces to write: prefix → URI.
    var toRender: [(String, String)] = []
    func consider(_ prefix: String, into list: inout [(String, String)], rendered: [String: String], inScope: [String: String]) {
      if prefix == "xml" { return }
      let uri = inScope[prefix] ?? ""
      let previous = rendered[prefix] ?? ""
      if prefix.isEmpty ? uri != previous : (inScope[prefix] != nil && rendered[prefix] != uri) {
        list.append((prefix, uri))
      }
    }
    if exclusive {
      var used: Set<String> = [document.prefix(of: element) ?? ""]
      for a in document.attributes(of: element) { if let p = document.prefix(of: a) { used.insert(p) } }
      used.formUnion(inclusivePrefixes)
      for p in used { consider(p, into: &toRender, rendered: rendered, inScope: inScope) }
    } else {
      for p in inScope.keys { consider(p, into: &toRender, rendered: rendered, inScope: inScope) }
    }
    toRender.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    w("<"); w(document.name(of: element) ?? "")
    for (prefix, uri) in toRender {
      w(prefix.isEmpty ? " xmlns=\"" : " xmlns:" + prefix + "=\"")
      CanonicalWriter.appendAttribute(Array(uri.utf8)[...], to: &out)
      w("\"")
      bind(prefix, uri, inScope: false)
    }
    var attributes = document.attributes(of: element).map {
      (uri: document.namespaceURI(of: $0) ?? "", local: document.localName(of: $0) ?? "", id: $0)
    }
    attributes.sort {
      $0.uri == $1.uri ? $0.local.utf8.lexicographicallyPrecedes($1.local.utf8)
                       : $0.uri.utf8.lexicographicallyPrecedes($1.uri.utf8)
    }
    for a in attributes {
      w(" "); w(document.name(of: a.id) ?? ""); w("=\"")
      CanonicalWriter.appendAttribute(document.contentBytes(of: a.id), to: &out)
      w("\"")
    }
    w(">")
  }

  mutating func endTag(_ id: UInt32) {
    w("</"); w(document.name(of: NodeID(raw: id)) ?? ""); w(">")
    let mark = undoMarks.removeLast()
    while undo.count > mark {
      let u = undo.removeLast()
      if u.inScope { inScope[u.prefix] = u.old } else { rendered[u.prefix] = u.old }
    }
  }

  /// RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":".
  static func hasScheme(_ uri: String) -> Bool {
    var first = true
    for b in uri.utf8 {
      let isAlpha = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
      if b == UInt8(ascii: ":") { return !first }
      if first { if !isAlpha { return false } }
      else if !(isAlpha || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) {
        return false
      }
      first = false
    }
    return false
  }

  /// C14N §2.3 text: `&`, `<`, `>` and CR escaped.
  static func appendText(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
    for b in bytes {
      switch b {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case 0x0D: out.append(contentsOf: "&#xD;".utf8)
      default: out.append(b)
      }
    }
  }

  /// C14N §2.3 attribute values: `&`, `<`, `"`, TAB, LF and CR escaped.
  static func appendAttribute(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
    for b in bytes {
      switch b {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
      case 0x09: out.append(contentsOf: "&#x9;".utf8)
      case 0x0A: out.append(contentsOf: "&#xA;".utf8)
      case 0x0D: out.append(contentsOf: "&#xD;".utf8)
      default: out.append(b)
      }
    }
  }
}
