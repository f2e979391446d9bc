import LignumKernel

extension DTDParser {
  /// `intSubset ::= (markupdecl | DeclSep)*` and `extSubsetDecl ::= (markupdecl | conditionalSect | DeclSep)*`.
  /// Stops at `]` of the internal subset or at the end of the external subset.
  mutating func parseDeclarations() throws(Failure) {
    while true {
      _ = skipSpaces()
      if p >= b.count {
        if !suspended.isEmpty { pop(); continue }
        return
      }
      let c = b[p]
      if c == UInt8(ascii: "]") {
        if startsWith("]]>") && includeDepth > 0 && current.isExternal {
          if let open = includeMarks.popLast() { checkConditionalNesting(open) }
          includeDepth -= 1
          p += 3
          continue
        }
        if suspended.isEmpty && !readingExternalSubset { return }
        throw fail(.extSubsetNotFinished, "Content error in the external subset")
      }
      if c == UInt8(ascii: "%") {
        p += 1
        let name = try scanPEReferenceName()
        try includeParameterEntity(name, declarationLevel: true)
        continue
      }
      let depth = suspended.count
      currentDeclaration = startsWith("<!ELEMENT") ? "ELEMENT" : startsWith("<!ATTLIST") ? "ATTLIST"
        : startsWith("<!ENTITY") ? "ENTITY" : startsWith("<!NOTATION") ? "NOTATION" : nil
      if startsWith("<!ELEMENT") { try parseElementDeclaration() }
      else if startsWith("<!ATTLIST") { try parseAttributeListDeclaration() }
      else if startsWith("<!ENTITY") { try parseEntityDeclaration() }
      else if startsWith("<!NOTATION") { try parseNotationDeclaration() }
      else if startsWith("<!--") { try parseComment() }
      else if startsWith("<?") { try parseProcessingInstruction() }
      else if startsWith("<![") {
        guard current.isExternal else {
          throw fail(.condSecInvalid, "conditional sections are not allowed in the internal subset")
        }
        try parseConditionalSection()
      } else {
        throw fail(readingExternalSubset || current.isExternal ? .extSubsetNotFinished : .doctypeNotFinished,
                   readingExternalSubset ? "Content error in the external subset" : "xmlParseInternalSubset: error detected in Markup declaration")
      }
      if suspended.count < depth {
        throw fail(.entityBoundary, "parameter entity ended inside a markup declaration")
      }
    }
  }

  /// Records a declaration in the subset being read.
  mutating func record(_ decl: MarkupDeclaration) {
    let place = nextDeclarationPlace()
    if readingExternalSubset {
      dtd.externalSubset.append(decl)
      dtd.validityFacts.externalPlaces.append(place)
    } else {
      dtd.internalSubset.append(decl)
      dtd.validityFacts.internalPlaces.append(place)
    }
  }

  /// Where the input stands, as ``fail(_:_:limit:)`` places errors: in the innermost external
  /// entity, else in the doctype text.
  ///
  /// Line feeds are counted on from the previous declaration of the same input (declarations
  /// come in order), so recording every declaration's place stays linear in the DTD's size.
  mutating func nextDeclarationPlace() -> DeclarationPlace {
    var holderIndex = -1     // -1: the current input; else an index into `suspended`
    let currentQualifies = current.isExternal && (current.entity != nil || readingExternalSubset)
    if !currentQualifies {
      holderIndex = suspended.lastIndex(where: { $0.isExternal && ($0.entity != nil || readingExternalSubset) }) ?? (suspended.isEmpty ? -1 : 0)
    }
    let holder = holderIndex < 0 ? Input(bytes: b, pos: p, entity: current.entity, isExternal: current.isExternal,
                                         baseURI: current.baseURI, isDeclarationLevel: current.isDeclarationLevel)
                                 : suspended[holderIndex]
    let key = PlaceKey(depth: holderIndex < 0 ? suspended.count : holderIndex, entity: holder.entity,
                       external: readingExternalSubset)
    var from = 0, line = 1, lineStart = 0
    if let c = placeCache, c.key == key, c.pos <= holder.pos { from = c.pos; line = c.line; lineStart = c.lineStart }
    let end = min(holder.pos, holder.bytes.count)
    if from < end {
      let (count, last) = ByteScan.countLineFeeds(holder.bytes.span, in: from..<end)
      line += count
      if let last { lineStart = last + 1 }
    }
    placeCache = (key, end, line, lineStart)
    let isInternal = holder.entity == nil && !readingExternalSubset
    return DeclarationPlace(file: isInternal ? nil : holder.baseURI, line: line, column: holder.pos - lineStart + 1)
  }

  /// Expects `>` (after optional space) closing a declaration started in the same entity.
  mutating func finishDeclaration(_ code: XMLSyntaxError.Code, _ message: String, startDepth: Int) throws(Failure) {
    _ = try skipDeclarationSpaces()
    guard peek() == UInt8(ascii: ">") else { throw fail(code, message) }
    if suspended.count != startDepth && !current.isExternal {
      throw fail(.entityBoundary, "parameter entity ended inside a markup declaration")
    }
    if suspended.count != startDepth, let kind = declarationKind {
      recordValidityError(.entityBoundary, "\(kind) declaration doesn't start and stop in the same entity")
    }
    p += 1
  }

  /// libxml2's word for the declaration being read, for its PE nesting messages.
  var declarationKind: String? {
    switch currentDeclaration {
    case "ELEMENT": "Element"
    case "ATTLIST": "Attribute list"
    case "ENTITY": "Entity"
    case "NOTATION": "Notation"
    default: nil
    }
  }

  /// Names of entities, notations and PIs may not hold a colon in a namespace-aware parse:
  /// fatal, or (``ParseOptions/recoverNamespaceErrors``, as libxml2) noted and the name kept.
  mutating func checkNoColon(_ name: String, _ what: String) throws(Failure) {
    guard options.namespaces && name.utf8.contains(UInt8(ascii: ":")) else { return }
    let failure = fail(.nsColon, "colons are forbidden from \(what) names '\(name)'")
    guard options.recoverNamespaceErrors else { throw failure }
    guard warnings.count < 1000 else { return }
    pendingWarningOffsets.append((warnings.count, failure.internalOffset))
    warnings.append(failure.error)
  }

  // MARK: <!ELEMENT>

  /// `elementdecl ::= '<!ELEMENT' S Name S contentspec S? '>'`
  mutating func parseElementDeclaration() throws(Failure) {
    let depth = suspended.count
    p += 9
    try requireDeclarationSpaces("after 'ELEMENT'")
    guard let name = scanName() else { throw fail(.nameRequired, "xmlParseElementDecl: no name for Element") }
    try requireDeclarationSpaces("after the element name")
    let content: ContentSpec
    var starred = false
    if startsWith("EMPTY") { p += 5; content = .empty }
    else if startsWith("ANY") { p += 3; content = .any }
    else if peek() == UInt8(ascii: "(") {
      let open = inclusionMark
      p += 1
      _ = try skipDeclarationSpaces()
      if startsWith("#PCDATA") {
        p += 7
        let names = try parseMixedContent(open: open)
        content = .mixed(names)
        starred = names.isEmpty && b[p - 1] == UInt8(ascii: "*")
      } else {
        modelDepth = 0
        content = .children(try parseContentGroup(open: open))
      }
    } else {
      throw fail(.elementContentNotStarted, "xmlParseElementDecl: 'EMPTY', 'ANY' or '(' expected")
    }
    try finishDeclaration(.gtRequired, "expected '>' at the end of the element declaration", startDepth: depth)
    let decl = ElementDeclaration(name: name, content: content, starredPCDATA: starred)
    if dtd.elements[name] == nil {
      dtd.elements[name] = decl
      if current.isExternal || readingExternalSubset { dtd.validityFacts.externalElements.insert(name) }
    }
    record(.element(decl))
  }

  /// `Mixed ::= '(' S? '#PCDATA' (S? '|' S? Name)* S? ')*' | '(' S? '#PCDATA' S? ')'`, after `#PCDATA`.
  mutating func parseMixedContent(open: (depth: Int, serial: Int)) throws(Failure) -> [String] {
    var names: [String] = []
    while true {
      _ = try skipDeclarationSpaces()
      guard let c = peek() else { throw fail(.mixedNotFinished, "xmlParseElementMixedContentDecl : '|' or ')' expected") }
      if c == UInt8(ascii: ")") {
        checkGroupNesting(open)
        p += 1
        if p < b.count && b[p] == UInt8(ascii: "*") { p += 1 }
        else if !names.isEmpty { throw fail(.mixedNotFinished, "xmlParseElementMixedContentDecl : ')*' expected") }
        return names
      }
      guard c == UInt8(ascii: "|") else { throw fail(.mixedNotFinished, "xmlParseElementMixedContentDecl : '|' or ')' expected") }
      p += 1
      _ = try skipDeclarationSpaces()
      guard let n = scanName() else { throw fail(.nameRequired, "xmlParseElementMixedContentDecl : Name expected") }
      names.append(n)
    }
  }

  /// `choice ::= '(' S? cp ( S? '|' S? cp )+ S? ')'`, `seq ::= '(' S? cp ( S? ',' S? cp )* S? ')'`,
  /// after the `(` and any space.
  mutating func parseContentGroup(open: (depth: Int, serial: Int)) throws(Failure) -> ContentParticle {
    modelDepth += 1
    if modelDepth > (options.huge ? 2048 : 128) {
      throw fail(.elementContentNotFinished, "xmlParseElementChildrenContentDecl : depth \(modelDepth) too deep, use XML_PARSE_HUGE", limit: .depth)
    }
    var items: [ContentParticle] = []
    var separator: UInt8 = 0
    while true {
      _ = try skipDeclarationSpaces()
      items.append(try parseContentParticle())
      _ = try skipDeclarationSpaces()
      guard let c = peek() else { throw fail(.elementContentNotFinished, "xmlParseElementChildrenContentDecl : ',' '|' or ')' expected") }
      if c == UInt8(ascii: ")") {
        checkGroupNesting(open)
        p += 1
        modelDepth -= 1
        let occ = scanOccurrence()
        if separator == UInt8(ascii: "|") { return .choice(items, occ) }
        return .sequence(items, occ)
      }
      guard c == UInt8(ascii: ",") || c == UInt8(ascii: "|") else {
        throw fail(.elementContentNotFinished, "xmlParseElementChildrenContentDecl : ',' '|' or ')' expected")
      }
      if separator != 0 && separator != c {
        throw fail(.elementContentNotFinished, "xmlParseElementChildrenContentDecl : '\(Character(Unicode.Scalar(separator)))' expected")
      }
      separator = c
      p += 1
    }
  }

  /// `cp ::= (Name | choice | seq) ('?' | '*' | '+')?`
  mutating func parseContentParticle() throws(Failure) -> ContentParticle {
    if peek() == UInt8(ascii: "(") {
      let open = inclusionMark
      p += 1
      return try parseContentGroup(open: open)
    }
    guard let name = scanName() else { throw fail(.elementContentNotStarted, "xmlParseElementChildrenContentDecl : Name or '(' expected") }
    return .name(name, scanOccurrence())
  }

  /// VC: Proper Group/PE Nesting (§3.2.1): a group's `(` and `)` lie in the same entity.
  mutating func checkGroupNesting(_ open: (depth: Int, serial: Int)) {
    let close = inclusionMark
    if close.depth != open.depth || close.serial != open.serial {
      recordValidityError(.entityBoundary, "Element content declaration doesn't start and stop in the same entity")
    }
  }

  mutating func scanOccurrence() -> ContentParticle.Occurrence {
    guard p < b.count else { return .once }
    switch b[p] {
    case UInt8(ascii: "?"): p += 1; return .optional
    case UInt8(ascii: "*"): p += 1; return .zeroOrMore
    case UInt8(ascii: "+"): p += 1; return .oneOrMore
    default: return .once
    }
  }

  // MARK: <!ATTLIST>

  /// `AttlistDecl ::= '<!ATTLIST' S Name AttDef* S? '>'`, `AttDef ::= S Name S AttType S DefaultDecl`
  mutating func parseAttributeListDeclaration() throws(Failure) {
    let depth = suspended.count
    p += 9
    try requireDeclarationSpaces("after '<!ATTLIST'")
    guard let element = scanName() else { throw fail(.nameRequired, "ATTLIST: no name for Element") }
    var defs: [AttributeDeclaration] = []
    while true {
      let hadSpace = try skipDeclarationSpaces()
      guard let c = peek() else { throw fail(.attlistNotFinished, "xmlParseAttributeListDecl: premature end") }
      if c == UInt8(ascii: ">") { break }
      guard hadSpace else { throw fail(.spaceRequired, "Space required before the attribute name") }
      guard let name = scanName() else { throw fail(.nameRequired, "ATTLIST: no name for Attribute") }
      try requireDeclarationSpaces("after the attribute name")
      let type = try parseAttributeType()
      try requireDeclarationSpaces("after the attribute type")
      let (def, pieces) = try parseDefaultDeclaration(type: type)
      defs.append(AttributeDeclaration(element: element, name: name, type: type, defaultDeclaration: def,
                                       isExternal: current.isExternal || readingExternalSubset,
                                       defaultWithReferences: pieces))
    }
    try finishDeclaration(.attlistNotFinished, "xmlParseAttributeListDecl: premature end", startDepth: depth)
    if skipDeclarations && !standalone { return }
    var list = dtd.attributeLists[element] ?? []
    for d in defs where !list.contains(where: { $0.name == d.name }) { list.append(d) }
    dtd.attributeLists[element] = list
    record(.attributeList(element: element, defs))
  }

  /// `AttType ::= StringType | TokenizedType | EnumeratedType`
  mutating func parseAttributeType() throws(Failure) -> AttributeDeclaration.AttributeType {
    let keywords: [(String, AttributeDeclaration.AttributeType)] = [
      ("CDATA", .cdata), ("IDREFS", .idrefs), ("IDREF", .idref), ("ID", .id), ("ENTITY", .entity),
      ("ENTITIES", .entities), ("NMTOKENS", .nmtokens), ("NMTOKEN", .nmtoken),
    ]
    if startsWith("ENTITIES") { p += 8; return .entities }
    for (k, t) in keywords where startsWith(k) {
      p += k.utf8.count
      return t
    }
    if startsWith("NOTATION") {
      p += 8
      try requireDeclarationSpaces("after 'NOTATION'")
      guard peek() == UInt8(ascii: "(") else { throw fail(.notationNotStarted, "'(' required to start 'NOTATION'") }
      p += 1
      return .notation(try parseEnumeration(names: true))
    }
    if peek() == UInt8(ascii: "(") {
      p += 1
      return .enumeration(try parseEnumeration(names: false))
    }
    throw fail(.attlistNotFinished, "xmlParseAttributeListDecl: invalid type")
  }

  /// `'(' S? Nmtoken (S? '|' S? Nmtoken)* S? ')'` after the `(`; Names for NOTATION types.
  mutating func parseEnumeration(names: Bool) throws(Failure) -> [String] {
    var values: [String] = []
    while true {
      _ = try skipDeclarationSpaces()
      guard let v = names ? scanName() : scanNmtoken() else {
        throw fail(names ? .nameRequired : .nmtokenRequired, names ? "Name expected in NOTATION declaration" : "NmToken expected in ATTLIST enumeration")
      }
      values.append(v)
      _ = try skipDeclarationSpaces()
      guard let c = peek() else { throw fail(.attlistNotFinished, "')' required to finish the enumeration") }
      if c == UInt8(ascii: ")") { p += 1; return values }
      guard c == UInt8(ascii: "|") else { throw fail(.attlistNotFinished, "'|' or ')' expected in the enumeration") }
      p += 1
    }
  }

  /// `DefaultDecl ::= '#REQUIRED' | '#IMPLIED' | (('#FIXED' S)? AttValue)`
  /// Also returns the value with its entity references (``AttributeDeclaration/defaultWithReferences``).
  mutating func parseDefaultDeclaration(type: AttributeDeclaration.AttributeType) throws(Failure) -> (AttributeDeclaration.Default, [DefaultValuePiece]?) {
    if startsWith("#REQUIRED") { p += 9; return (.required, nil) }
    if startsWith("#IMPLIED") { p += 8; return (.implied, nil) }
    var fixed = false
    if startsWith("#FIXED") {
      p += 6
      try requireDeclarationSpaces("after '#FIXED'")
      fixed = true
    } else if peek() == UInt8(ascii: "#") {
      throw fail(.attributeNotStarted, "Attribute default value declaration error")
    }
    let (value, pieces) = try scanDefaultValue()
    return (fixed ? .fixed(value) : .value(value), pieces)
  }

  /// A default `AttValue`, normalized as for a CDATA attribute with the entities declared so far;
  /// without entity substitution, also its pieces: text and the general entity references kept.
  mutating func scanDefaultValue() throws(Failure) -> (String, [DefaultValuePiece]?) {
    _ = peek()
    guard p < b.count, b[p] == UInt8(ascii: "\"") || b[p] == UInt8(ascii: "'") else {
      throw fail(.attributeNotStarted, "AttValue: \" or ' expected")
    }
    let q = b[p]
    p += 1
    var out: [UInt8] = []
    // The text since the last kept reference, and the pieces before it.
    var textStart = 0, pieces: [DefaultValuePiece] = []
    while true {
      guard p < b.count else { throw fail(.attributeNotFinished, "AttValue: ' expected") }
      let c = b[p]
      if c == q { p += 1; break }
      switch c {
      case UInt8(ascii: "<"): throw fail(.lessThanInAttribute, "Unescaped '<' not allowed in attributes values")
      case 0x09, 0x0A, 0x0D: out.append(0x20); p += 1
      case UInt8(ascii: "&"):
        if p + 1 < b.count && b[p + 1] == UInt8(ascii: "#") {
          guard let (scalar, next) = Tokenizer.parseCharRef(b, p) else { throw fail(.invalidCharRef, "xmlParseCharRef: invalid xmlChar value") }
          XMLChar.appendUTF8(scalar, to: &out)
          p = next
        } else {
          p += 1
          guard let name = scanName() else { throw fail(.entityRefNoName, "xmlParseEntityRef: no name") }
          guard p < b.count && b[p] == UInt8(ascii: ";") else { throw fail(.entityRefSemicolonMissing, "EntityRef: expecting ';'") }
          p += 1
          let kept = !options.substituteEntities && Tokenizer.predefinedEntity(ArraySlice(name.utf8)) == nil
            && dtd.generalEntities[name]?.value != nil
          if kept {
            if textStart < out.count { pieces.append(.text(String(decoding: out[textStart...], as: UTF8.self))) }
            pieces.append(.entityReference(name))
          }
          var chain: [String] = []
          try expandInDefault(name, chain: &chain, into: &out)
          if kept { textStart = out.count }
        }
      default:
        out.append(c); p += 1
      }
    }
    // With substitution the value is all there is; without, the pieces (plain text included)
    // say how libxml2 stores and writes the default.
    if options.substituteEntities { return (String(decoding: out, as: UTF8.self), nil) }
    if textStart < out.count { pieces.append(.text(String(decoding: out[textStart...], as: UTF8.self))) }
    return (String(decoding: out, as: UTF8.self), pieces)
  }

  mutating func expandInDefault(_ name: String, chain: inout [String], into out: inout [UInt8]) throws(Failure) {
    if let ch = Tokenizer.predefinedEntity(ArraySlice(name.utf8)) { out.append(ch); return }
    guard let e = dtd.generalEntities[name] else {
      if !hasUnreadParts || standalone { throw fail(.undeclaredEntity, "Entity '\(name)' not defined") }
      recordValidityError(.undeclaredEntityWarning, "Entity '\(name)' not defined")
      return
    }
    if e.isUnparsed { throw fail(.unparsedEntity, "Attribute references unparsed entity '\(name)'") }
    guard let v = e.value else { throw fail(.entityIsExternal, "Attribute references external entity '\(name)'") }
    if chain.contains(name) { throw fail(.entityLoop, "Detected an entity reference loop") }
    chain.append(name)
    expandedBytes += v.count
    if expandedBytes > options.limits.maxEntityExpansion {
      throw fail(.entityLoop, "Maximum entity expansion size exceeded", limit: .entityExpansion)
    }
    var i = 0
    while i < v.count {
      let c = v[i]
      if c == UInt8(ascii: "<") { throw fail(.lessThanInAttribute, "'<' in entity '\(name)' is not allowed in attributes values") }
      if c == 0x09 || c == 0x0A || c == 0x0D { out.append(0x20); i += 1; continue }
      if c == UInt8(ascii: "&") {
        if i + 1 < v.count && v[i + 1] == UInt8(ascii: "#") {
          guard let (s, next) = Tokenizer.parseCharRef(v, i) else { throw fail(.invalidCharRef, "invalid character reference") }
          XMLChar.appendUTF8(s, to: &out)
          i = next
          continue
        }
        guard let semi = v[(i + 1)...].firstIndex(of: UInt8(ascii: ";")) else { throw fail(.entityRefSemicolonMissing, "EntityRef: expecting ';'") }
        try expandInDefault(String(decoding: v[(i + 1)..<semi], as: UTF8.self), chain: &chain, into: &out)
        i = semi + 1
        continue
      }
      out.append(c)
      i += 1
    }
    chain.removeLast()
  }
}
