import LignumKernel

/// The tokenizer's state machine. It does no I/O: fronts hand it bytes with ``feed(_:isFinal:)``
/// and take events with ``next()``, which returns `nil` when it needs more input.
///
/// ```
///  start ──XMLDecl?──▶ prolog ──DOCTYPE?──▶ prolog ──root start tag──▶ content ──root end tag──▶ epilog ──▶ done
///                       (Misc)                (Misc)                   (entities push inputs)   (Misc)
/// ```
/// Inputs form a stack: the document at the bottom, the replacement text of each entity being
/// expanded above it. Only the document can be incomplete; a token never spans two inputs.
struct Tokenizer {
  enum Mode { case start, prolog, content, epilog, done }

  /// One entity (or the document) being read.
  struct Input {
    var bytes: [UInt8]
    var pos: Int
    /// The entity's name; `nil` for the document.
    var entity: String?
    /// Open elements when the entity started: its content must close exactly those it opens.
    var depthAtStart: Int
    /// Emit ``Event/endEntity`` when this input ends.
    var reportsBoundary: Bool
    var baseURI: String?
    var isExternal: Bool
  }

  var options: ParseOptions
  /// `options.limits`, kept apart: the scanners read it on every name and value.
  let limits: Limits
  var mode = Mode.start

  // The current input, unpacked for speed; `suspended` holds the ones below it.
  var buf: [UInt8] = []
  var pos = 0
  var current: Input
  var suspended: [Input] = []
  var documentFinal = false
  /// The document came in one piece, final at its first feed.
  var documentGivenWhole = false
  var fedBefore = false
  var decoder: InputDecoder

  // Position bookkeeping of the document input (bytes dropped from the front of its buffer).
  var droppedBytes = 0
  var droppedLines = 0
  var droppedLastLineStart = 0
  /// Line feeds are counted up to `countedOffset` of the document buffer, as the parser moves
  /// on, so that positions cost nothing per event: `countedLines` line feeds precede it and
  /// its line starts at the absolute offset `countedLineStart`.
  var countedOffset = 0
  var countedLines = 0
  var countedLineStart = 0
  var tokenStart = 0
  /// Do not rescan a partial token until the unparsed tail has grown past this length.
  var retryTailLength = 0

  // Event payload storage, reset at every event.
  var scratch: [UInt8] = []
  /// Where the current event's payload starts in `scratch`.
  var eventStart = 0
  var attributes: [AttributeRef] = []
  var attributeSegments: [AttributeSegment] = []
  var namespaceDeclarations: [NamespaceDeclarationRef] = []
  var xmlDeclaration: XMLDeclaration?
  var doctype: DoctypeDeclaration? {
    didSet { hasAttributeListDeclarations = doctype.map { !$0.attributeLists.isEmpty } ?? false }
  }
  /// The doctype declares attribute lists (start tags need not look them up otherwise).
  var hasAttributeListDeclarations = false
  /// The payload of the last ``Token/startElement`` and ``Token/endElement``.
  var startTag = StartTag(name: NameRef(qualified: .empty, prefix: nil, local: .empty, namespaceURI: nil),
                          attributes: 0..<0, namespaceDeclarations: 0..<0, isEmptyElementTag: false)
  var endName = NameRef(qualified: .empty, prefix: nil, local: .empty, namespaceURI: nil)

  // Open elements: their qualified names live in `nameStore`, or stay where they are in a
  // document given whole (see `openElementName`).
  struct OpenElement {
    /// Where the name starts: in the document's buffer when `nameInDocument`, else in `nameStore`.
    var nameStart: Int
    var nameInDocument: Bool
    /// Written with a prefix that is not bound (recovered namespace error): it has no namespace.
    var prefixUnbound = false
    var nameLength: Int
    /// Where the written prefix ends in the name, or -1.
    var colon: Int
    var namespaceCount: Int
    /// Offset of the start tag in the document (for "… line N and …" messages).
    var documentOffset: Int
  }
  var elementStack: [OpenElement] = []
  var nameStore: [UInt8] = []
  /// Where the last name `scanName` read in bulk had its first colon, and how many it had;
  /// `nil` when it was read character by character.
  var lastNameColons: (first: Int, count: Int)?
  /// Where each `xmlns`/`xmlns:…` attribute of the start tag being read ends in `buf`, in order:
  /// libxml2 reports a bad declaration there.
  var namespaceDeclarationEnds: [Int] = []
  /// A namespace binding in scope: its prefix (empty for the default namespace) and URI, as
  /// offsets in `namespaceStore`.
  struct NamespaceBinding {
    var prefixStart: Int
    var prefixEnd: Int
    var uriStart: Int
    var uriEnd: Int
  }
  /// In-scope namespace bindings, innermost last.
  var namespaceBindings: [NamespaceBinding] = []
  /// The prefixes and URIs of `namespaceBindings`, after the `xml` namespace's URI (always
  /// bound). Events name URIs by ranges in it, so a URI is copied once per declaration, not
  /// once per element; the bytes of bindings that went out of scope are dropped at the next
  /// event, since the end tag that closed them still names them.
  var namespaceStore: [UInt8] = xmlNamespaceURI
  var pendingEnd = false
  /// Problems that do not stop parsing (libxml2's warnings, and in recover mode the errors
  /// recovered from), in the order found.
  var warnings: [XMLSyntaxError] = []
  /// Whether the last text event had a character reference in it (validation: element
  /// content may hold white space, but not `&#32;`).
  var textHasCharacterReference = false
  /// General entity references in content replaced by their text so far (validation: an EMPTY
  /// element holding `&empty;` is invalid even when the reference leaves no event).
  var replacedEntityReferences = 0

  // DTD facts the content needs.
  /// The DTD has an external subset or parameter-entity references that were not all read, so
  /// undeclared entities are a validity matter, not a well-formedness error (§4.1 WFC: Entity Declared).
  var dtdHasUnreadParts = false
  var standalone = false
  /// Bytes produced by entity expansion so far, and document bytes read, for amplification.
  var expandedBytes = 0
  /// Cache of external parsed entities already loaded: name → decoded replacement text.
  var externalEntityCache: [String: (bytes: [UInt8], uri: String)] = [:]
  /// Full expanded size of internal general entities (nested references included), computed
  /// once, so that billion laughs is refused at its first reference, not after a megabyte.
  var expandedSizeCache: [String: Int] = [:]

  init(options: ParseOptions) {
    var options = options
    if options.defaultAttributes { options.loadExternalDTD = true }
    self.options = options
    limits = options.limits
    decoder = InputDecoder(forcedEncoding: options.forcedEncoding)
    current = Input(bytes: [], pos: 0, entity: nil, depthAtStart: 0, reportsBoundary: false,
                    baseURI: options.baseURI, isExternal: false)
  }

  static let needMore = XMLSyntaxError.Code(rawValue: -1)

  func error(_ code: XMLSyntaxError.Code, _ message: String) -> XMLSyntaxError { fail(code, message) }

  // MARK: feeding

  mutating func feed(_ bytes: [UInt8], isFinal: Bool) {
    if suspended.isEmpty {
      // Appending keeps the indices of the last event's borrowed payload valid.
      decoder.decode(bytes, isFinal: isFinal, into: &buf)
    } else {
      decoder.decode(bytes, isFinal: isFinal, into: &suspended[0].bytes)
    }
    if isFinal && !documentFinal && !fedBefore { documentGivenWhole = true }
    fedBefore = true
    if isFinal || decoder.error != nil { documentFinal = true }
  }

  /// The length of the `xml` namespace's URI, at the start of `namespaceStore` (a literal:
  /// reading a global costs a `swift_once` check on every event).
  static var xmlNamespaceURICount: Int { 36 }

  /// Drops consumed bytes from the front of the document buffer, keeping line counts.
  /// Called between events only, when no borrowed payload is live any more.
  @inline(__always)
  private mutating func compactDocumentBuffer() {
    // A document given whole (final at its first feed) is held by the caller anyway, and its
    // buffer may be the caller's array: dropping the front would copy the rest.
    guard !documentGivenWhole && pos > 65536 && pos * 2 > buf.count else { return }
    dropConsumedBytes()
  }

  private mutating func dropConsumedBytes() {
    advanceLineCount(to: pos)
    droppedLines = countedLines
    droppedLastLineStart = countedLineStart
    countedOffset = 0
    droppedBytes += pos
    buf.removeFirst(pos)
    tokenStart -= pos
    pos = 0
  }

  var isInDocument: Bool { suspended.isEmpty }
  /// Whether the current input is complete (an entity's text always is).
  var isFinalInput: Bool { !suspended.isEmpty || documentFinal }

  // MARK: events

  /// The next event, or `nil` when more input is needed.
  @inline(__always)
  mutating func next() throws(XMLSyntaxError) -> Event? {
    guard let token = try nextToken() else { return nil }
    switch token {
    case .startElement: return .startElement(startTag)
    case .endElement: return .endElement(endName)
    case .text(let r): return .text(r)
    case .cdata(let r): return .cdata(r)
    case .comment(let r): return .comment(r)
    case .processingInstruction(let target, let data): return .processingInstruction(target: target, data: data)
    case .startEntity(let name): return .startEntity(name: name)
    case .endEntity: return .endEntity
    case .xmlDeclaration: return .xmlDeclaration
    case .doctype: return .doctype
    case .endDocument: return .endDocument
    }
  }

  @inline(__always)
  private mutating func nextToken() throws(XMLSyntaxError) -> Token? {
    let liveNamespaceBytes = namespaceBindings.last?.uriEnd ?? Self.xmlNamespaceURICount
    if namespaceStore.count > liveNamespaceBytes { namespaceStore.removeSubrange(liveNamespaceBytes...) }
    // Payload bytes accumulate; ranges are absolute, so the buffer is emptied only now and then.
    if scratch.count > 1 << 16 { scratch.removeAll(keepingCapacity: true) }
    eventStart = scratch.count
    if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
    if !attributeSegments.isEmpty { attributeSegments.removeAll(keepingCapacity: true) }
    if !namespaceDeclarations.isEmpty { namespaceDeclarations.removeAll(keepingCapacity: true) }
    if pendingEnd {
      pendingEnd = false
      endName = popElement()
      return .endElement
    }
    if mode == .done { return .endDocument }
    if isInDocument {
      compactDocumentBuffer()
      if pos - countedOffset > 256 { advanceLineCount(to: pos) }
      if !documentFinal && buf.count - pos < retryTailLength { return nil }
    }
    let warningsBefore = warnings.count
    do {
      let event = try step()
      retryTailLength = 0
      return event
    } catch {
      guard error.code == Self.needMore else {
        mode = .done
        throw refinedByDecodingError(error)
      }
      // The token is read again when more input has come: so are its warnings.
      if warnings.count > warningsBefore { warnings.removeSubrange(warningsBefore...) }
      pos = tokenStart
      retryTailLength = max(1, (buf.count - pos) * 2)
      scratch.removeSubrange(eventStart...)
      attributes.removeAll(keepingCapacity: true)
      attributeSegments.removeAll(keepingCapacity: true)
      namespaceDeclarations.removeAll(keepingCapacity: true)
      return nil
    }
  }

  /// Scans until one event is ready.
  @inline(__always)
  private mutating func step() throws(XMLSyntaxError) -> Token {
    while true {
      tokenStart = pos
      if pos >= buf.count {
        if !suspended.isEmpty {
          if let event = try endOfEntity() { return event }
          continue
        }
        if !documentFinal { throw XMLSyntaxError(Self.needMore, "") }
        if decoder.error != nil { throw decodingError() }
        return try endOfDocument()
      }
      switch mode {
      case .start:
        if try startsWith("<?xml") {
          try need(6)
          if pos + 5 < buf.count && XMLChar.isSpace(buf[pos + 5]) {
            let event = try scanXMLDeclaration()
            mode = .prolog
            return event
          }
        }
        mode = .prolog
      case .prolog, .epilog:
        if let event = try scanMisc() { return event }
      case .content:
        if let event = try scanContent() { return event }
      case .done:
        return .endDocument
      }
    }
  }

  private mutating func endOfDocument() throws(XMLSyntaxError) -> Token {
    switch mode {
    case .start, .prolog:
      throw fail(.documentEmpty, "Start tag expected, '<' not found")
    case .content:
      let top = elementStack.last
      // libxml2 names an element written with a prefix by its local part here.
      let name = top.map { e in
        String(decoding: openElementName(e).dropFirst(options.namespaces && e.colon >= 0 ? e.colon + 1 : 0), as: UTF8.self)
      } ?? ""
      let startLine = top.map { $0.documentOffset >= droppedBytes ? position(ofDocumentOffset: $0.documentOffset - droppedBytes).line : 0 } ?? 0
      throw fail(.tagNotFinished, "Premature end of data in tag \(name) line \(startLine)")
    case .epilog, .done:
      mode = .done
      return .endDocument
    }
  }

  /// The current entity's text is used up: check it was balanced and resume the one below.
  private mutating func endOfEntity() throws(XMLSyntaxError) -> Token? {
    if elementStack.count != current.depthAtStart {
      throw fail(.notWellBalanced, "chunk is not well balanced")
    }
    let reports = current.reportsBoundary
    current = suspended.removeLast()
    buf = current.bytes
    pos = current.pos
    current.bytes = []
    return reports ? .endEntity : nil
  }

  /// Makes `text` the current input; the one being read is suspended.
  mutating func pushInput(_ text: [UInt8], entity: String, reportsBoundary: Bool, baseURI: String?, isExternal: Bool) {
    current.bytes = buf
    current.pos = pos
    suspended.append(current)
    current = Input(bytes: [], pos: 0, entity: entity, depthAtStart: elementStack.count,
                    reportsBoundary: reportsBoundary, baseURI: baseURI, isExternal: isExternal)
    buf = text
    pos = 0
  }

  /// Whether an entity of this name is being expanded (a reference to it now is a loop).
  func isExpanding(_ name: String) -> Bool {
    current.entity == name || suspended.contains { $0.entity == name }
  }

  var entityDepth: Int { suspended.count }

  // MARK: byte helpers

  /// Throws "need more input" (or nothing) unless `count` bytes are available at `pos`.
  @inline(__always)
  mutating func need(_ count: Int) throws(XMLSyntaxError) {
    if pos + count > buf.count && !(documentFinal || !suspended.isEmpty) { throw XMLSyntaxError(Self.needMore, "") }
  }

  /// Whether the input at `pos` starts with `literal`; waits for more input when undecided.
  mutating func startsWith(_ literal: String) throws(XMLSyntaxError) -> Bool {
    var i = pos
    for c in literal.utf8 {
      if i >= buf.count {
        if (documentFinal || !suspended.isEmpty) { return false }
        throw XMLSyntaxError(Self.needMore, "")
      }
      if buf[i] != c { return false }
      i += 1
    }
    return true
  }

  /// The byte at `pos + offset`, `nil` at the end of a final input; waits otherwise.
  @inline(__always)
  mutating func peek(_ offset: Int = 0) throws(XMLSyntaxError) -> UInt8? {
    let i = pos + offset
    if i < buf.count { return buf[i] }
    if (documentFinal || !suspended.isEmpty) { return nil }
    throw XMLSyntaxError(Self.needMore, "")
  }

  @inline(__always)
  mutating func skipSpaces() throws(XMLSyntaxError) -> Bool {
    if pos < buf.count && !XMLChar.isSpace(buf[pos]) { return false }
    return try skipSpacesSlowly()
  }

  mutating func skipSpacesSlowly() throws(XMLSyntaxError) -> Bool {
    let start = pos
    while true {
      guard let b = try peek() else { break }
      if !XMLChar.isSpace(b) { break }
      pos += 1
    }
    return pos > start
  }

  /// Event payloads live in one address space: ranges below `scratchBase` are bytes of the
  /// current input, borrowed as they stand; ranges from `scratchBase` on are bytes the
  /// tokenizer had to produce (references replaced, values normalized) in `scratch`; ranges
  /// from `namespaceBase` on are namespace URIs in scope, in `namespaceStore`.
  static let scratchBase = 1 << 40
  static let namespaceBase = 1 << 41

  /// The bytes of a payload range.
  @inline(__always)
  func payload(_ r: TextRange) -> ArraySlice<UInt8> { Self.slice(r, buf, scratch, namespaceStore) }

  /// ``payload(_:)`` for the scanners' hot paths. It is `mutating` only so that the call reads
  /// the tokenizer in place: for non-mutating calls from mutating code the optimizer copied
  /// the whole struct (hundreds of bytes and a dozen references) on every call.
  @inline(__always)
  mutating func payloadInPlace(_ r: TextRange) -> ArraySlice<UInt8> { Self.slice(r, buf, scratch, namespaceStore) }

  @inline(__always)
  static func slice(_ r: TextRange, _ input: [UInt8], _ scratch: [UInt8], _ namespaces: [UInt8]) -> ArraySlice<UInt8> {
    if r.start >= scratchBase {
      if r.start >= namespaceBase { return namespaces[(r.start - namespaceBase)..<(r.end - namespaceBase)] }
      return scratch[(r.start - scratchBase)..<(r.end - scratchBase)]
    }
    return input[r.start..<r.end]
  }

  /// One byte of the payload space.
  @inline(__always)
  mutating func payloadByte(_ i: Int) -> UInt8 {
    if i >= Self.scratchBase {
      return i >= Self.namespaceBase ? namespaceStore[i - Self.namespaceBase] : scratch[i - Self.scratchBase]
    }
    return buf[i]
  }

  /// A payload range over `scratch[start..<end]`.
  @inline(__always)
  func scratchRange(_ start: Int, _ end: Int) -> TextRange {
    TextRange(start: start + Self.scratchBase, end: end + Self.scratchBase)
  }

  /// A payload range over `buf[range]` (borrowed, no copy).
  @inline(__always)
  func inputRange(_ range: Range<Int>) -> TextRange { TextRange(start: range.lowerBound, end: range.upperBound) }

  func string(_ r: TextRange) -> String { String(decoding: payload(r), as: UTF8.self) }

  // MARK: positions and errors

  /// Counts the document's line feeds up to `offset` of its buffer (while it is being read).
  mutating func advanceLineCount(to offset: Int) {
    guard suspended.isEmpty, offset > countedOffset, offset <= buf.count else { return }
    let (lines, last) = ByteScan.countLineFeeds(buf.span, in: countedOffset..<offset)
    countedLines += lines
    if let last { countedLineStart = droppedBytes + last + 1 }
    countedOffset = offset
  }

  func position(ofDocumentOffset offset: Int) -> SourcePosition {
    let docBuf = suspended.isEmpty ? buf : suspended[0].bytes
    let end = min(offset, docBuf.count)
    // From the counted point when the offset is past it (the usual case), else from the start.
    let from = end >= countedOffset ? countedOffset : 0
    var line = (end >= countedOffset ? countedLines : droppedLines) + 1
    var lineStart = end >= countedOffset ? countedLineStart : droppedLastLineStart
    let (lines, last) = ByteScan.countLineFeeds(docBuf.span, in: from..<end)
    line += lines
    if let last { lineStart = droppedBytes + last + 1 }
    let absolute = droppedBytes + end
    return SourcePosition(line: line, column: absolute - lineStart + 1, offset: absolute)
  }

  /// Where the document is being read: inside an internal entity, at its reference.
  var documentOffset: Int {
    if suspended.isEmpty { return pos }
    return suspended[0].pos
  }

  func eventPosition() -> SourcePosition {
    position(ofDocumentOffset: suspended.isEmpty ? tokenStart : suspended[0].pos)
  }

  /// The decoder's error in libxml2's words for where it surfaced: a character that is not
  /// allowed reads as a missing root before the root, extra content after it, invalid PCDATA
  /// inside it.
  func decodingError() -> XMLSyntaxError {
    guard let e = decoder.error else { return fail(.internalError, "decoding error") }
    guard let c = decoder.invalidScalar else { return withRawLine(fail(e.code, e.message)) }
    switch mode {
    case .start, .prolog: return withRawLine(fail(.documentEmpty, "Start tag expected, '<' not found"))
    case .epilog, .done: return withRawLine(fail(.extraContent, "Extra content at the end of the document"))
    case .content: return withRawLine(fail(.invalidChar, "PCDATA invalid Char value \(c)"))
    }
  }

  /// The error's source line completed with the undecoded rest of the line.
  func withRawLine(_ error: XMLSyntaxError) -> XMLSyntaxError {
    var e = error
    let tail = String(decoding: decoder.errorLineTail, as: UTF8.self)
    if let line = e.sourceLine, !tail.isEmpty, !line.hasSuffix(tail) { e.sourceLine = line + tail }
    return e
  }

  /// A token cut short where the decoder found a character that is not allowed: say so, in
  /// libxml2's words where the token was an attribute value or a comment.
  func refinedByDecodingError(_ error: XMLSyntaxError) -> XMLSyntaxError {
    guard isInDocument, pos >= buf.count, let c = decoder.invalidScalar else { return error }
    switch error.code {
    case .attributeNotFinished: return withRawLine(fail(.invalidChar, "invalid character in attribute value"))
    case .commentNotFinished: return withRawLine(fail(.invalidChar, "xmlParseComment: invalid xmlChar value \(c)"))
    case .piNotFinished: return withRawLine(fail(.invalidChar, "xmlParsePI: invalid xmlChar value \(c)"))
    case .cdataNotFinished: return withRawLine(fail(.invalidChar, "PCDATA invalid Char value \(c)"))
    default: return withRawLine(error)
    }
  }

  /// Records a warning at the current position.
  mutating func warn(_ code: XMLSyntaxError.Code, _ message: String) {
    if warnings.count < 1000 { warnings.append(fail(code, message)) }
  }

  /// An error at the current position, with the source line for diagnostics.
  func fail(_ code: XMLSyntaxError.Code, _ message: String, limit: LimitKind? = nil) -> XMLSyntaxError {
    // Inside an external entity, report the position within it.
    if let ext = ([current] + suspended.reversed()).first(where: { $0.isExternal && $0.entity != nil }) {
      let bytes = ext.entity == current.entity ? buf : ext.bytes
      let at = ext.entity == current.entity ? pos : ext.pos
      var line = 1, lineStart = 0
      for i in 0..<min(at, bytes.count) where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
      var e = XMLSyntaxError(code, message, at: SourcePosition(line: line, column: at - lineStart + 1, offset: at),
                             file: ext.baseURI)
      e.sourceLine = Self.lineText(bytes, lineStart)
      e.limit = limit
      return e
    }
    let offset = documentOffset
    let p = position(ofDocumentOffset: offset)
    var e = XMLSyntaxError(code, message, at: p, file: options.baseURI)
    let docBuf = suspended.isEmpty ? buf : suspended[0].bytes
    e.sourceLine = Self.lineText(docBuf, max(0, p.offset - droppedBytes - (p.column - 1)))
    e.limit = limit
    return e
  }

  static func lineText(_ b: [UInt8], _ start: Int) -> String {
    guard start <= b.count else { return "" }
    var end = start
    while end < b.count && b[end] != 0x0A && end - start < 200 { end += 1 }
    return String(decoding: b[start..<end], as: UTF8.self)
  }
}
