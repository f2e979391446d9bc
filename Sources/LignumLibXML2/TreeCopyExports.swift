import CLignumLibXML2
import LignumDOM

// Copies and paths (tree.h). A copy is the C tree read back into a Document and built again as
// a new C tree, so it has the same shape as a parse of the same content.

/// A deep copy of a document (children too when `recursive`).
@_cdecl("xmlCopyDoc")
public func exported_xmlCopyDoc(_ doc: xmlDocPtr?, _ recursive: Int32) -> xmlDocPtr? {
  guard let doc = unsafe doc else { return nil }
  var d = unsafe CTreeReader.document(of: doc)
  if recursive == 0 { d = Document(); d.xmlDeclaration = unsafe CTreeReader.document(of: doc).xmlDeclaration }
  var builder = unsafe CTreeBuilder(document: d, options: doc.pointee.parseFlags)
  guard let copy = unsafe builder.build(url: doc.pointee.URL.map { unsafe CString.string($0) }) else { return nil }
  unsafe copy.pointee.standalone = doc.pointee.standalone
  unsafe copy.pointee.properties = doc.pointee.properties
  if unsafe doc.pointee.encoding == nil { unsafe copy.pointee.encoding = nil }
  return unsafe copy
}

/// A copy of `node` for `doc`: with `extended` 1 its attributes, namespaces and children, with
/// 2 its attributes and namespaces, with 0 the node alone (an element without its namespace).
@_cdecl("xmlDocCopyNode")
public func exported_xmlDocCopyNode(_ node: xmlNodePtr?, _ doc: xmlDocPtr?, _ extended: Int32) -> xmlNodePtr? {
  guard let node = unsafe node else { return nil }
  let t = unsafe node.pointee.type
  if t == XML_DOCUMENT_NODE || t == XML_DTD_NODE || t == XML_NAMESPACE_DECL { return nil }
  if t == XML_ATTRIBUTE_NODE {
    // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
    let attr = unsafe UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlAttr.self)
    guard let name = unsafe attr.pointee.name else { return nil }
    let value = unsafe nodeListString(attr.pointee.children)
    defer { unsafe CMemory.free(value) }
    return unsafe newProperty(nil, attr.pointee.ns, name, value, doc: doc).map { unsafe asNode($0) }
  }
  // A shallow copy reconciles only the namespaces of the node itself (and its attributes).
  let (d, id) = unsafe CTreeReader.document(ofNode: node, declaringOuterNamespaces: true, topOnly: extended != 1)
  guard id != nil else { return nil }
  var builder = CTreeBuilder(document: d, options: 0)
  guard let temp = unsafe builder.build(url: nil) else { return nil }
  defer { unsafe exported_xmlFreeDoc(temp) }
  guard let copy = unsafe temp.pointee.children else { return nil }
  unsafe exported_xmlUnlinkNode(copy)
  unsafe setTreeDoc(copy, doc)
  if extended != 1 {
    unsafe freeNodeList(copy.pointee.children, siblings: true)
    unsafe copy.pointee.children = nil
    unsafe copy.pointee.last = nil
  }
  if extended == 0, unsafe copy.pointee.type == XML_ELEMENT_NODE {
    // The node alone, as libxml2's: its name, without attributes, namespace declarations or
    // namespace (libxslt then gives the copy the namespace it finds in the result's scope).
    unsafe exported_xmlFreePropList(copy.pointee.properties)
    unsafe copy.pointee.properties = nil
    unsafe exported_xmlFreeNsList(copy.pointee.nsDef)
    unsafe copy.pointee.nsDef = nil
    unsafe copy.pointee.ns = nil
  }
  return unsafe copy
}

@_cdecl("xmlCopyNode")
public func exported_xmlCopyNode(_ node: xmlNodePtr?, _ extended: Int32) -> xmlNodePtr? {
  unsafe exported_xmlDocCopyNode(node, nil, extended)
}

/// A copy of a node and its following siblings, for `parent`'s document.
@_cdecl("xmlCopyNodeList")
public func exported_xmlCopyNodeList(_ node: xmlNodePtr?) -> xmlNodePtr? {
  var first: xmlNodePtr?, last: xmlNodePtr?
  var n = unsafe node
  while let x = unsafe n {
    if let c = unsafe exported_xmlDocCopyNode(x, x.pointee.doc, 1) {
      if let l = unsafe last { unsafe l.pointee.next = c; unsafe c.pointee.prev = l } else { unsafe first = c }
      unsafe last = c
    }
    unsafe n = x.pointee.next
  }
  return unsafe first
}

/// How many siblings of `cur` before it match, libxml2's way of numbering steps: `[n]` when
/// another sibling matches (before or after), nothing when `cur` is the only one.
func occurrence(_ cur: xmlNodePtr, _ same: (xmlNodePtr) -> Bool) -> Int {
  var count = 0
  var p = unsafe cur.pointee.prev
  while let x = unsafe p { if unsafe same(x) { count += 1 }; unsafe p = x.pointee.prev }
  if count > 0 { return count + 1 }
  var n = unsafe cur.pointee.next
  while let x = unsafe n { if unsafe same(x) { return 1 }; unsafe n = x.pointee.next }
  return 0
}

/// A path that selects `node` (`/doc/p[2]/text()`, `/doc/@id`), libxml2's `xmlGetNodePath`.
@_cdecl("xmlGetNodePath")
public func exported_xmlGetNodePath(_ node: xmlNodePtr?) -> UnsafeMutablePointer<xmlChar>? {
  guard let node = unsafe node else { return nil }
  var steps: [String] = []
  var cur: xmlNodePtr? = unsafe node
  while let x = unsafe cur {
    let t = unsafe x.pointee.type
    var step: String
    var index = 0
    switch t {
    case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
      unsafe cur = nil
      continue
    case XML_ELEMENT_NODE:
      // An element in the default namespace cannot be named in a path: libxml2 writes `*` and
      // numbers it among all its element siblings.
      let generic = unsafe x.pointee.ns != nil && x.pointee.ns.pointee.prefix == nil
      step = unsafe generic ? "*" : CTreeReader.qualifiedName(x.pointee.name, x.pointee.ns)
      index = unsafe occurrence(x) { y in
        guard unsafe y.pointee.type == XML_ELEMENT_NODE else { return false }
        if generic { return true }
        guard unsafe exported_xmlStrEqual(x.pointee.name, y.pointee.name) == 1 else { return false }
        if unsafe x.pointee.ns == y.pointee.ns { return true }
        guard let a = unsafe x.pointee.ns, let b = unsafe y.pointee.ns else { return false }
        return unsafe exported_xmlStrEqual(a.pointee.prefix, b.pointee.prefix) == 1
      }
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      step = "text()"
      index = unsafe occurrence(x) { y in unsafe y.pointee.type == XML_TEXT_NODE || y.pointee.type == XML_CDATA_SECTION_NODE }
    case XML_COMMENT_NODE:
      step = "comment()"
      index = unsafe occurrence(x) { y in unsafe y.pointee.type == XML_COMMENT_NODE }
    case XML_PI_NODE:
      step = unsafe "processing-instruction('\(CTreeReader.string(x.pointee.name))')"
      index = unsafe occurrence(x) { y in
        unsafe y.pointee.type == XML_PI_NODE && exported_xmlStrEqual(x.pointee.name, y.pointee.name) == 1
      }
    case XML_ATTRIBUTE_NODE:
      // SAFETY: a node of type XML_ATTRIBUTE_NODE is an xmlAttr.
      let a = unsafe UnsafeMutableRawPointer(x).assumingMemoryBound(to: xmlAttr.self)
      step = unsafe "@" + CTreeReader.qualifiedName(a.pointee.name, a.pointee.ns)
    default:
      return nil
    }
    if index > 0 { step += "[\(index)]" }
    steps.append(step)
    unsafe cur = x.pointee.parent
  }
  return unsafe CMemory.string("/" + steps.reversed().joined(separator: "/"))
}
