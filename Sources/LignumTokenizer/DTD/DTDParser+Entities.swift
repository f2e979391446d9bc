extension DTDParser {
  // MARK: <!ENTITY>

  /// `EntityDecl ::= GEDecl | PEDecl` (§4.2)
  mutating func parseEntityDeclaration() throws(Failure) {
    let depth = suspended.count
    p += 8
    try requireDeclarationSpaces("after '<!ENTITY'")
    var isParameter = false
    if peek() == UInt8(ascii: "%") {
      p += 1
      guard try skipDeclarationSpaces() else { throw fail(.spaceRequired, "Space required after '%'") }
      isParameter = true
    }
    guard let name = scanName() else { throw fail(.nameRequired, "xmlParseEntityDecl: no name") }
    try checkNoColon(name, "entities")
    try requireDeclarationSpaces("after the entity name")
    let declaredIn = current.isExternal || readingExternalSubset
    var entity = EntityDeclaration(name: name, isParameter: isParameter, value: nil, literal: nil, publicID: nil,
                                   systemID: nil, notation: nil, baseURI: current.baseURI, isExternallyDeclared: declaredIn)
    guard let c = peek() else { throw fail(.entityNotFinished, "xmlParseEntityDecl: entity \(name) not terminated") }
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
      let (value, literal) = try scanEntityValue()
      entity.value = value
      entity.literal = literal
    } else {
      let (pub, sys) = try scanExternalID(requireSystem: true)
      entity.publicID = pub
      entity.systemID = sys
      let hadSpace = try skipDeclarationSpaces()
      if startsWith("NDATA") {
        guard hadSpace else { throw fail(.spaceRequired, "Space required before 'NDATA'") }
        if isParameter { throw fail(.entityNotFinished, "NDATA not allowed in a parameter entity declaration") }
        p += 5
        try requireDeclarationSpaces("after 'NDATA'")
        guard let n = scanName() else { throw fail(.nameRequired, "NDATA notation name expected") }
        entity.notation = n
      }
    }
    try finishDeclaration(.entityNotFinished, "xmlParseEntityDecl: entity \(name) not terminated", startDepth: depth)
    if skipDeclarations && !standalone { return }
    if isParameter {
      if dtd.parameterEntities[name] == nil { dtd.parameterEntities[name] = entity; record(.entity(entity)) }
    } else {
      if Tokenizer.predefinedEntity(ArraySlice(name.utf8)) != nil {
        // Redeclaring a predefined entity is allowed; libxml2 keeps the built-in meaning.
        record(.entity(entity))
        return
      }
      if dtd.generalEntities[name] == nil { dtd.generalEntities[name] = entity; record(.entity(entity)) }
    }
  }

  /// `EntityValue ::= '"' ([^%&"] | PEReference | Reference)* '"' | "'" …` — the replacement text
  /// (character and parameter-entity references replaced, general ones kept) and the literal.
  mutating func scanEntityValue() throws(Failure) -> ([UInt8], String) {
    let q = b[p]
    p += 1
    let literalStart = p
    var out: [UInt8] = []
    var chain: [String] = []
    let bytes = b
    let external = current.isExternal
    var i = p
    while true {
      guard i < bytes.count else { p = i; throw fail(.entityNotFinished, "EntityValue: \" expected") }
      if bytes[i] == q { break }
      try appendEntityValueByte(from: bytes, at: &i, isExternal: external, chain: &chain, into: &out)
    }
    p = i
    let literal = String(decoding: b[literalStart..<p], as: UTF8.self)
    p += 1
    if out.count > options.limits.maxTextLength {
      throw fail(.entityNotFinished, "entity value too long", limit: .textLength)
    }
    return (out, literal)
  }

  /// One unit of an entity value at `at`: a byte, a character reference, a general-entity
  /// reference (kept) or a parameter-entity reference (replaced by its text).
  mutating func appendEntityValueByte(from bytes: [UInt8], at i: inout Int, isExternal: Bool,
                                      chain: inout [String], into out: inout [UInt8]) throws(Failure) {
    let c = bytes[i]
    switch c {
    case UInt8(ascii: "&"):
      if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "#") {
        guard let (scalar, next) = Tokenizer.parseCharRef(bytes, i) else {
          throw fail(.invalidCharRef, "xmlParseStringCharRef: invalid xmlChar value")
        }
        XMLChar.appendUTF8(scalar, to: &out)
        i = next
        return
      }
      let s = i + 1
      let j = XMLChar.nameEnd(in: bytes, from: s)
      guard j > s else { throw fail(.entityRefNoName, "EntityValue: '&' forbidden except for entities references") }
      guard j < bytes.count && bytes[j] == UInt8(ascii: ";") else {
        throw fail(.entityRefSemicolonMissing, "EntityValue: '&' forbidden except for entities references")
      }
      out.append(contentsOf: bytes[i...j])
      i = j + 1
    case UInt8(ascii: "%"):
      guard isExternal else { throw fail(.entityPEInternal, "PEReferences forbidden in internal subset") }
      let s = i + 1
      let j = XMLChar.nameEnd(in: bytes, from: s)
      guard j > s else { throw fail(.peRefNoName, "PEReference: no name") }
      guard j < bytes.count && bytes[j] == UInt8(ascii: ";") else { throw fail(.peRefSemicolonMissing, "PEReference: expecting ';'") }
      let name = String(decoding: bytes[s..<j], as: UTF8.self)
      i = j + 1
      hasUnreadParts = true
      guard let pe = dtd.parameterEntities[name] else {
        if standalone { throw fail(.undeclaredEntity, "PEReference: %\(name); not found") }
        hasUnreadParts = true
        return
      }
      if chain.contains(name) || isExpanding(name) { throw fail(.entityLoop, "Detected an entity reference loop") }
      let text: [UInt8]
      if let v = pe.value { text = v } else {
        guard readsExternalParameterEntities, let sys = pe.systemID,
              let (_, loaded) = try load(systemID: sys, publicID: pe.publicID, baseURI: pe.baseURI) else {
          hasUnreadParts = true
          return
        }
        text = loaded
      }
      expandedBytes += text.count
      if expandedBytes > options.limits.maxEntityExpansion || chain.count > options.limits.maxEntityDepth {
        throw fail(.entityLoop, "Maximum entity expansion size exceeded", limit: .entityExpansion)
      }
      chain.append(name)
      var k = 0
      while k < text.count {
        try appendEntityValueByte(from: text, at: &k, isExternal: true, chain: &chain, into: &out)
      }
      chain.removeLast()
    default:
      out.append(c)
      i += 1
    }
  }

  /// `ExternalID ::= 'SYSTEM' S SystemLiteral | 'PUBLIC' S PubidLiteral S SystemLiteral`;
  /// with `requireSystem` false (notations), the system literal after PUBLIC is optional.
  mutating func scanExternalID(requireSystem: Bool) throws(Failure) -> (String?, String?) {
    if startsWith("SYSTEM") {
      p += 6
      try requireDeclarationSpaces("after 'SYSTEM'")
      return (nil, try scanSystemLiteral())
    }
    guard startsWith("PUBLIC") else { throw fail(.literalNotStarted, "SYSTEM or PUBLIC, the URI is missing") }
    p += 6
    try requireDeclarationSpaces("after 'PUBLIC'")
    let pub = try scanPubidLiteral()
    let hadSpace = try skipDeclarationSpaces()
    if let c = peek(), c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
      guard hadSpace else { throw fail(.spaceRequired, "Space required after the Public Identifier") }
      return (pub, try scanSystemLiteral())
    }
    if requireSystem { throw fail(.uriRequired, "xmlParseExternalID: SYSTEM, URI expected") }
    return (pub, nil)
  }

  /// `SystemLiteral ::= ('"' [^"]* '"') | ("'" [^']* "'")`
  mutating func scanSystemLiteral() throws(Failure) -> String {
    guard let q = peek(), q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else {
      throw fail(.literalNotStarted, "SystemLiteral \" or ' expected")
    }
    p += 1
    let s = p
    while p < b.count && b[p] != q { p += 1 }
    guard p < b.count else { throw fail(.literalNotFinished, "Unfinished System or Public ID \" or ' expected") }
    let value = String(decoding: b[s..<p], as: UTF8.self)
    p += 1
    // A fragment identifier here is an error the processor need not report (§4.2.2); libxml2 only warns.
    return value
  }

  /// `PubidLiteral ::= '"' PubidChar* '"' | "'" (PubidChar - "'")* "'"`, as written: §4.2.2
  /// normalizes white space only before a match is attempted (``XMLCatalog`` does), and
  /// libxml2 keeps and writes the literal unchanged.
  mutating func scanPubidLiteral() throws(Failure) -> String {
    guard let q = peek(), q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else {
      throw fail(.literalNotStarted, "PubidLiteral \" or ' expected")
    }
    p += 1
    let s = p
    while p < b.count && b[p] != q {
      guard XMLChar.isPubidChar(b[p]) || (q == UInt8(ascii: "\"") && b[p] == UInt8(ascii: "'")) else {
        throw fail(.pubidRequired, "Unexpected char in PubidLiteral")
      }
      p += 1
    }
    guard p < b.count else { throw fail(.literalNotFinished, "Unfinished PubidLiteral") }
    let raw = b[s..<p]
    p += 1
    return String(decoding: raw, as: UTF8.self)
  }

  // MARK: <!NOTATION>

  /// `NotationDecl ::= '<!NOTATION' S Name S (ExternalID | PublicID) S? '>'`
  mutating func parseNotationDeclaration() throws(Failure) {
    let depth = suspended.count
    p += 10
    try requireDeclarationSpaces("after '<!NOTATION'")
    guard let name = scanName() else { throw fail(.notationNotStarted, "Name expected in NOTATION declaration") }
    try checkNoColon(name, "notation")
    try requireDeclarationSpaces("after the NOTATION name")
    let (pub, sys) = try scanExternalID(requireSystem: false)
    try finishDeclaration(.notationNotFinished, "'>' required to close NOTATION declaration", startDepth: depth)
    let decl = NotationDeclaration(name: name, publicID: pub, systemID: sys)
    if dtd.notations[name] == nil { dtd.notations[name] = decl }
    record(.notation(decl))
  }

  // MARK: comments, PIs, conditional sections

  mutating func parseComment() throws(Failure) {
    let s = p + 4
    var i = s
    while i + 1 < b.count {
      if b[i] == UInt8(ascii: "-") && b[i + 1] == UInt8(ascii: "-") {
        guard i + 2 < b.count, b[i + 2] == UInt8(ascii: ">") else {
          p = i
          throw fail(.hyphenInComment, "Double hyphen within comment")
        }
        record(.comment(String(decoding: b[s..<i], as: UTF8.self)))
        p = i + 3
        return
      }
      i += 1
    }
    throw fail(.commentNotFinished, "Comment not terminated")
  }

  mutating func parseProcessingInstruction() throws(Failure) {
    p += 2
    guard let target = scanName() else { throw fail(.piNotStarted, "xmlParsePI : no target name") }
    if target.lowercased() == "xml" {
      throw fail(.reservedXMLName, "XML declaration allowed only at the start of the document")
    }
    try checkNoColon(target, "PI")
    if startsWith("?>") { p += 2; record(.processingInstruction(target: target, data: "")); return }
    guard skipSpaces() else { throw fail(.spaceRequired, "ParsePI: PI \(target) space expected") }
    let s = p
    while p + 1 < b.count && !(b[p] == UInt8(ascii: "?") && b[p + 1] == UInt8(ascii: ">")) { p += 1 }
    guard p + 1 < b.count else { throw fail(.piNotFinished, "ParsePI: PI \(target) never end ...") }
    record(.processingInstruction(target: target, data: String(decoding: b[s..<p], as: UTF8.self)))
    p += 2
  }

  /// `conditionalSect ::= includeSect | ignoreSect` (§3.4)
  mutating func parseConditionalSection() throws(Failure) {
    let open = inclusionMark
    p += 3
    _ = try skipDeclarationSpaces()
    if startsWith("INCLUDE") {
      p += 7
      _ = try skipDeclarationSpaces()
      guard peek() == UInt8(ascii: "[") else { throw fail(.condSecInvalid, "XML conditional section '[' expected") }
      checkConditionalNesting(open)
      p += 1
      includeDepth += 1
      includeMarks.append(open)
      return
    }
    guard startsWith("IGNORE") else {
      throw fail(.condSecInvalidKeyword, "XML conditional section INCLUDE or IGNORE keyword expected")
    }
    p += 6
    _ = try skipDeclarationSpaces()
    guard peek() == UInt8(ascii: "[") else { throw fail(.condSecInvalid, "XML conditional section '[' expected") }
    checkConditionalNesting(open)
    p += 1
    // ignoreSectContents ::= Ignore ('<![' ignoreSectContents ']]>' Ignore)*
    var nesting = 1
    while p < b.count {
      if startsWith("<![") { nesting += 1; p += 3; continue }
      if startsWith("]]>") {
        nesting -= 1
        p += 3
        if nesting == 0 { return }
        continue
      }
      p += 1
    }
    throw fail(.condSecNotFinished, "XML conditional section not closed")
  }

  /// VC: Proper Conditional Section/PE Nesting (§3.4): `<![`, `[` and `]]>` lie in the same entity.
  mutating func checkConditionalNesting(_ open: (depth: Int, serial: Int)) {
    let here = inclusionMark
    if here.depth != open.depth || here.serial != open.serial {
      recordValidityError(.entityBoundary, "All markup of the conditional section is not in the same entity")
    }
  }
}
