import LignumTokenizer

/// An XML document held as an arena: flat tables of nodes, names and bytes.
///
/// Nodes are rows of one table and are addressed by ``NodeID``; a ``Node`` is a cheap view
/// (document + id). Names are interned per document, so comparing two nodes' names is an integer
/// compare (``nameID(of:)``). Text lives in one byte store as UTF-8.
///
/// ```swift
/// let doc = try Document(parsing: Array("<greeting lang='en'>hello</greeting>".utf8))
/// let root = doc.root!
/// print(doc.name(of: root)!, doc.attribute(named: "lang", of: root)!, doc.textContent(of: root))
/// ```
///
/// `Document` is a value type: copies share storage until one of them is mutated. Removing a
/// node detaches it; its row stays in the table until the document is dropped. Teardown frees a
/// handful of arrays, whatever the depth of the tree.
public struct Document: Sendable {
  @usableFromInline var nodes: [NodeRecord]
  var namespaceRecords: [NamespaceRecord] = []
  @usableFromInline var nameRecords: [NameRecord] = []
  var nameIDs: [NameRecord: UInt32] = [:]
  /// The qualified name (`p:local`) of each name id.
  var qualifiedNames: [String] = []
  var strings: [String] = [""]
  var stringIDs: [String: UInt32] = ["": 0]
  @usableFromInline var bytes: [UInt8] = []
  /// Attribute values that referenced unsubstituted entities, as text and references, for
  /// serialization (their expanded value is the attribute's content as usual).
  var attributeValueParts: [UInt32: [AttributeValuePart]] = [:]
  /// Processing instructions written `<?target ?>`: white space but no data after the target
  /// (libxml2 keeps empty content there, and no content for `<?target?>`, and writes them so).
  var processingInstructionsWithEmptyData: Set<UInt32> = []
  /// Elements written `<a></a>`: no content, but an end tag (the rare case; an element without
  /// children and not here was written `<a/>`). libxml2's reader tells the two apart.
  var elementsWithEmptyContent: Set<UInt32> = []
  /// `true` until a mutation links a node somewhere: then row order is no longer document order.
  var rowsInDocumentOrder = true
  /// `true` until a node is created or detached by a mutation: every row is then in the tree and
  /// the rows run in preorder, so a subtree is a run of consecutive rows.
  @usableFromInline var rowsInPreorder = true

  /// The XML declaration, if the document had one.
  public var xmlDeclaration: XMLDeclaration?
  /// The document type declaration, if any; a ``NodeKind/documentType`` node marks its place.
  public var doctype: DoctypeDeclaration?
  /// Where the document was read from (its file path), if known.
  public var baseURI: String?
  /// What the parser reported without stopping: warnings, and in recover mode the errors it
  /// recovered from (see `PullParser.warnings`).
  public var parseWarnings: [XMLSyntaxError] = []

  /// An empty document: only the document node.
  public init() {
    nodes = [NodeRecord(kind: .document)]
  }

  /// The number of rows in the node table (detached nodes included).
  public var nodeCount: Int { nodes.count }

  /// The document element, if there is one.
  public var root: NodeID? {
    var c = nodes[0].firstChild
    while c != noNode {
      if nodes[Int(c)].kind == .element { return NodeID(raw: c) }
      c = nodes[Int(c)].nextSibling
    }
    return nil
  }

  /// The node with this id, as a navigation view.
  public subscript(id: NodeID) -> Node { Node(document: self, id: id) }

  // MARK: interning

  /// The id of `s` in the string pool, adding it if needed.
  mutating func intern(_ s: String) -> UInt32 {
    if let id = stringIDs[s] { return id }
    let id = UInt32(strings.count)
    strings.append(s)
    stringIDs[s] = id
    return id
  }

  /// The id of the name `qualified` with the given parts, adding it if needed.
  mutating func internName(qualified: String, prefix: String?, local: String, namespaceURI: String?) -> UInt32 {
    let record = NameRecord(prefix: prefix.map { intern($0) } ?? noNode, local: intern(local),
                            namespaceURI: namespaceURI.map { intern($0) } ?? noNode)
    if let id = nameIDs[record] { return id }
    let id = UInt32(nameRecords.count)
    nameRecords.append(record)
    qualifiedNames.append(qualified)
    nameIDs[record] = id
    return id
  }

  /// Splits `p:local` at its first colon.
  static func split(_ qualified: String) -> (prefix: String?, local: String) {
    guard let colon = qualified.firstIndex(of: ":") else { return (nil, qualified) }
    return (String(qualified[..<colon]), String(qualified[qualified.index(after: colon)...]))
  }

  // MARK: rows

  /// Appends a row and returns its id.
  mutating func addNode(_ record: NodeRecord) -> UInt32 {
    precondition(nodes.count < Int(noNode), "too many nodes for 32-bit node ids")
    nodes.append(record)
    return UInt32(nodes.count - 1)
  }

  /// Appends `content` to the byte store; returns its start and length.
  mutating func store<C: Collection>(_ content: C) -> (UInt32, UInt32) where C.Element == UInt8 {
    let start = bytes.count
    bytes.append(contentsOf: content)
    precondition(bytes.count <= Int(UInt32.max), "text store exceeds 4 GiB")
    return (UInt32(start), UInt32(bytes.count - start))
  }

  /// The content bytes of a text-like node (text, CDATA, comment, PI data, attribute value).
  public func contentBytes(of id: NodeID) -> ArraySlice<UInt8> {
    let r = nodes[id.index]
    switch r.kind {
    case .text, .cdata, .comment, .processingInstruction, .attribute:
      return bytes[Int(r.a)..<Int(r.a) + Int(r.b)]
    default:
      return []
    }
  }

  /// Links `child` (detached) as the last child of `parent`.
  mutating func link(_ child: UInt32, lastChildOf parent: UInt32) {
    let last = nodes[Int(parent)].lastChild
    nodes[Int(child)].parent = parent
    nodes[Int(child)].previousSibling = last
    nodes[Int(child)].nextSibling = noNode
    if last == noNode { nodes[Int(parent)].firstChild = child } else { nodes[Int(last)].nextSibling = child }
    nodes[Int(parent)].lastChild = child
  }
}

/// A piece of an attribute value as libxml2 keeps it when entities are not substituted.
enum AttributeValuePart: Hashable, Sendable {
  case text([UInt8])
  case entityReference(String)
}
