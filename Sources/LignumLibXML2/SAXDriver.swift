import CLignumLibXML2
import LignumTokenizer

/// Delivers a document's tokenizer events to a context's SAX callbacks, as libxml2's parser
/// calls them (startDocument, internalSubset, startElementNs with namespaces and attributes,
/// characters, cdataBlock, comment, processingInstruction, reference, endElementNs,
/// endDocument), with `userData` as their context argument. Errors go to the structured
/// callback or the fatalError one, and stop the callbacks. Returns whether it was well-formed.
@safe struct SAXDriver {
  let ctxt: xmlParserCtxtPtr
  let sax: xmlSAXHandlerPtr

  init(ctxt: xmlParserCtxtPtr, sax: xmlSAXHandlerPtr) { unsafe self.ctxt = ctxt; unsafe self.sax = sax }

  var user: UnsafeMutableRawPointer? { unsafe ctxt.pointee.userData ?? UnsafeMutableRawPointer(ctxt) }

  /// Runs `body` with NUL-terminated copies of the strings (nil stays NULL), valid for the call.
  func withCStrings<R>(_ strings: [[UInt8]?], _ body: ([UnsafePointer<xmlChar>?]) -> R) -> R {
    let copies = unsafe strings.map { s in unsafe s.flatMap { unsafe CMemory.string($0) } }
    defer { for unsafe c in unsafe copies { unsafe CMemory.free(c) } }
    return unsafe body(copies.map { unsafe $0.map { unsafe UnsafePointer($0) } })
  }

  func run(_ parser: inout PullParser, url: String?, options: Int32) -> Bool {
    var skipDepth = 0
    var captures: [EntityCapture] = []
    // A parse that stops inside an entity (an error, xmlStopParser) leaves its captures open:
    // their placeholders are freed and the context's node restored, innermost first.
    defer { while let capture = captures.popLast() { capture.abandon(driver: self) } }
    var started = false
    // The parser's problems reported so far; after a recovered well-formedness error without
    // XML_PARSE_RECOVER, libxml2 turns the callbacks off but goes on reporting errors.
    var delivered = 0
    var wellFormed = true
    let recovering = options & ParserOption.recover != 0
    func deliverNewWarnings(_ parser: PullParser) {
      let warnings = parser.warnings
      while delivered < warnings.count {
        deliver(warnings[delivered], url: url, options: options, fatal: false)
        if warnings[delivered].isRecoveredFatalError {
          wellFormed = false
          unsafe ctxt.pointee.wellFormed = 0
        }
        delivered += 1
      }
    }
    func start(_ parser: PullParser) {
      guard !started else { return }
      started = true
      if let decl = parser.xmlDeclaration {
        unsafe CMemory.free(UnsafeMutableRawPointer(mutating: ctxt.pointee.version))
        unsafe CMemory.free(UnsafeMutableRawPointer(mutating: ctxt.pointee.encoding))
        unsafe ctxt.pointee.version = UnsafePointer(CMemory.string(decl.version))
        unsafe ctxt.pointee.encoding = decl.encoding.flatMap { unsafe UnsafePointer(CMemory.string($0)) }
        unsafe ctxt.pointee.standalone = decl.standalone.map { $0 ? 1 : 0 } ?? -2
      } else {
        unsafe ctxt.pointee.standalone = -1
      }
      unsafe sax.pointee.startDocument?(user)
      if let doc = unsafe ctxt.pointee.myDoc, let url, unsafe doc.pointee.URL == nil {
        unsafe doc.pointee.URL = UnsafePointer(CMemory.string(url))
      }
    }
    while true {
      let event: Event
      do { event = try parser.next() } catch {
        if wellFormed { start(parser) }
        deliverNewWarnings(parser)
        fail(error, url: url, options: options)
        if !wellFormed && !recovering { unsafe ctxt.pointee.disableSAX = 1 }
        return false
      }
      // A callback called xmlStopParser: no more events.
      if unsafe ctxt.pointee.disableSAX != 0 { return false }
      // Problems are reported before the event they were found in, except the DTD's (failed
      // loads of the external subset), which libxml2 meets after its internalSubset callback.
      var isDoctype = false
      if case .doctype = event { isDoctype = true }
      if !isDoctype { deliverNewWarnings(parser) }
      if !wellFormed && !recovering {
        if case .endDocument = event {
          unsafe ctxt.pointee.disableSAX = 1
          return false
        }
        continue
      }
      lignumSetSAXLine(Int32(clamping: parser.position.line))
      if case .xmlDeclaration = event { continue }
      start(parser)
      if skipDepth > 0 {
        if case .startEntity = event { skipDepth += 1 }
        if case .endEntity = event { skipDepth -= 1 }
        continue
      }
      switch event {
      case .xmlDeclaration:
        break
      case .doctype:
        defer { deliverNewWarnings(parser) }
        guard let dt = parser.doctype else { break }
        unsafe withCStrings([Array(dt.name.utf8), dt.publicID.map { Array($0.utf8) }, dt.systemID.map { Array($0.utf8) }]) { s in
          unsafe sax.pointee.internalSubset?(user, s[0], s[1], s[2])
        }
        if let doc = unsafe ctxt.pointee.myDoc, let dtd = unsafe doc.pointee.intSubset {
          let key = UInt(bitPattern: dtd)
          parsedDoctypes.withLock { $0[key] = dt }
        }
        deliverDeclarations(of: dt, url: url)
      case .startElement(let tag):
        startElement(tag, parser)
      case .endElement(let name):
        let local = Array(parser.bytes(name.local))
        let prefix = name.prefix.map { Array(parser.bytes($0)) }
        let uri = name.namespaceURI.map { Array(parser.bytes($0)) }
        unsafe withCStrings([local, prefix, uri]) { s in unsafe sax.pointee.endElementNs?(user, s[0], s[1], s[2]) }
      case .text(let r):
        let bytes = Array(parser.bytes(r))
        unsafe bytes.withUnsafeBufferPointer { p in unsafe sax.pointee.characters?(user, p.baseAddress, Int32(p.count)) }
      case .cdata(let r):
        let bytes = Array(parser.bytes(r))
        if let cdata = unsafe sax.pointee.cdataBlock {
          unsafe bytes.withUnsafeBufferPointer { p in unsafe cdata(user, p.baseAddress, Int32(p.count)) }
        } else {
          unsafe bytes.withUnsafeBufferPointer { p in unsafe sax.pointee.characters?(user, p.baseAddress, Int32(p.count)) }
        }
      case .comment(let r):
        unsafe withCStrings([Array(parser.bytes(r))]) { s in unsafe sax.pointee.comment?(user, s[0]) }
      case .processingInstruction(let target, let data):
        // `<?t?>` has no data (NULL), `<?t ?>` empty data, as libxml2 reports them.
        let d = parser.bytes(data)
        let hasData = !d.isEmpty || data.start != target.end
        unsafe withCStrings([Array(parser.bytes(target)), hasData ? Array(d) : nil]) { s in
          unsafe sax.pointee.processingInstruction?(user, s[0], s[1])
        }
      case .startEntity(let name):
        // Without substitution libxml2 reports the reference and not the entity's content,
        // except on an entity's first reference: its content is delivered then, into a
        // placeholder node, and becomes the entity's parsed content (see EntityCapture).
        let nameBytes = Array(parser.bytes(name))
        if let capture = EntityCapture.begin(nameBytes, driver: self) {
          captures.append(capture)
        } else {
          unsafe withCStrings([nameBytes]) { s in unsafe sax.pointee.reference?(user, s[0]) }
          skipDepth = 1
        }
      case .endEntity:
        if let capture = captures.popLast() { capture.finish(driver: self) }
      case .endDocument:
        unsafe sax.pointee.endDocument?(user)
        return wellFormed
      }
    }
  }

  /// An attribute value as libxml2 hands it to SAX when entities are not substituted: `&` from
  /// a reference as `&#38;` and unexpanded references as `&name;` (the SAX2 handler reads them
  /// back into text and entity-reference nodes).
  func saxValue(_ a: AttributeRef, _ parser: PullParser) -> [UInt8] {
    let substituted = unsafe ctxt.pointee.replaceEntities != 0
    if substituted { return Array(parser.bytes(a.value)) }
    func escaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
      var out: [UInt8] = []
      for b in bytes { if b == 0x26 { out += Array("&#38;".utf8) } else { out.append(b) } }
      return out
    }
    guard let segments = a.segments else { return escaped(parser.bytes(a.value)) }
    var out: [UInt8] = []
    for segment in parser.attributeSegments[segments] {
      switch segment {
      case .text(let r): out += escaped(parser.bytes(r))
      case .entityReference(let name): out += [0x26] + Array(parser.bytes(name)) + [0x3B]
      }
    }
    return out
  }

  /// startElementNs with libxml2's arrays: namespaces as (prefix, URI) pairs, attributes as
  /// (localname, prefix, URI, value, value end) with the defaulted ones last.
  func startElement(_ tag: StartTag, _ parser: PullParser) {
    var strings: [[UInt8]?] = []
    let local = Array(parser.bytes(tag.name.local))
    strings.append(local)
    strings.append(tag.name.prefix.map { Array(parser.bytes($0)) })
    strings.append(tag.name.namespaceURI.map { Array(parser.bytes($0)) })
    let declarations = parser.namespaceDeclarations[tag.namespaceDeclarations]
    for d in declarations {
      strings.append(d.prefix.map { Array(parser.bytes($0)) })
      strings.append(Array(parser.bytes(d.uri)))
    }
    let attributes = parser.attributes[tag.attributes].sorted { $0.isSpecified && !$1.isSpecified }
    let defaulted = attributes.filter { !$0.isSpecified }.count
    var valueLengths: [Int] = []
    for a in attributes {
      strings.append(Array(parser.bytes(a.name.local)))
      strings.append(a.name.prefix.map { Array(parser.bytes($0)) })
      strings.append(a.name.namespaceURI.map { Array(parser.bytes($0)) })
      let v = saxValue(a, parser)
      valueLengths.append(v.count)
      strings.append(v)
    }
    unsafe withCStrings(strings) { s in
      var namespaces: [UnsafePointer<xmlChar>?] = unsafe Array(s[3..<(3 + 2 * declarations.count)])
      var values: [UnsafePointer<xmlChar>?] = unsafe []
      var k = 3 + 2 * declarations.count
      for count in valueLengths {
        let value = unsafe s[k + 3]
        unsafe values += [s[k], s[k + 1], s[k + 2], value, value.map { unsafe $0 + count }]
        k += 4
      }
      unsafe namespaces.withUnsafeMutableBufferPointer { ns in
        unsafe values.withUnsafeMutableBufferPointer { attrs in
          unsafe sax.pointee.startElementNs?(user, s[0], s[1], s[2], Int32(declarations.count), ns.baseAddress,
                                             Int32(attributes.count), Int32(defaulted), attrs.baseAddress)
        }
      }
    }
  }

  /// Reports a problem as libxml2's parser does for a SAX parse: to the handler's structured
  /// callback, else the program's global structured handler, else the handler's fatalError (or
  /// warning) callback, which the default handler points at the generic error output.
  func deliver(_ error: XMLSyntaxError, url: String?, options: Int32, fatal: Bool) {
    record(error, file: url, fatal: fatal)
    // libxml2 keeps each problem in the context too (lxml judges the document by its level).
    // SAFETY: ctxt is the live context this driver parses for; xmlCopyError frees and replaces
    // the strings of its embedded lastError.
    if let last = unsafe xmlGetLastError() { _ = unsafe xmlCopyError(last, &ctxt.pointee.lastError) }
    if !error.isWarning { unsafe ctxt.pointee.errNo = error.code.rawValue }
    if error.isNamespaceError && !error.isWarning { unsafe ctxt.pointee.nsWellFormed = 0 }
    if unsafe sax.pointee.initialized == 0xDEEDBEAF, let structured = unsafe sax.pointee.serror {
      unsafe structured(user, xmlGetLastError())
      return
    }
    if lignumCallStructuredHandler() != 0 { return }
    let warningsOn = options & ParserOption.noWarning == 0
    guard let text = reportText(error, file: url, fatal: fatal, warnings: warningsOn) else { return }
    if !fatal && (error.code == .ioLoadError || error.isWarning) {
      if warningsOn { unsafe lignumSAXWarning(sax, user, text) }
    } else if options & ParserOption.noError == 0 {
      unsafe lignumSAXFatalError(sax, user, text)
    }
  }

  /// A fatal error: reported, and the context marked not well-formed.
  func fail(_ error: XMLSyntaxError, url: String?, options: Int32) {
    deliver(error, url: url, options: options, fatal: true)
    unsafe ctxt.pointee.wellFormed = 0
    unsafe ctxt.pointee.errNo = error.code.rawValue
  }
}
