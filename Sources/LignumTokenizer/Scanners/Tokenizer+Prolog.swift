extension Tokenizer {
  /// `XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>'` (§2.8)
  mutating func scanXMLDeclaration() throws(XMLSyntaxError) -> Token {
    guard let end = try find("?>", from: pos + 5) else {
      throw fail(.xmlDeclNotFinished, "parsing XML declaration: '?>' expected")
    }
    let start = pos
    var p = DeclarationParser(bytes: Array(buf[(pos + 5)..<end]))
    let fields: [(String, String)]
    do { fields = try p.parse() } catch let e {
      pos = start + 5 + e.offset
      throw fail(e.code, e.message)
    }
    var index = 0
    guard index < fields.count, fields[index].0 == "version" else {
      pos = start + 5
      throw fail(.versionMissing, "Malformed declaration expecting version")
    }
    let version = fields[index].1
    if version != "1.0" {
      // As libxml2: a value that is not `[0-9] '.' [0-9]*` throughout is an unclosed string at
      // its first other byte; `1.x` is read as 1.0 with a warning, other versions are refused.
      let value = p.valueRanges[index]
      let numLength = DeclarationParser.versionNumLength(version)
      if numLength < 2 && numLength == version.utf8.count {   // "" or one digit: no number read
        pos = start + 5 + value.upperBound + 1
        throw fail(.versionMissing, "Malformed declaration expecting version")
      }
      if numLength < version.utf8.count {
        pos = start + 5 + value.lowerBound + numLength
        throw fail(.stringNotClosed, "String not closed expecting \" or '")
      }
      let afterQuote = start + 5 + value.upperBound + 1
      let isOneDot = version.utf8.first == UInt8(ascii: "1")
      if !isOneDot && !options.recover {
        pos = afterQuote
        throw fail(.unknownVersion, "Unsupported version '\(version)'")
      }
      if warnings.count < 1000 {
        warnings.append(failAt(afterQuote, isOneDot ? .unknownVersionWarning : .unknownVersion,
                               "Unsupported version '\(version)'"))
      }
    }
    index += 1
    var decl = XMLDeclaration(version: version)
    if index < fields.count, fields[index].0 == "encoding" {
      guard DeclarationParser.isEncName(fields[index].1) else { throw fail(.encodingName, "Invalid XML encoding name") }
      decl.encoding = fields[index].1
      if options.forcedEncoding == nil, let problem = decoder.mismatch(declared: fields[index].1) {
        throw fail(.invalidEncoding, problem)
      }
      index += 1
    }
    if index < fields.count, fields[index].0 == "standalone" {
      switch fields[index].1 {
      case "yes": decl.standalone = true
      case "no": decl.standalone = false
      default: throw fail(.standaloneValue, "standalone accepts only 'yes' or 'no'")
      }
      index += 1
    }
    if index < fields.count { throw fail(.xmlDeclNotFinished, "parsing XML declaration: '?>' expected") }
    standalone = decl.standalone == true
    xmlDeclaration = decl
    pos = end + 2
    return .xmlDeclaration
  }

  /// `doctypedecl ::= '<!DOCTYPE' S Name (S ExternalID)? S? ('[' intSubset ']' S?)? '>'`
  ///
  /// The whole declaration is gathered first (so pushed input is handled like the rest), then
  /// read by ``DTDParser``.
  mutating func scanDoctype() throws(XMLSyntaxError) -> Token {
    let end = try findDoctypeEnd()
    let start = pos
    var parser = DTDParser(text: Array(buf[start..<end]), options: options, standalone: standalone,
                           baseURI: options.baseURI, expandedBytes: expandedBytes)
    do {
      doctype = try parser.parseDoctype()
    } catch let e {
      if let offset = e.internalOffset {
        pos = start + offset
        var err = fail(e.error.code, e.error.message, limit: e.error.limit)
        err.limit = e.error.limit
        throw err
      }
      throw e.error
    }
    dtdHasUnreadParts = parser.hasUnreadParts
    for (index, offset) in parser.pendingWarningOffsets {
      guard let offset else { continue }
      pos = start + offset
      var w = fail(parser.warnings[index].code, parser.warnings[index].message)
      w.limit = nil
      parser.warnings[index] = w
    }
    warnings.append(contentsOf: parser.warnings)
    expandedBytes = parser.expandedBytes
    pos = end
    return .doctype
  }

  /// Index just after the `>` that closes the doctype declaration starting at `pos`.
  func findDoctypeEnd() throws(XMLSyntaxError) -> Int {
    var i = pos + 9
    var inSubset = false
    let n = buf.count
    while true {
      guard i < n else {
        if (documentFinal || !suspended.isEmpty) { throw fail(.doctypeNotFinished, "DOCTYPE improperly terminated") }
        throw XMLSyntaxError(Self.needMore, "")
      }
      let c = buf[i]
      switch c {
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        var j = i + 1
        while j < n && buf[j] != c { j += 1 }
        if j >= n { i = n; continue }
        i = j + 1
      case UInt8(ascii: "["):
        if inSubset { i += 1 } else { inSubset = true; i += 1 }
      case UInt8(ascii: "]"):
        inSubset = false; i += 1
      case UInt8(ascii: ">"):
        if !inSubset { return i + 1 }
        i += 1
      case UInt8(ascii: "<") where inSubset:
        if i + 3 < n && buf[i + 1] == UInt8(ascii: "!") && buf[i + 2] == UInt8(ascii: "-") && buf[i + 3] == UInt8(ascii: "-") {
          var j = i + 4
          while j + 2 < n && !(buf[j] == UInt8(ascii: "-") && buf[j + 1] == UInt8(ascii: "-") && buf[j + 2] == UInt8(ascii: ">")) { j += 1 }
          if j + 2 >= n { i = n; continue }
          i = j + 3
        } else if i + 1 < n && buf[i + 1] == UInt8(ascii: "?") {
          var j = i + 2
          while j + 1 < n && !(buf[j] == UInt8(ascii: "?") && buf[j + 1] == UInt8(ascii: ">")) { j += 1 }
          if j + 1 >= n { i = n; continue }
          i = j + 2
        } else if i + 3 >= n && !(documentFinal || !suspended.isEmpty) {
          throw XMLSyntaxError(Self.needMore, "")
        } else {
          i += 1
        }
      default:
        i += 1
      }
    }
  }
}
