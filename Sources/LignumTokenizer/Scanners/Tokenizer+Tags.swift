import LignumKernel

let xmlNamespaceURI: [UInt8] = Array("http://www.w3.org/XML/1998/namespace".utf8)
let xmlnsNamespaceURI: [UInt8] = Array("http://www.w3.org/2000/xmlns/".utf8)

extension Tokenizer {
  /// `STag ::= '<' Name (S Attribute)* S? '>'` and `EmptyElemTag ::= '<' Name (S Attribute)* S? '/>'`
  mutating func scanStartTag() throws(XMLSyntaxError) -> Token {
    pos += 1
    guard let nameRange = try scanName() else {
      throw fail(.nameRequired, "StartTag: invalid element name")
    }
    let elementColons = lastNameColons
    if options.namespaces && elementColons?.count != 0 { try checkQName(nameRange, colons: elementColons) }
    if !namespaceDeclarationEnds.isEmpty { namespaceDeclarationEnds.removeAll(keepingCapacity: true) }
    if elementStack.count >= limits.maxDepth {
      throw fail(.internalError, "Excessive depth in document: \(limits.maxDepth) use XML_PARSE_HUGE option", limit: .depth)
    }
    let qname = inputRange(nameRange)
    var isEmpty = false
    var seenNames = Set<[UInt8]>()
    // Where the tag's `>` or `/>` is: libxml2 reports a prefix that is not bound there.
    var closeAt = pos
    while true {
      let hadSpace = try skipSpaces()
      guard let b = try peek() else {
        throw fail(.gtRequired, "Couldn't find end of Start Tag \(string(qname)) line \(eventPosition().line)")
      }
      closeAt = pos
      if b == UInt8(ascii: ">") { pos += 1; break }
      if b == UInt8(ascii: "/") {
        guard try peek(1) == UInt8(ascii: ">") else {
          throw fail(.gtRequired, "Couldn't find end of Start Tag \(string(qname)) line \(eventPosition().line)")
        }
        pos += 2
        isEmpty = true
        break
      }
      guard hadSpace else { throw fail(.spaceRequired, "attributes construct error") }
      guard let attrName = try scanName() else { throw fail(.attributeNotStarted, "attributes construct error") }
      if options.namespaces && lastNameColons?.count != 0 { try checkQName(attrName, colons: lastNameColons) }
      _ = try skipSpaces()
      guard try peek() == UInt8(ascii: "=") else {
        throw fail(.attributeWithoutValue, "Specification mandates value for attribute \(String(decoding: buf[attrName], as: UTF8.self))")
      }
      pos += 1
      _ = try skipSpaces()
      let name = inputRange(attrName)
      let (value, segments) = try scanAttributeValue()
      if options.namespaces && Self.isNamespaceDeclarationName(buf[attrName]) { namespaceDeclarationEnds.append(pos) }
      if attributes.count < 16 {
        for a in attributes where a.name.qualified.count == attrName.count && payloadInPlace(a.name.qualified).elementsEqual(buf[attrName]) {
          throw fail(.attributeRedefined, "Attribute \(string(name)) redefined")
        }
      } else {
        if seenNames.isEmpty { for a in attributes { seenNames.insert(Array(payloadInPlace(a.name.qualified))) } }
        if !seenNames.insert(Array(buf[attrName])).inserted {
          throw fail(.attributeRedefined, "Attribute \(string(name)) redefined")
        }
      }
      if attributes.count >= limits.maxAttributes {
        throw fail(.internalError, "Too many attributes on element \(string(qname))", limit: .attributes)
      }
      attributes.append(AttributeRef(name: NameRef(qualified: name, prefix: nil, local: name, namespaceURI: nil),
                                     value: value, isSpecified: true, segments: segments))
    }
    if hasAttributeListDeclarations, let decls = doctype?.attributeLists[string(qname)] {
      try applyAttributeDeclarations(decls)
    }
    var element = NameRef(qualified: qname, prefix: nil, local: qname, namespaceURI: nil)
    let bindingsBefore = namespaceBindings.count
    var unboundPrefix: TextRange?
    if options.namespaces { unboundPrefix = try resolveNamespaces(&element, elementColons: elementColons, closeAt: closeAt) }
    // A document given whole stays in its buffer, unmoved, so its names need no copy.
    let nameInDocument = documentGivenWhole && suspended.isEmpty
    let start: Int
    if nameInDocument { start = nameRange.lowerBound } else {
      start = nameStore.count
      nameStore.append(contentsOf: buf[nameRange])
    }
    elementStack.append(OpenElement(nameStart: start, nameInDocument: nameInDocument, prefixUnbound: unboundPrefix != nil,
                                    nameLength: qname.count,
                                    colon: (element.prefix ?? unboundPrefix).map { $0.end - qname.start } ?? -1,
                                    namespaceCount: namespaceBindings.count - bindingsBefore,
                                    documentOffset: droppedBytes + (suspended.isEmpty ? tokenStart : suspended[0].pos)))
    pendingEnd = isEmpty
    startTag = StartTag(name: element, attributes: 0..<attributes.count,
                        namespaceDeclarations: 0..<namespaceDeclarations.count, isEmptyElementTag: isEmpty)
    return .startElement
  }

  /// `AttValue` with references replaced and white space normalized (§3.3.3, CDATA rules).
  mutating func scanAttributeValue() throws(XMLSyntaxError) -> (TextRange, Range<Int>?) {
    guard let quote = try peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw fail(.attributeNotStarted, "AttValue: \" or ' expected")
    }
    pos += 1
    let n = buf.count
    // Fast path: a value with nothing to replace or normalize is borrowed from the input.
    let valueStart = pos
    let runEnd = ByteScan.attributeRunEnd(buf.span, from: pos, quote: quote)
    if runEnd < n && buf[runEnd] == quote {
      if runEnd - valueStart > limits.maxTextLength {
        throw fail(.attributeNotFinished, "AttValue length too long", limit: .textLength)
      }
      pos = runEnd + 1
      return (inputRange(valueStart..<runEnd), nil)
    }
    let start = scratch.count
    // Entity references kept for libxml2-style trees: (text end, name) pairs, in order.
    var references: [(textEnd: Int, expansionEnd: Int, name: [UInt8])] = []
    while true {
      let runStart = pos
      pos = ByteScan.attributeRunEnd(buf.span, from: pos, quote: quote)
      if pos > runStart { scratch.append(contentsOf: buf[runStart..<pos]) }
      guard pos < n else {
        if !(documentFinal || !suspended.isEmpty) { throw XMLSyntaxError(Self.needMore, "") }
        throw fail(.attributeNotFinished, "AttValue: ' expected")
      }
      let c = buf[pos]
      if c == quote { pos += 1; break }
      if c == UInt8(ascii: "<") { throw fail(.lessThanInAttribute, "Unescaped '<' not allowed in attributes values") }
      if c == 0x0A || c == 0x09 { scratch.append(0x20); pos += 1; continue }
      if try peek(1) == UInt8(ascii: "#") {
        XMLChar.appendUTF8(try scanCharacterReference(), to: &scratch)
        continue
      }
      let name = try scanEntityReferenceName()
      if let ch = Self.predefinedEntity(name) { scratch.append(ch); continue }
      var chain: [String] = []
      var expansion: [UInt8] = []
      try expandEntityInAttribute(String(decoding: name, as: UTF8.self), chain: &chain, into: &expansion)
      let textEnd = scratch.count
      scratch.append(contentsOf: expansion)
      if !options.substituteEntities { references.append((textEnd, scratch.count, Array(name))) }
      if scratch.count - start > limits.maxTextLength {
        throw fail(.attributeNotFinished, "AttValue length too long", limit: .textLength)
      }
    }
    if scratch.count - start > limits.maxTextLength {
      throw fail(.attributeNotFinished, "AttValue length too long", limit: .textLength)
    }
    let end = scratch.count
    let value = scratchRange(start, end)
    guard !references.isEmpty else { return (value, nil) }
    let first = attributeSegments.count
    var textStart = start
    for r in references {
      if r.textEnd > textStart { attributeSegments.append(.text(scratchRange(textStart, r.textEnd))) }
      attributeSegments.append(.entityReference(name: appendToScratch(r.name)))
      textStart = r.expansionEnd
    }
    if end > textStart { attributeSegments.append(.text(scratchRange(textStart, end))) }
    return (value, first..<attributeSegments.count)
  }

  /// Normalizes declared non-CDATA attributes and adds defaults (§3.3.2, §3.3.3).
  mutating func applyAttributeDeclarations(_ decls: [AttributeDeclaration]) throws(XMLSyntaxError) {
    for decl in decls {
      let declName = Array(decl.name.utf8)
      if let i = attributes.firstIndex(where: { payloadInPlace($0.name.qualified).elementsEqual(declName) }) {
        if decl.type != .cdata {
          let original = payloadInPlace(attributes[i].value)
          let collapsed = Self.collapseSpaces(original)
          if !collapsed.elementsEqual(original) { attributes[i].wasNormalized = true }
          attributes[i].value = appendToScratch(collapsed)
          if let segments = attributes[i].segments {
            attributes[i].segments = collapseSegments(segments)
          }
        }
        continue
      }
      guard options.defaultAttributes || options.reportDefaultAttributes || decl.name == "xmlns" || decl.name.hasPrefix("xmlns:") else { continue }
      let value: String
      switch decl.defaultDeclaration {
      case .fixed(let v), .value(let v): value = v
      default: continue
      }
      let nameRange = appendToScratch(declName)
      let valueRange = appendToScratch(decl.type == .cdata ? Array(value.utf8) : Self.collapseSpaces(ArraySlice(value.utf8)))
      attributes.append(AttributeRef(name: NameRef(qualified: nameRange, prefix: nil, local: nameRange, namespaceURI: nil),
                                     value: valueRange, isSpecified: false))
    }
  }

  /// Normalizes the text pieces of a tokenized attribute kept with its entity references, as
  /// libxml2 does: spaces collapsed and trimmed, references kept as they are.
  mutating func collapseSegments(_ segments: Range<Int>) -> Range<Int> {
    let old = Array(attributeSegments[segments])
    let first = attributeSegments.count
    var text: [UInt8] = []
    var pendingSpace = false
    var emitted = false
    func flush(_ me: inout Tokenizer, _ text: inout [UInt8]) {
      if !text.isEmpty { me.attributeSegments.append(.text(me.appendToScratch(text))); text.removeAll() }
    }
    for part in old {
      switch part {
      case .text(let r):
        for b in payloadInPlace(r) {
          if b == 0x20 { pendingSpace = emitted; continue }
          if pendingSpace { text.append(0x20); pendingSpace = false }
          text.append(b)
          emitted = true
        }
      case .entityReference:
        if pendingSpace { text.append(0x20); pendingSpace = false }
        flush(&self, &text)
        attributeSegments.append(part)
        emitted = true
      }
    }
    flush(&self, &text)
    return first..<attributeSegments.count
  }

  static func collapseSpaces(_ s: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var pendingSpace = false
    for b in s {
      if b == 0x20 { pendingSpace = !out.isEmpty; continue }
      if pendingSpace { out.append(0x20); pendingSpace = false }
      out.append(b)
    }
    return out
  }

  /// Appends the replacement text of a general entity referenced in an attribute value,
  /// normalized, expanding nested references.
  mutating func expandEntityInAttribute(_ name: String, chain: inout [String], into out: inout [UInt8]) throws(XMLSyntaxError) {
    guard let entity = doctype?.generalEntities[name] else {
      if !dtdHasUnreadParts || standalone { throw fail(.undeclaredEntity, "Entity '\(name)' not defined") }
      return
    }
    if standalone && entity.isExternallyDeclared {
      throw fail(.undeclaredEntity, "Entity '\(name)' not defined")
    }
    if entity.isUnparsed { throw fail(.unparsedEntity, "Attribute references unparsed entity '\(name)'") }
    guard let value = entity.value else { throw fail(.entityIsExternal, "Attribute references external entity '\(name)'") }
    if chain.contains(name) { throw fail(.entityLoop, "Detected an entity reference loop") }
    if chain.count >= limits.maxEntityDepth { throw fail(.entityLoop, "Maximum entity nesting depth exceeded", limit: .entityDepth) }
    expandedBytes += value.count
    try checkAmplification(projecting: chain.isEmpty ? expandedSize(of: name) - value.count : 0)
    chain.append(name)
    var i = 0
    while i < value.count {
      let c = value[i]
      switch c {
      case UInt8(ascii: "<"):
        throw fail(.lessThanInAttribute, "'<' in entity '\(name)' is not allowed in attributes values")
      case 0x0A, 0x09, 0x0D:
        out.append(0x20); i += 1
      case UInt8(ascii: "&"):
        if i + 1 < value.count && value[i + 1] == UInt8(ascii: "#") {
          guard let (scalar, next) = Self.parseCharRef(value, i) else { throw fail(.invalidCharRef, "invalid character reference in entity '\(name)'") }
          XMLChar.appendUTF8(scalar, to: &out)
          i = next
        } else {
          guard let semi = value[(i + 1)...].firstIndex(of: UInt8(ascii: ";")) else {
            throw fail(.entityRefSemicolonMissing, "EntityRef: expecting ';'")
          }
          let ref = value[(i + 1)..<semi]
          if let ch = Self.predefinedEntity(ref) { out.append(ch) } else {
            try expandEntityInAttribute(String(decoding: ref, as: UTF8.self), chain: &chain, into: &out)
          }
          i = semi + 1
        }
      default:
        out.append(c); i += 1
      }
    }
    chain.removeLast()
  }

  /// A character reference in an entity's replacement text: the character and the index after it.
  static func parseCharRef(_ b: [UInt8], _ at: Int) -> (UInt32, Int)? {
    var i = at + 2
    let hex = i < b.count && b[i] == UInt8(ascii: "x")
    if hex { i += 1 }
    var v: UInt32 = 0
    var digits = 0
    while i < b.count && b[i] != UInt8(ascii: ";") {
      guard let d = hex ? URIResolution.hexValue(b[i]) : (b[i] >= 48 && b[i] <= 57 ? b[i] - 48 : nil) else { return nil }
      v = v > 0x10FFFF ? 0x110000 : v * (hex ? 16 : 10) + UInt32(d)
      digits += 1
      i += 1
    }
    guard i < b.count, digits > 0, XMLChar.isChar(v) else { return nil }
    return (v, i + 1)
  }

  /// Refuses expansion past the limits; `projecting` adds bytes an expansion about to start
  /// is known to produce.
  func checkAmplification(projecting extra: Int = 0) throws(XMLSyntaxError) {
    let expandedBytes = self.expandedBytes &+ max(0, extra)
    let consumed = droppedBytes + documentOffset + 1
    if expandedBytes > limits.entityAmplificationThreshold && expandedBytes / consumed >= limits.maxEntityAmplification {
      throw fail(.entityLoop, "Maximum entity amplification factor exceeded, use XML_PARSE_HUGE option", limit: .entityAmplification)
    }
    if expandedBytes > limits.maxEntityExpansion {
      throw fail(.entityLoop, "Maximum entity expansion size exceeded, use XML_PARSE_HUGE option", limit: .entityExpansion)
    }
  }

  // MARK: namespaces

  /// Applies Namespaces in XML 1.0 to the start tag in `scratch`/`attributes`: binds its
  /// declarations, resolves the prefixes and checks that expanded attribute names are unique.
  /// Errors are libxml2's, in its order and at its positions: a bad declaration just after its
  /// value, the rest at `closeAt` (the tag's `>` or `/>`), attributes before the element.
  /// The element's prefix when it is not bound (the name is then kept whole, with no namespace).
  mutating func resolveNamespaces(_ element: inout NameRef, elementColons: (first: Int, count: Int)?,
                                  closeAt: Int) throws(XMLSyntaxError) -> TextRange? {
    // The common case: no attributes, no prefix, no default namespace in scope.
    if attributes.isEmpty && namespaceBindings.isEmpty, let c = elementColons, c.count == 0 { return nil }
    var kept = 0
    var declarationIndex = 0
    for i in attributes.indices {
      let a = attributes[i]
      // Most attributes do not start with `xmlns`: decide on the first byte.
      if a.name.qualified.count < 5 || payloadByte(a.name.qualified.start) != UInt8(ascii: "x") {
        attributes[kept] = a; kept += 1; continue
      }
      let q = payloadInPlace(a.name.qualified)
      guard Self.isNamespaceDeclarationName(q) else { attributes[kept] = a; kept += 1; continue }
      let isPrefixed = q.count > 5
      // Declarations written in the tag come first, in order; defaulted ones have no place of their own.
      var at = closeAt
      if a.isSpecified {
        if declarationIndex < namespaceDeclarationEnds.count { at = namespaceDeclarationEnds[declarationIndex] }
        declarationIndex += 1
      }
      let uri = Array(payloadInPlace(a.value))
      let prefix = isPrefixed ? Array(q.dropFirst(6)) : []
      switch Self.checkDeclaration(prefix: isPrefixed ? prefix : nil, uri: uri) {
      case .bind:
        break
      case .skip:
        // libxml2 keeps no declaration of `xml`; the validator still sees it as an attribute.
        if options.recoverNamespaceErrors { continue }
      case .drop(let code, let message):
        try namespaceError(code, message, at: at)
        continue
      case .report(let code, let message):
        // Not a well-formedness error, even to strict parsing: noted, and parsing goes on.
        if warnings.count < 1000 { warnings.append(failAt(at, code, message)) }
      }
      let prefixStart = namespaceStore.count
      namespaceStore.append(contentsOf: prefix)
      let uriStart = namespaceStore.count
      namespaceStore.append(contentsOf: uri)
      namespaceBindings.append(NamespaceBinding(prefixStart: prefixStart, prefixEnd: uriStart,
                                                uriStart: uriStart, uriEnd: namespaceStore.count))
      let prefixRange: TextRange? = isPrefixed ? TextRange(start: a.name.qualified.start + 6, end: a.name.qualified.end) : nil
      namespaceDeclarations.append(NamespaceDeclarationRef(prefix: prefixRange, uri: a.value))
    }
    if kept < attributes.count { attributes.removeLast(attributes.count - kept) }

    let elementUnbound = splitQName(&element, isAttribute: false, colons: elementColons)
    // Attributes: each prefix resolved, then compared with those before it (libxml2's order).
    var seen = Set<[UInt8]>()
    for i in attributes.indices {
      var n = attributes[i].name
      if splitQName(&n, isAttribute: true) {
        try namespaceError(.nsUndefinedNamespace, "Namespace prefix \(string(n.prefix!)) for \(string(n.local)) on \(string(element.local)) is not defined", at: closeAt)
        n.prefix = nil
        n.local = n.qualified
      }
      attributes[i].name = n
      guard let uri = n.namespaceURI else { continue }
      // §6.3 "Attributes Unique": no two attributes with the same local name and namespace.
      var duplicate = false
      if attributes.count > 16 {
        duplicate = !seen.insert(Array(payloadInPlace(uri)) + [0] + Array(payloadInPlace(n.local))).inserted
      } else {
        for j in 0..<i {
          let b = attributes[j].name
          if let bURI = b.namespaceURI, payloadInPlace(b.local).elementsEqual(payloadInPlace(n.local)),
             payloadInPlace(bURI).elementsEqual(payloadInPlace(uri)) {
            duplicate = true
            break
          }
        }
      }
      if duplicate {
        try namespaceError(.nsAttributeRedefined, "Namespaced Attribute \(string(n.local)) in '\(string(uri))' redefined", at: closeAt)
      }
    }
    guard elementUnbound, let prefix = element.prefix else { return nil }
    try namespaceError(.nsUndefinedNamespace, "Namespace prefix \(string(prefix)) on \(string(element.local)) is not defined", at: closeAt)
    element.prefix = nil
    element.local = element.qualified
    return prefix
  }

  /// Whether an attribute name declares a namespace: `xmlns` or `xmlns:` and a prefix.
  static func isNamespaceDeclarationName(_ name: ArraySlice<UInt8>) -> Bool {
    (name.count == 5 || (name.count > 6 && name[name.startIndex + 5] == UInt8(ascii: ":"))) && name.starts(with: "xmlns".utf8)
  }

  /// What libxml2 does with a namespace declaration.
  enum DeclarationCheck {
    /// Bind it.
    case bind
    /// Nothing to bind (`xmlns:xml` with the xml namespace, bound already): libxml2 drops it.
    case skip
    /// Report a namespace error and drop it.
    case drop(XMLSyntaxError.Code, String)
    /// Note a problem with the namespace name (libxml2: an error or a warning) and bind it all
    /// the same: Namespaces in XML does not make the document ill-formed for it.
    case report(XMLSyntaxError.Code, String)
  }

  /// Namespaces in XML's constraints on a declaration of `prefix` (`nil`: the default
  /// namespace) as `uri`, in libxml2's order and words.
  static func checkDeclaration(prefix: [UInt8]?, uri: [UInt8]) -> DeclarationCheck {
    guard let prefix else {
      if uri == xmlNamespaceURI { return .drop(.nsXMLNamespace, "xml namespace URI cannot be the default namespace") }
      if uri == xmlnsNamespaceURI { return .drop(.nsXMLNamespace, "reuse of the xmlns namespace name is forbidden") }
      guard !uri.isEmpty else { return .bind }
      switch NamespaceURICheck.classify(uri) {
      case .invalid: return .report(.nsURI, "xmlns: '\(String(decoding: uri, as: UTF8.self))' is not a valid URI")
      case .relative: return .report(.nsURIRelative, "xmlns: URI \(String(decoding: uri, as: UTF8.self)) is not absolute")
      case .absolute: return .bind
      }
    }
    let p = String(decoding: prefix, as: UTF8.self)
    if prefix.elementsEqual("xml".utf8) {
      return uri == xmlNamespaceURI ? .skip : .drop(.nsXMLNamespace, "xml namespace prefix mapped to wrong URI")
    }
    if uri == xmlNamespaceURI { return .drop(.nsXMLNamespace, "xml namespace URI mapped to wrong prefix") }
    if prefix.elementsEqual("xmlns".utf8) { return .drop(.nsXMLNamespace, "redefinition of the xmlns prefix is forbidden") }
    if uri == xmlnsNamespaceURI { return .drop(.nsXMLNamespace, "reuse of the xmlns namespace name is forbidden") }
    if uri.isEmpty { return .drop(.nsEmpty, "xmlns:\(p): Empty XML namespace is not allowed") }
    if NamespaceURICheck.classify(uri) == .invalid {
      return .report(.nsURI, "xmlns:\(p): '\(String(decoding: uri, as: UTF8.self))' is not a valid URI")
    }
    return .bind
  }

  /// Reports a name just read (`r`, in `buf`) that is not a QName (`prefix:local`), as and
  /// where libxml2 does; `colons` is what the name scan found, if it knows.
  mutating func checkQName(_ r: Range<Int>, colons: (first: Int, count: Int)?) throws(XMLSyntaxError) {
    let first: Int
    if let colons { first = colons.first } else { first = buf[r].firstIndex(of: UInt8(ascii: ":")) ?? -1 }
    guard first >= 0 else { return }
    let shown: Range<Int>, at: Int
    if first == r.lowerBound {
      shown = r; at = r.upperBound
    } else if first + 1 == r.upperBound || buf[first + 1] == UInt8(ascii: ":") {
      shown = r.lowerBound..<first + 1; at = first + 1
    } else if colons?.count != 1, let second = buf[(first + 1)..<r.upperBound].firstIndex(of: UInt8(ascii: ":")) {
      shown = r.lowerBound..<second + 1; at = second
    } else {
      return
    }
    try namespaceError(.nsQName, "Failed to parse QName '\(String(decoding: buf[shown], as: UTF8.self))'", at: at)
  }

  /// A Namespaces in XML error at `offset` of `buf`: thrown, or with
  /// ``ParseOptions/recoverNamespaceErrors`` recorded among the warnings.
  mutating func namespaceError(_ code: XMLSyntaxError.Code, _ message: String, at offset: Int) throws(XMLSyntaxError) {
    let error = failAt(offset, code, message)
    guard options.recoverNamespaceErrors else { throw error }
    if warnings.count < 1000 { warnings.append(error) }
  }

  /// An error at `offset` of `buf` rather than at the current position.
  mutating func failAt(_ offset: Int, _ code: XMLSyntaxError.Code, _ message: String) -> XMLSyntaxError {
    let saved = pos
    pos = offset
    defer { pos = saved }
    return fail(code, message)
  }

  /// Splits `prefix:local` where it is a QName (names ``checkQName(_:colons:)`` reported stay
  /// whole, or split as libxml2 splits them) and resolves the prefix. Whether the prefix is not
  /// bound (`name.prefix` is then set and `name.namespaceURI` is `nil`).
  mutating func splitQName(_ name: inout NameRef, isAttribute: Bool,
                           colons: (first: Int, count: Int)? = nil) -> Bool {
    let q = name.qualified
    var colon = -1
    if let colons {
      colon = colons.first
    } else {
      var i = q.start
      while i < q.end {
        if payloadByte(i) == UInt8(ascii: ":") { colon = i; break }
        i += 1
      }
    }
    if colon < 0 || colon == q.start || colon == q.end - 1 || payloadByte(colon + 1) == UInt8(ascii: ":") {
      name.local = q
      if !isAttribute { name.namespaceURI = defaultNamespace() }
      return false
    }
    let prefix = TextRange(start: q.start, end: colon)
    name.prefix = prefix
    name.local = TextRange(start: colon + 1, end: q.end)
    let p = payloadInPlace(prefix)
    if p.elementsEqual("xml".utf8) { name.namespaceURI = xmlNamespaceRange; return false }
    guard let uri = lookupNamespace(prefix: p) else { return true }
    name.namespaceURI = uri
    return false
  }

  /// The `xml` prefix's URI, bound by definition (the start of `namespaceStore`).
  var xmlNamespaceRange: TextRange {
    TextRange(start: Self.namespaceBase, end: Self.namespaceBase + Self.xmlNamespaceURICount)
  }

  /// The URI the prefix is bound to, as a range in `namespaceStore`, or `nil`.
  func lookupNamespace(prefix: ArraySlice<UInt8>) -> TextRange? {
    var i = namespaceBindings.count - 1
    while i >= 0 {
      let b = namespaceBindings[i]
      if b.prefixEnd - b.prefixStart == prefix.count && namespaceStore[b.prefixStart..<b.prefixEnd].elementsEqual(prefix) {
        return TextRange(start: Self.namespaceBase + b.uriStart, end: Self.namespaceBase + b.uriEnd)
      }
      i -= 1
    }
    return nil
  }

  /// The default namespace's URI in scope, or `nil` when there is none (or `xmlns=""` undid it).
  @inline(__always)
  func defaultNamespace() -> TextRange? {
    if namespaceBindings.isEmpty { return nil }
    var i = namespaceBindings.count - 1
    while i >= 0 {
      let b = namespaceBindings[i]
      if b.prefixEnd == b.prefixStart {
        return b.uriEnd > b.uriStart ? TextRange(start: Self.namespaceBase + b.uriStart, end: Self.namespaceBase + b.uriEnd) : nil
      }
      i -= 1
    }
    return nil
  }

  mutating func appendToScratch(_ bytes: ArraySlice<UInt8>) -> TextRange {
    let s = scratch.count
    scratch.append(contentsOf: bytes)
    return scratchRange(s, scratch.count)
  }

  mutating func appendToScratch(_ bytes: [UInt8]) -> TextRange {
    let s = scratch.count
    scratch.append(contentsOf: bytes)
    return scratchRange(s, scratch.count)
  }

  // MARK: end tags

  /// `ETag ::= '</' Name S? '>'`
  mutating func scanEndTag() throws(XMLSyntaxError) -> Token {
    pos += 2
    // Fast path: `</name>` naming the open element, compared in place.
    if let top = elementStack.last, elementStack.count > current.depthAtStart,
       pos + top.nameLength < buf.count, buf[pos + top.nameLength] == UInt8(ascii: ">"),
       top.nameInDocument ? ByteScan.bytesEqual(within: buf.span, pos, top.nameStart, count: top.nameLength)
                          : ByteScan.bytesEqual(buf.span, pos, nameStore.span, top.nameStart, count: top.nameLength) {
      let nameRange = pos..<pos + top.nameLength
      pos += top.nameLength + 1
      endName = popElement(borrowing: nameRange)
      return .endElement
    }
    guard let nameRange = try scanName() else { throw fail(.ltSlashRequired, "ParseEndTag: '</' not found") }
    _ = try skipSpaces()
    guard try peek() == UInt8(ascii: ">") else { throw fail(.gtRequired, "expected '>'") }
    guard let top = elementStack.last else { throw fail(.notWellBalanced, "Unexpected end tag") }
    if elementStack.count <= current.depthAtStart {
      throw fail(.notWellBalanced, "Unexpected end tag : \(String(decoding: buf[nameRange], as: UTF8.self))")
    }
    let open = openElementName(top)
    if !open.elementsEqual(buf[nameRange]) {
      pos += 1    // libxml2 reports the position after the end tag
      let line = top.documentOffset >= droppedBytes ? position(ofDocumentOffset: top.documentOffset - droppedBytes).line : 0
      // libxml2 reads the end tag as a QName when the open element has a prefix.
      if options.namespaces && top.colon >= 0 { try checkQName(nameRange, colons: nil) }
      let message = mismatchMessage(open: open, colon: top.colon, line: line, end: buf[nameRange])
      if options.recover {
        // libxml2's recovery: the end tag closes the open element, whatever its name.
        warn(.tagNameMismatch, message)
        endName = popElement()
        return .endElement
      }
      throw fail(.tagNameMismatch, message)
    }
    pos += 1
    endName = popElement(borrowing: nameRange)
    return .endElement
  }

  /// Closes the innermost element. Its name is borrowed from the end tag (`nameInInput`, which
  /// matched it) or, for `<a/>` and recovery, copied to `scratch` for the event.
  mutating func popElement(borrowing nameInInput: Range<Int>? = nil) -> NameRef {
    let top = elementStack.removeLast()
    let q: TextRange
    if let nameInInput { q = inputRange(nameInInput) }
    else if top.nameInDocument && suspended.isEmpty { q = inputRange(top.nameStart..<top.nameStart + top.nameLength) }
    else { q = appendToScratch(openElementName(top)) }
    var name = NameRef(qualified: q, prefix: nil, local: q, namespaceURI: nil)
    if options.namespaces && !top.prefixUnbound {
      if top.colon >= 0 {
        let split = q.start + top.colon
        name.prefix = TextRange(start: q.start, end: split)
        name.local = TextRange(start: split + 1, end: q.end)
        let p = openElementName(top).prefix(top.colon)
        if p.elementsEqual("xml".utf8) { name.namespaceURI = xmlNamespaceRange }
        else { name.namespaceURI = lookupNamespace(prefix: p) }
      } else {
        name.namespaceURI = defaultNamespace()
      }
    }
    if top.namespaceCount > 0 { namespaceBindings.removeLast(top.namespaceCount) }
    if !top.nameInDocument { nameStore.removeSubrange(top.nameStart...) }
    if elementStack.isEmpty { mode = .epilog }
    return name
  }

  /// libxml2's words for an end tag that does not match: with namespaces, an open element
  /// written with a prefix is named by its local part, and so is the end tag then.
  func mismatchMessage(open: ArraySlice<UInt8>, colon: Int, line: Int, end: ArraySlice<UInt8>) -> String {
    var openShown = open, endShown = end
    if options.namespaces && colon >= 0 {
      openShown = open.dropFirst(colon + 1)
      if let c = end.firstIndex(of: UInt8(ascii: ":")), c != end.startIndex, c + 1 < end.endIndex,
         end[c + 1] != UInt8(ascii: ":") {
        endShown = end[(c + 1)...]
      }
    }
    return "Opening and ending tag mismatch: \(String(decoding: openShown, as: UTF8.self)) line \(line) and \(String(decoding: endShown, as: UTF8.self))"
  }

  /// An open element's qualified name.
  func openElementName(_ e: OpenElement) -> ArraySlice<UInt8> {
    let range = e.nameStart..<e.nameStart + e.nameLength
    if e.nameInDocument { return suspended.isEmpty ? buf[range] : suspended[0].bytes[range] }
    return nameStore[range]
  }
}
