/// Reads a document type declaration: its internal subset, then (when asked) its external
/// subset, with parameter-entity references expanded (§2.8, §4.4.8, §3.4).
///
/// Inputs form a stack like the tokenizer's: the doctype text (or the external subset) at
/// the bottom, parameter entities' replacement text above it.
struct DTDParser {
  struct Failure: Error {
    var error: XMLSyntaxError
    /// Offset within the doctype text when the error is in the internal subset.
    var internalOffset: Int?
  }

  struct Input {
    var bytes: [UInt8]
    var pos: Int
    var entity: String?
    /// Parameter-entity references inside declarations are allowed (external subset or entity).
    var isExternal: Bool
    var baseURI: String?
    /// Included between declarations: must hold whole declarations.
    var isDeclarationLevel: Bool
    /// Distinguishes entity inclusions at the same depth (for the PE nesting constraints).
    var serial = 0
  }

  var b: [UInt8]
  var p: Int
  var current: Input
  var suspended: [Input] = []
  let options: ParseOptions
  let standalone: Bool
  var expandedBytes: Int
  var dtd = DoctypeDeclaration(name: "")
  /// The DTD has an external subset or a parameter-entity reference (read or not), so a
  /// reference to an undeclared entity is a validity error, not a well-formedness error
  /// (§4.1 WFC: Entity Declared).
  var hasUnreadParts = false
  /// After a parameter entity that was not read, entity and attribute-list declarations are
  /// not processed (§5.1), unless the document is standalone.
  var skipDeclarations = false
  var readingExternalSubset = false
  var includeDepth = 0
  /// Where each open INCLUDE section's `<![` was (for VC: Proper Conditional Section/PE Nesting).
  var includeMarks: [(depth: Int, serial: Int)] = []
  /// The keyword of the markup declaration being read (`ELEMENT`, `ATTLIST`, …), for messages.
  var currentDeclaration: String?
  var modelDepth = 0
  /// Which input a declaration place was last counted in, and where that count stood.
  struct PlaceKey: Equatable { var depth: Int; var entity: String?; var external: Bool }
  var placeCache: (key: PlaceKey, pos: Int, line: Int, lineStart: Int)?
  /// Inclusions made so far; the next one's ``Input/serial``.
  var inclusionCount = 0
  /// Problems that do not stop parsing, e.g. an external subset that could not be loaded.
  var warnings: [XMLSyntaxError] = []
  /// For warnings in the internal subset: their offset in the doctype text, for the tokenizer to place.
  var pendingWarningOffsets: [(index: Int, offset: Int?)] = []

  init(text: [UInt8], options: ParseOptions, standalone: Bool, baseURI: String?, expandedBytes: Int) {
    b = text
    p = 0
    current = Input(bytes: [], pos: 0, entity: nil, isExternal: false, baseURI: baseURI, isDeclarationLevel: false)
    self.options = options
    self.standalone = standalone
    self.expandedBytes = expandedBytes
  }

  // MARK: the doctype declaration

  mutating func parseDoctype() throws(Failure) -> DoctypeDeclaration {
    p = 9
    guard skipSpaces() else { throw fail(.spaceRequired, "Space required after '<!DOCTYPE'") }
    guard let name = scanName() else { throw fail(.nameRequired, "xmlParseDocTypeDecl : no DOCTYPE name !") }
    dtd.name = name
    _ = skipSpaces()
    if startsWith("SYSTEM") || startsWith("PUBLIC") {
      let (pub, sys) = try scanExternalID(requireSystem: true)
      dtd.publicID = pub
      dtd.systemID = sys
      _ = skipSpaces()
    }
    if p < b.count && b[p] == UInt8(ascii: "[") {
      p += 1
      dtd.hasInternalSubset = true
      try parseDeclarations()
      guard p < b.count && b[p] == UInt8(ascii: "]") else { throw fail(.doctypeNotFinished, "xmlParseInternalSubset: error detected in Markup declaration") }
      p += 1
      _ = skipSpaces()
    }
    guard p < b.count && b[p] == UInt8(ascii: ">") else { throw fail(.doctypeNotFinished, "DOCTYPE improperly terminated") }
    if let sys = dtd.systemID {
      hasUnreadParts = true
      if options.loadExternalDTD {
        try readExternalSubset(systemID: sys, publicID: dtd.publicID)
      } else {
        hasUnreadParts = true
      }
    }
    return dtd
  }

  mutating func readExternalSubset(systemID: String, publicID: String?) throws(Failure) {
    // libxml2 reports a failed load of the external subset after the declaration's `>`.
    let after = p < b.count && b[p] == UInt8(ascii: ">") ? p + 1 : p
    guard let (uri, text) = try load(systemID: systemID, publicID: publicID, baseURI: current.baseURI, warningAt: after) else {
      hasUnreadParts = true
      return
    }
    b = text
    p = 0
    current = Input(bytes: [], pos: 0, entity: nil, isExternal: true, baseURI: uri, isDeclarationLevel: false)
    readingExternalSubset = true
    try parseDeclarations()
    if p < b.count { throw fail(.extSubsetNotFinished, "Content error in the external subset") }
    if includeDepth > 0 { throw fail(.condSecNotFinished, "XML conditional section not closed") }
  }

  /// Loads and decodes an external entity; `nil` (after noting it) when it cannot be read.
  /// `warningAt`: where a failed load is reported (in the main text), instead of here.
  mutating func load(systemID: String, publicID: String?, baseURI: String?, warningAt: Int? = nil) throws(Failure) -> (String, [UInt8])? {
    let resolved: (uri: String, bytes: [UInt8])
    do {
      resolved = try options.resolver.resolve(systemID: systemID, publicID: publicID, baseURI: baseURI)
    } catch {
      // libxml2 names the resource as resolved against the base (`sub/x.dtd`), not as written.
      let uri = (error as? ResourceError)?.uri ?? systemID
      let w = fail(.ioLoadError, "failed to load external entity \"\(uri)\"").error
      pendingWarningOffsets.append((warnings.count, warningAt ?? fail(.ioLoadError, "").internalOffset))
      warnings.append(w)
      return nil
    }
    do {
      return (resolved.uri, try ExternalText.decode(resolved.bytes, uri: resolved.uri, options: options))
    } catch let e {
      throw Failure(error: e, internalOffset: nil)
    }
  }

  /// External parameter entities are read when the external subset is, or when entities are
  /// substituted (as libxml2 does for `XML_PARSE_NOENT`).
  var readsExternalParameterEntities: Bool { options.loadExternalDTD || options.substituteEntities }

  // MARK: input stack

  mutating func push(_ text: [UInt8], entity: String, isExternal: Bool, baseURI: String?, declarationLevel: Bool) {
    current.bytes = b
    current.pos = p
    suspended.append(current)
    inclusionCount += 1
    current = Input(bytes: [], pos: 0, entity: entity, isExternal: isExternal, baseURI: baseURI,
                    isDeclarationLevel: declarationLevel, serial: inclusionCount)
    b = text
    p = 0
  }

  mutating func pop() {
    current = suspended.removeLast()
    b = current.bytes
    p = current.pos
    current.bytes = []
  }

  /// The next byte; the end of an entity included inside a declaration falls through to the
  /// text around it.
  mutating func peek() -> UInt8? {
    while p >= b.count {
      guard !suspended.isEmpty, !current.isDeclarationLevel else { return nil }
      pop()
    }
    return b[p]
  }

  func startsWith(_ s: String) -> Bool {
    var i = p
    for c in s.utf8 {
      guard i < b.count, b[i] == c else { return false }
      i += 1
    }
    return true
  }

  /// Plain white space, no parameter entities.
  mutating func skipSpaces() -> Bool {
    let s = p
    while p < b.count && XMLChar.isSpace(b[p]) { p += 1 }
    return p > s
  }

  /// White space inside a declaration, where a parameter-entity reference may also stand
  /// (it is replaced, with a space either side) in external parts of the DTD.
  mutating func skipDeclarationSpaces() throws(Failure) -> Bool {
    var skipped = false
    while true {
      guard let c = peek() else { return skipped }
      if XMLChar.isSpace(c) { p += 1; skipped = true; continue }
      if c == UInt8(ascii: "%") && p + 1 < b.count && isNameStartAt(p + 1) {
        guard current.isExternal else {
          throw fail(.peRefInIntSubset, "PEReferences forbidden in internal subset")
        }
        p += 1
        let name = try scanPEReferenceName()
        try includeParameterEntity(name, declarationLevel: false)
        skipped = true
        continue
      }
      return skipped
    }
  }

  mutating func requireDeclarationSpaces(_ what: String) throws(Failure) {
    guard try skipDeclarationSpaces() else { throw fail(.spaceRequired, "Space required \(what)") }
  }

  func isNameStartAt(_ i: Int) -> Bool {
    let (c, _) = XMLChar.decode(b, i)
    return XMLChar.isNameStart(c)
  }

  mutating func scanName() -> String? {
    let s = p
    var first = true
    while p < b.count {
      let (c, len) = XMLChar.decode(b, p)
      if !(first ? XMLChar.isNameStart(c) : XMLChar.isNameChar(c)) { break }
      p += len
      first = false
    }
    return p > s ? String(decoding: b[s..<p], as: UTF8.self) : nil
  }

  mutating func scanNmtoken() -> String? {
    let s = p
    while p < b.count {
      let (c, len) = XMLChar.decode(b, p)
      if !XMLChar.isNameChar(c) { break }
      p += len
    }
    return p > s ? String(decoding: b[s..<p], as: UTF8.self) : nil
  }

  /// `PEReference ::= '%' Name ';'`, after the `%`.
  mutating func scanPEReferenceName() throws(Failure) -> String {
    guard let name = scanName() else { throw fail(.peRefNoName, "PEReference: no name") }
    guard p < b.count && b[p] == UInt8(ascii: ";") else { throw fail(.peRefSemicolonMissing, "PEReference: expecting ';'") }
    p += 1
    return name
  }

  func isExpanding(_ name: String) -> Bool {
    current.entity == name || suspended.contains { $0.entity == name }
  }

  /// Replaces a parameter-entity reference: its text becomes the current input.
  mutating func includeParameterEntity(_ name: String, declarationLevel: Bool) throws(Failure) {
    hasUnreadParts = true
    guard let entity = dtd.parameterEntities[name] else {
      if standalone { throw fail(.undeclaredEntity, "PEReference: %\(name); not found") }
      recordValidityError(.undeclaredEntityWarning, "PEReference: %\(name); not found")
      hasUnreadParts = true
      skipDeclarations = true
      return
    }
    if isExpanding(name) { throw fail(.entityLoop, "Detected an entity reference loop") }
    if suspended.count >= options.limits.maxEntityDepth {
      throw fail(.entityLoop, "Maximum entity nesting depth exceeded", limit: .entityDepth)
    }
    var text: [UInt8]
    var base = current.baseURI
    var external = entity.isExternallyDeclared
    if let v = entity.value {
      text = v
    } else {
      guard readsExternalParameterEntities, let sys = entity.systemID,
            let (uri, loaded) = try load(systemID: sys, publicID: entity.publicID, baseURI: entity.baseURI) else {
        hasUnreadParts = true
        if !standalone { skipDeclarations = true }
        return
      }
      text = loaded
      base = uri
      external = true
    }
    expandedBytes += text.count
    if expandedBytes > options.limits.maxEntityExpansion {
      throw fail(.entityLoop, "Maximum entity expansion size exceeded", limit: .entityExpansion)
    }
    text = [0x20] + text + [0x20]
    push(text, entity: name, isExternal: external, baseURI: base, declarationLevel: declarationLevel)
  }

  // MARK: errors

  /// Notes a validity error (parsing goes on); the validator reports it.
  mutating func recordValidityError(_ code: XMLSyntaxError.Code, _ message: String) {
    if dtd.validityFacts.errors.count < 1000 { dtd.validityFacts.errors.append(fail(code, message).error) }
  }

  /// Where the input is, for the PE nesting constraints: the inclusion depth and which inclusion.
  var inclusionMark: (depth: Int, serial: Int) { (suspended.count, current.serial) }

  func fail(_ code: XMLSyntaxError.Code, _ message: String, limit: LimitKind? = nil) -> Failure {
    let stack = suspended + [Input(bytes: b, pos: p, entity: current.entity, isExternal: current.isExternal,
                                   baseURI: current.baseURI, isDeclarationLevel: current.isDeclarationLevel)]
    if let ext = stack.last(where: { $0.isExternal && ($0.entity != nil || readingExternalSubset) }) {
      var line = 1, lineStart = 0
      for i in 0..<min(ext.pos, ext.bytes.count) where ext.bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
      var e = XMLSyntaxError(code, message, at: SourcePosition(line: line, column: ext.pos - lineStart + 1, offset: ext.pos),
                             file: ext.baseURI)
      e.sourceLine = Tokenizer.lineText(ext.bytes, lineStart)
      e.limit = limit
      return Failure(error: e, internalOffset: nil)
    }
    var e = XMLSyntaxError(code, message)
    e.limit = limit
    return Failure(error: e, internalOffset: stack[0].pos)
  }
}
