import LignumTokenizer

/// What a ``TreeBuilder`` needs from a parser to read an event's payload.
/// ``PullParser`` and ``PushParser`` conform.
public protocol EventSource {
  func bytes(_ range: TextRange) -> ArraySlice<UInt8>
  var attributes: [AttributeRef] { get }
  var namespaceDeclarations: [NamespaceDeclarationRef] { get }
  var attributeSegments: [AttributeSegment] { get }
  var xmlDeclaration: XMLDeclaration? { get }
  var doctype: DoctypeDeclaration? { get }
}

extension PullParser: EventSource {}
extension PushParser: EventSource {}

/// Builds a ``Document`` from tokenizer events, one at a time, so that a pull loop or a push
/// parser can feed it.
///
/// ```swift
/// var parser = PullParser(bytes: input)
/// var builder = TreeBuilder()
/// while true {
///   let event = try parser.next()
///   try builder.handle(event, from: parser)
///   if event == .endDocument { break }
/// }
/// let doc = builder.document
/// ```
/// Adjacent text (and adjacent CDATA) is merged into one node, as libxml2 does. With entities
/// not substituted, ``Event/startEntity(name:)`` … ``Event/endEntity`` becomes an entity
/// reference node holding the content. Nothing here recurses: depth costs one stack entry.
public struct TreeBuilder {
  /// The tree built so far. After an error it holds everything up to the error (recover mode).
  public private(set) var document = Document()
  /// Drop whitespace-only text the way libxml2 does with `xmlKeepBlanksDefault(0)` (what
  /// `xmllint --format` and `--noblanks` use): by the DTD's content model when the element is
  /// declared, else by libxml2's heuristic. `xml:space="preserve"` keeps it.
  ///
  /// Default: `true`
  public var keepBlankText: Bool
  var current: UInt32 = 0
  /// `xml:space` per open element: -1 unspecified, 0 `default`, 1 `preserve`, and libxml2's
  /// -2: unspecified, but the element already got text that was not ignorable whitespace.
  var space: [Int8] = []
  var pendingBlank: [UInt8]? = nil
  /// Per open element: written `<a>`…`</a>` rather than `<a/>`.
  var endTagWritten: [Bool] = []
  /// Name ids by the bytes of the name, for names seen before.
  var nameCache = NameCache()

  public init(keepBlankText: Bool = true) { self.keepBlankText = keepBlankText }

  /// Reserves the tables for a document of `count` input bytes, so that building does not
  /// copy them as they grow. Large reservations are mapped lazily: capacity that stays unused
  /// costs address space, not memory.
  public mutating func reserveCapacity(forInputBytes count: Int) {
    // Typical documents need one row per 10 to 25 input bytes and text of half the input;
    // denser ones grow from there (by doubling, as without the reservation).
    document.nodes.reserveCapacity(max(16, count / 8))
    document.bytes.reserveCapacity(max(64, count / 2))
  }

  /// Adds one event's worth of nodes.
  /// - Throws: ``XMLSyntaxError`` (limit `textLength`) when the text store would pass 4 GiB.
  public mutating func handle(_ event: Event, from source: some EventSource) throws(XMLSyntaxError) {
    if pendingBlank != nil {
      if case .text = event {} else { try resolvePendingBlank(before: event) }
    }
    switch event {
    case .xmlDeclaration:
      document.xmlDeclaration = source.xmlDeclaration
    case .doctype:
      document.doctype = source.doctype
      let id = document.addNode(NodeRecord(kind: .documentType))
      document.link(id, lastChildOf: current)
    case .startElement(let tag):
      try startElement(tag, from: source)
    case .endElement, .endEntity:
      if current != 0 {
        if document.nodes[Int(current)].kind == .element {
          space.removeLast()
          if endTagWritten.removeLast() && document.nodes[Int(current)].firstChild == noNode {
            document.elementsWithEmptyContent.insert(current)
          }
        }
        current = document.nodes[Int(current)].parent
      }
    case .text(let r):
      let bytes = source.bytes(r)
      let mode = space.last ?? -1
      if !keepBlankText && mode != 1 && mode != -2 && bytes.allSatisfy(Self.isBlank) {
        pendingBlank = (pendingBlank ?? []) + bytes
      } else {
        if let blank = pendingBlank { pendingBlank = nil; try addContent(.text, blank); markMixed() }
        try addContent(.text, bytes)
        // libxml2 marks the element mixed when text starting with a blank (its fast path) or
        // holding non-ASCII (its slow path) was delivered.
        if let first = bytes.first, Self.isBlank(first) || bytes.contains(where: { $0 >= 0x80 }) { markMixed() }
      }
    case .cdata(let r):
      try addContent(.cdata, source.bytes(r))
    case .comment(let r):
      try addLeaf(.comment, name: nil, source.bytes(r))
    case .processingInstruction(let target, let data):
      try addLeaf(.processingInstruction, name: String(decoding: source.bytes(target), as: UTF8.self), source.bytes(data))
      if data.isEmpty && data.start != target.end {
        document.processingInstructionsWithEmptyData.insert(UInt32(document.nodes.count - 1))
      }
    case .startEntity(let name):
      let id = document.addEntityReference(String(decoding: source.bytes(name), as: UTF8.self))
      document.link(id.raw, lastChildOf: current)
      current = id.raw
    case .endDocument:
      break
    }
  }

  mutating func markMixed() {
    if space.last == -1 { space[space.count - 1] = -2 }
  }

  static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  mutating func startElement(_ tag: StartTag, from source: some EventSource) throws(XMLSyntaxError) {
    var r = NodeRecord(kind: .element)
    r.name = internName(tag.name, from: source)
    let id = document.addNode(r)
    document.link(id, lastChildOf: current)
    var inherited = space.last ?? -1
    if inherited == -2 { inherited = -1 }
    let attributes = source.attributes
    var last = noNode
    for i in tag.attributes {
      let ref = attributes[i]
      var a = NodeRecord(kind: .attribute)
      a.name = internName(ref.name, from: source)
      let value = source.bytes(ref.value)
      (a.a, a.b) = try store(value)
      a.parent = id
      a.previousSibling = last
      let aid = document.addNode(a)
      if let segments = ref.segments {
        // Without entity substitution libxml2 keeps `&name;` in the attribute (it serializes so).
        document.attributeValueParts[aid] = source.attributeSegments[segments].map { s in
          switch s {
          case .text(let r): return .text(Array(source.bytes(r)))
          case .entityReference(let n): return .entityReference(String(decoding: source.bytes(n), as: UTF8.self))
          }
        }
      }
      if last == noNode { document.nodes[Int(id)].a = aid } else { document.nodes[Int(last)].nextSibling = aid }
      last = aid
      if ref.name.qualified.count == 9 && source.bytes(ref.name.qualified).elementsEqual("xml:space".utf8) {
        if value.elementsEqual("preserve".utf8) { inherited = 1 } else if value.elementsEqual("default".utf8) { inherited = 0 }
      }
    }
    let declarations = source.namespaceDeclarations
    var lastNS = noNode
    for i in tag.namespaceDeclarations {
      let d = declarations[i]
      let prefix = d.prefix.map { document.intern(String(decoding: source.bytes($0), as: UTF8.self)) } ?? noNode
      let uri = document.intern(String(decoding: source.bytes(d.uri), as: UTF8.self))
      document.namespaceRecords.append(NamespaceRecord(prefix: prefix, uri: uri))
      let n = UInt32(document.namespaceRecords.count - 1)
      if lastNS == noNode { document.nodes[Int(id)].b = n } else { document.namespaceRecords[Int(lastNS)].next = n }
      lastNS = n
    }
    space.append(inherited)
    endTagWritten.append(!tag.isEmptyElementTag)
    current = id
  }

  mutating func internName(_ name: NameRef, from source: some EventSource) -> UInt32 {
    let qualifiedBytes = source.bytes(name.qualified)
    let uriBytes = name.namespaceURI.map { source.bytes($0) }
    let hash = NameCache.hash(qualifiedBytes, uriBytes)
    if let id = nameCache.lookup(qualifiedBytes, uriBytes, hash: hash) { return id }
    let id = internNameAsStrings(name, from: source)
    nameCache.insert(qualifiedBytes, uriBytes, hash: hash, id: id)
    return id
  }

  mutating func internNameAsStrings(_ name: NameRef, from source: some EventSource) -> UInt32 {
    let qualified = String(decoding: source.bytes(name.qualified), as: UTF8.self)
    let prefix = name.prefix.map { String(decoding: source.bytes($0), as: UTF8.self) }
    let local = name.prefix == nil ? qualified : String(decoding: source.bytes(name.local), as: UTF8.self)
    let uri = name.namespaceURI.map { String(decoding: source.bytes($0), as: UTF8.self) }
    return document.internName(qualified: qualified, prefix: prefix, local: local, namespaceURI: uri)
  }

  mutating func store(_ content: some Collection<UInt8>) throws(XMLSyntaxError) -> (UInt32, UInt32) {
    guard document.bytes.count + content.count <= Int(UInt32.max) else {
      var error = XMLSyntaxError(.internalError, "document text exceeds 4 GiB", file: document.baseURI)
      error.limit = .textLength
      throw error
    }
    return document.store(content)
  }

  /// Text or CDATA: merged into the previous sibling when it is of the same kind.
  mutating func addContent(_ kind: NodeKind, _ content: some Collection<UInt8>) throws(XMLSyntaxError) {
    let last = document.nodes[Int(current)].lastChild
    if last != noNode {
      let r = document.nodes[Int(last)]
      if r.kind == kind && Int(r.a) + Int(r.b) == document.bytes.count {
        let (_, n) = try store(content)
        document.nodes[Int(last)].b += n
        return
      }
    }
    try addLeaf(kind, name: nil, content)
  }

  mutating func addLeaf(_ kind: NodeKind, name: String?, _ content: some Collection<UInt8>) throws(XMLSyntaxError) {
    var r = NodeRecord(kind: kind)
    if let name { r.name = document.internName(qualified: name, prefix: nil, local: name, namespaceURI: nil) }
    (r.a, r.b) = try store(content)
    let id = document.addNode(r)
    document.link(id, lastChildOf: current)
  }

  /// After the input ended inside an element (recover mode): whitespace read last is kept, as
  /// libxml2 keeps blanks that nothing follows.
  public mutating func inputEndedInsideElement() {
    guard let blank = pendingBlank else { return }
    pendingBlank = nil
    try? addContent(.text, blank)
    markMixed()
  }

  /// libxml2's `areBlanks()`: is the pending whitespace ignorable, given what follows it?
  mutating func resolvePendingBlank(before event: Event) throws(XMLSyntaxError) {
    guard let blank = pendingBlank else { return }
    pendingBlank = nil
    if !isIgnorable(before: event) { try addContent(.text, blank); markMixed() }
  }

  func isIgnorable(before event: Event) -> Bool {
    let node = document.nodes[Int(current)]
    guard node.kind == .element, let mode = space.last, mode != 1 && mode != -2 else { return false }
    if let decl = document.doctype?.elements[document.qualifiedNames[Int(node.name)]] {
      switch decl.content {
      case .empty, .children: return true
      case .any, .mixed: return false
      }
    }
    let isEndTag: Bool
    switch event {
    case .startElement, .comment, .processingInstruction, .cdata: isEndTag = false
    case .endElement: isEndTag = true
    default: return false        // the next character is not '<'
    }
    if node.firstChild == noNode { return !isEndTag }
    if document.nodes[Int(node.lastChild)].kind == .text { return false }
    if document.nodes[Int(node.firstChild)].kind == .text { return false }
    return true
  }
}
