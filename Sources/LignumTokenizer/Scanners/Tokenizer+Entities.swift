extension Tokenizer {
  /// `&name;` in content, for an entity other than the five predefined ones (§4.4.2, §4.4.3).
  mutating func handleContentEntityReference(_ nameBytes: ArraySlice<UInt8>) throws(XMLSyntaxError) -> Token? {
    let name = String(decoding: nameBytes, as: UTF8.self)
    let reports = !options.substituteEntities
    if !reports { replacedEntityReferences += 1 }
    guard let entity = doctype?.generalEntities[name] else {
      if !dtdHasUnreadParts || standalone {
        guard options.recover else { throw fail(.undeclaredEntity, "Entity '\(name)' not defined") }
        warn(.undeclaredEntity, "Entity '\(name)' not defined")
        return nil
      }
      // libxml2 keeps a reference node for an entity it could not see declared.
      warn(.undeclaredEntityWarning, "Entity '\(name)' not defined")
      return reportEmptyReference(name, true)
    }
    if standalone && entity.isExternallyDeclared {
      throw fail(.undeclaredEntity, "Entity '\(name)' not defined")
    }
    if entity.isUnparsed { throw fail(.unparsedEntity, "Entity reference to unparsed entity \(name)") }
    if isExpanding(name) { throw fail(.entityLoop, "Detected an entity reference loop") }
    if entityDepth >= limits.maxEntityDepth {
      throw fail(.entityLoop, "Maximum entity nesting depth exceeded", limit: .entityDepth)
    }
    let text: [UInt8]
    var base = current.baseURI
    if let value = entity.value {
      text = value
    } else {
      guard options.substituteEntities, let loaded = try loadExternalParsedEntity(entity) else {
        return reportEmptyReference(name, reports)
      }
      text = loaded.bytes
      base = loaded.uri
    }
    expandedBytes += text.count
    try checkAmplification(projecting: entity.value == nil ? 0 : expandedSize(of: name) - text.count)
    let event: Token? = reports ? .startEntity(name: appendToScratch(Array(nameBytes))) : nil
    pushInput(text, entity: name, reportsBoundary: reports, baseURI: base, isExternal: entity.value == nil)
    return event
  }

  /// A reference whose content is not read: `startEntity`, then `endEntity` from an empty input.
  private mutating func reportEmptyReference(_ name: String, _ reports: Bool) -> Token? {
    guard reports else { return nil }
    let r = appendToScratch(Array(name.utf8))
    pushInput([], entity: name, reportsBoundary: true, baseURI: current.baseURI, isExternal: false)
    return .startEntity(name: r)
  }

  /// Reads, decodes and strips the text declaration of an external parsed entity (cached).
  mutating func loadExternalParsedEntity(_ entity: EntityDeclaration) throws(XMLSyntaxError) -> (bytes: [UInt8], uri: String)? {
    if let cached = externalEntityCache[entity.name] { return cached }
    guard let systemID = entity.systemID else { return nil }
    let loaded: (uri: String, bytes: [UInt8])
    do {
      loaded = try options.resolver.resolve(systemID: systemID, publicID: entity.publicID, baseURI: entity.baseURI)
    } catch {
      let uri = (error as? ResourceError)?.uri ?? systemID
      var w = XMLSyntaxError(.ioLoadError, "failed to load external entity \"\(uri)\"")
      w.position = SourcePosition(line: 0, column: 0, offset: 0)
      warnings.append(w)
      return nil
    }
    let text = try ExternalText.decode(loaded.bytes, uri: loaded.uri, options: options)
    let result = (text, loaded.uri)
    externalEntityCache[entity.name] = result
    return result
  }
}

/// Decoding external entities and their text declarations (§4.3.1).
enum ExternalText {
  /// The UTF-8 replacement text of an external entity: decoded, line ends normalized, text
  /// declaration checked and removed.
  static func decode(_ raw: [UInt8], uri: String, options: ParseOptions) throws(XMLSyntaxError) -> [UInt8] {
    var decoder = InputDecoder()
    var out: [UInt8] = []
    decoder.decode(raw, isFinal: true, into: &out)
    if decoder.error == nil, let declared = decoder.encodingName ?? InputDecoder.declaredEncoding(Array(out.prefix(200))),
       let problem = decoder.mismatch(declared: declared) {
      throw XMLSyntaxError(.invalidEncoding, problem, at: SourcePosition(line: 1, column: 1, offset: 0), file: uri)
    }
    if let e = decoder.error {
      var err = XMLSyntaxError(e.code, e.message, at: SourcePosition(line: lineOf(out, out.count), column: 1, offset: out.count), file: uri)
      err.sourceLine = nil
      throw err
    }
    return try stripTextDeclaration(out, uri: uri)
  }

  static func lineOf(_ b: [UInt8], _ end: Int) -> Int {
    var line = 1
    for i in 0..<min(end, b.count) where b[i] == 0x0A { line += 1 }
    return line
  }

  /// `TextDecl ::= '<?xml' VersionInfo? EncodingDecl S? '?>'`
  static func stripTextDeclaration(_ b: [UInt8], uri: String) throws(XMLSyntaxError) -> [UInt8] {
    guard b.count >= 6, b[0..<5].elementsEqual("<?xml".utf8), XMLChar.isSpace(b[5]) else { return b }
    func error(_ code: XMLSyntaxError.Code, _ m: String, _ at: Int) -> XMLSyntaxError {
      XMLSyntaxError(code, m, at: SourcePosition(line: lineOf(b, at), column: at + 1, offset: at), file: uri)
    }
    guard let end = InputDecoder.find(Array("?>".utf8), in: b, from: 5) else {
      throw error(.xmlDeclNotFinished, "parsing XML declaration: '?>' expected", b.count)
    }
    var p = DeclarationParser(bytes: Array(b[5..<end]))
    let fields: [(String, String)]
    do { fields = try p.parse() } catch let e { throw error(e.code, e.message, 5 + e.offset) }
    var index = 0
    if index < fields.count && fields[index].0 == "version" {
      // An XML 1.0 document cannot include an entity of another version (erratum E38).
      guard fields[index].1 == "1.0" else { throw error(.unknownVersion, "Unsupported version '\(fields[index].1)'", 5) }
      index += 1
    }
    guard index < fields.count && fields[index].0 == "encoding" else {
      throw error(.missingEncoding, "Missing encoding in text declaration", 5)
    }
    guard DeclarationParser.isEncName(fields[index].1) else { throw error(.encodingName, "Invalid XML encoding name", 5) }
    index += 1
    if index < fields.count { throw error(.xmlDeclNotFinished, "parsing XML declaration: '?>' expected", 5) }
    return Array(b[(end + 2)...])
  }
}

extension XMLSyntaxError.Code {
  public static let missingEncoding = Self(rawValue: 101)
}

/// The pseudo-attributes of an XML or text declaration, between `<?xml` and `?>`.
struct DeclarationParser {
  struct Failure: Error { var code: XMLSyntaxError.Code; var message: String; var offset: Int }
  let bytes: [UInt8]
  var pos = 0
  /// Where each value of ``parse()`` lies in `bytes` (between its quotes).
  var valueRanges: [Range<Int>] = []

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// `(S name Eq quoted)* S?` — names and values in order; whitespace is required before each.
  mutating func parse() throws(Failure) -> [(String, String)] {
    var out: [(String, String)] = []
    while true {
      let hadSpace = skipSpaces()
      if pos >= bytes.count { return out }
      guard hadSpace else { throw Failure(code: .spaceRequired, message: "Blank needed here", offset: pos) }
      let ns = pos
      while pos < bytes.count, bytes[pos] >= UInt8(ascii: "a"), bytes[pos] <= UInt8(ascii: "z") { pos += 1 }
      let name = String(decoding: bytes[ns..<pos], as: UTF8.self)
      guard ["version", "encoding", "standalone"].contains(name) else {
        throw Failure(code: .xmlDeclNotFinished, message: "parsing XML declaration: '?>' expected", offset: ns)
      }
      _ = skipSpaces()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: "=") else {
        throw Failure(code: .equalRequired, message: "Blank needed here", offset: pos)
      }
      pos += 1
      _ = skipSpaces()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") || bytes[pos] == UInt8(ascii: "'") else {
        throw Failure(code: .stringNotStarted, message: "String not started expecting ' or \"", offset: pos)
      }
      let q = bytes[pos]
      pos += 1
      let vs = pos
      while pos < bytes.count, bytes[pos] != q { pos += 1 }
      guard pos < bytes.count else { throw Failure(code: .stringNotClosed, message: "String not closed expecting \" or '", offset: pos) }
      out.append((name, String(decoding: bytes[vs..<pos], as: UTF8.self)))
      valueRanges.append(vs..<pos)
      pos += 1
    }
  }

  mutating func skipSpaces() -> Bool {
    let s = pos
    while pos < bytes.count, XMLChar.isSpace(bytes[pos]) { pos += 1 }
    return pos > s
  }

  /// How much of `v` libxml2 reads as a version number, `[0-9] '.' [0-9]*` (its
  /// `xmlParseVersionNum`, wider than the grammar's `'1.' [0-9]+`): where it stops reading.
  static func versionNumLength(_ v: String) -> Int {
    let u = Array(v.utf8)
    guard let first = u.first, first >= 48, first <= 57 else { return 0 }
    guard u.count >= 2, u[1] == UInt8(ascii: ".") else { return 1 }
    var n = 2
    while n < u.count, u[n] >= 48, u[n] <= 57 { n += 1 }
    return n
  }

  /// `EncName ::= [A-Za-z] ([A-Za-z0-9._] | '-')*`
  static func isEncName(_ v: String) -> Bool {
    let u = Array(v.utf8)
    guard let f = u.first, (f | 0x20) >= UInt8(ascii: "a") && (f | 0x20) <= UInt8(ascii: "z") else { return false }
    return u.allSatisfy { b in
      ((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")) || (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }
  }
}

extension Tokenizer {
  /// Bytes an internal general entity expands to, nested references included (saturating;
  /// references to undeclared, external or recursive entities count nothing here — expanding
  /// them is checked as it happens).
  mutating func expandedSize(of name: String) -> Int {
    if let known = expandedSizeCache[name] { return known }
    var visiting: Set<String> = []
    return expandedSize(of: name, visiting: &visiting)
  }

  private mutating func expandedSize(of name: String, visiting: inout Set<String>) -> Int {
    if let known = expandedSizeCache[name] { return known }
    guard let value = doctype?.generalEntities[name]?.value, visiting.count < limits.maxEntityDepth,
          visiting.insert(name).inserted else { return 0 }
    var size = 0
    var i = 0
    while i < value.count {
      if value[i] == UInt8(ascii: "&"), i + 1 < value.count, value[i + 1] != UInt8(ascii: "#"),
         let semi = value[(i + 1)...].firstIndex(of: UInt8(ascii: ";")) {
        let ref = value[(i + 1)..<semi]
        if Self.predefinedEntity(ref) != nil { size &+= 1 } else {
          let inner = expandedSize(of: String(decoding: ref, as: UTF8.self), visiting: &visiting)
          size = size > Int.max / 2 || inner > Int.max / 2 ? Int.max / 2 : size + inner
        }
        i = semi + 1
        continue
      }
      size &+= 1
      i += 1
    }
    visiting.remove(name)
    expandedSizeCache[name] = size
    return size
  }
}
