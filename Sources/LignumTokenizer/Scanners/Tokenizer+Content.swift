import LignumKernel

extension Tokenizer {
  // MARK: Misc (prolog and epilog)

  /// `Misc ::= Comment | PI | S` before and after the root element, plus the doctype and the root.
  mutating func scanMisc() throws(XMLSyntaxError) -> Token? {
    _ = try skipSpaces()
    guard pos < buf.count else { return nil }
    tokenStart = pos
    guard buf[pos] == UInt8(ascii: "<") else {
      if mode == .epilog { throw fail(.extraContent, "Extra content at the end of the document") }
      if buf[pos] == UInt8(ascii: "&") { throw fail(.documentStart, "Start tag expected, '<' not found") }
      throw fail(.documentEmpty, "Start tag expected, '<' not found")
    }
    guard let b1 = try peek(1) else { throw fail(.documentEmpty, "Start tag expected, '<' not found") }
    switch b1 {
    case UInt8(ascii: "?"):
      return try scanProcessingInstruction()
    case UInt8(ascii: "!"):
      if try startsWith("<!--") { return try scanComment() }
      if mode == .prolog, try startsWith("<!DOCTYPE") {
        if doctype != nil { throw fail(.extraContent, "Extra content at the end of the document") }
        return try scanDoctype()
      }
      if mode == .epilog { throw fail(.extraContent, "Extra content at the end of the document") }
      throw fail(.documentEmpty, "StartTag: invalid element name")
    default:
      if mode == .epilog { throw fail(.extraContent, "Extra content at the end of the document") }
      let event = try scanStartTag()
      mode = .content
      return event
    }
  }

  // MARK: content

  /// `content ::= CharData? ((element | Reference | CDSect | PI | Comment) CharData?)*`
  @inline(__always)
  mutating func scanContent() throws(XMLSyntaxError) -> Token? {
    let b = buf[pos]
    if b != UInt8(ascii: "<") { return try scanText() }
    guard let b1 = try peek(1) else { throw fail(.tagNotFinished, "StartTag: invalid element name") }
    switch b1 {
    case UInt8(ascii: "/"):
      return try scanEndTag()
    case UInt8(ascii: "?"):
      return try scanProcessingInstruction()
    case UInt8(ascii: "!"):
      if try startsWith("<!--") { return try scanComment() }
      if try startsWith("<![CDATA[") { return try scanCDATA() }
      throw fail(.nameRequired, "StartTag: invalid element name")
    default:
      return try scanStartTag()
    }
  }

  /// Character data up to the next markup or general entity reference. Character references
  /// and the five predefined entities are replaced inline.
  mutating func scanText() throws(XMLSyntaxError) -> Token? {
    let n = buf.count
    textHasCharacterReference = false
    // Fast path: text that ends at markup with nothing to replace is borrowed from the input.
    let start = pos
    let runEnd = ByteScan.textRunEnd(buf.span, from: pos)
    if runEnd < n && buf[runEnd] == UInt8(ascii: "<") && runEnd > start {
      if runEnd - start > limits.maxTextLength {
        throw fail(.internalError, "xmlParseCharData: huge text node, use XML_PARSE_HUGE option", limit: .textLength)
      }
      pos = runEnd
      return .text(inputRange(start..<runEnd))
    }
    while true {
      let runStart = pos
      pos = ByteScan.textRunEnd(buf.span, from: pos)
      if pos > runStart { scratch.append(contentsOf: buf[runStart..<pos]) }
      if scratch.count - eventStart > limits.maxTextLength {
        throw fail(.internalError, "xmlParseCharData: huge text node, use XML_PARSE_HUGE option", limit: .textLength)
      }
      if pos >= n {
        if !(documentFinal || !suspended.isEmpty) { throw XMLSyntaxError(Self.needMore, "") }
        break
      }
      let c = buf[pos]
      if c == UInt8(ascii: "<") { break }
      if c == UInt8(ascii: "]") {
        if try startsWith("]]>") { throw fail(.misplacedCDATAEnd, "Sequence ']]>' not allowed in content") }
        scratch.append(c)
        pos += 1
        continue
      }
      // '&'
      if try peek(1) == UInt8(ascii: "#") {
        let scalar = try scanCharacterReference()
        XMLChar.appendUTF8(scalar, to: &scratch)
        textHasCharacterReference = true
        continue
      }
      let refStart = pos
      let name = try scanEntityReferenceName()
      if let ch = Self.predefinedEntity(name) {
        scratch.append(ch)
        continue
      }
      if scratch.count > eventStart {
        pos = refStart
        break
      }
      if let event = try handleContentEntityReference(name) { return event }
      return nil
    }
    if scratch.count == eventStart { return nil }
    return .text(scratchRange(eventStart, scratch.count))
  }

  static func predefinedEntity(_ name: ArraySlice<UInt8>) -> UInt8? {
    switch name.count {
    case 2:
      if name.first == UInt8(ascii: "l") && name.last == UInt8(ascii: "t") { return UInt8(ascii: "<") }
      if name.first == UInt8(ascii: "g") && name.last == UInt8(ascii: "t") { return UInt8(ascii: ">") }
    case 3:
      if name.elementsEqual("amp".utf8) { return UInt8(ascii: "&") }
    case 4:
      if name.elementsEqual("apos".utf8) { return UInt8(ascii: "'") }
      if name.elementsEqual("quot".utf8) { return UInt8(ascii: "\"") }
    default: break
    }
    return nil
  }

  /// `CharRef ::= '&#' [0-9]+ ';' | '&#x' [0-9a-fA-F]+ ';'` at `pos`; returns the character.
  mutating func scanCharacterReference() throws(XMLSyntaxError) -> UInt32 {
    pos += 2
    var value: UInt32 = 0
    var digits = 0
    let hex = try peek() == UInt8(ascii: "x")
    if hex { pos += 1 }
    while true {
      guard let d = try peek() else { throw fail(.invalidCharRef, "xmlParseCharRef: invalid xmlChar value 0") }
      var v: UInt32
      switch d {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(d - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: v = UInt32(d - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: v = UInt32(d - UInt8(ascii: "A") + 10)
      case UInt8(ascii: ";"):
        pos += 1
        guard digits > 0 else {
          throw fail(hex ? .invalidHexCharRef : .invalidDecCharRef, hex ? "xmlParseCharRef: invalid hexadecimal value" : "xmlParseCharRef: invalid decimal value")
        }
        guard XMLChar.isChar(value) else {
          throw fail(.invalidChar, "xmlParseCharRef: invalid xmlChar value \(value)")
        }
        return value
      default:
        throw fail(hex ? .invalidHexCharRef : .invalidDecCharRef, hex ? "xmlParseCharRef: invalid hexadecimal value" : "xmlParseCharRef: invalid decimal value")
      }
      value = value > 0x10FFFF ? 0x110000 : value * (hex ? 16 : 10) + v
      digits += 1
      pos += 1
    }
  }

  /// `EntityRef ::= '&' Name ';'` at `pos`; returns the name (a slice of the input).
  mutating func scanEntityReferenceName() throws(XMLSyntaxError) -> ArraySlice<UInt8> {
    pos += 1
    guard let r = try scanName() else {
      throw fail(.entityRefNoName, "xmlParseEntityRef: no name")
    }
    guard try peek() == UInt8(ascii: ";") else {
      throw fail(.entityRefSemicolonMissing, "EntityRef: expecting ';'")
    }
    pos += 1
    return buf[r]
  }

  // MARK: names

  /// `Name ::= NameStartChar (NameChar)*` at `pos`, or `nil` (pos unchanged) if none starts here.
  mutating func scanName() throws(XMLSyntaxError) -> Range<Int>? {
    let start = pos
    let n = buf.count
    lastNameColons = nil
    // Fast path: ASCII names, scanned in bulk.
    if pos < n {
      let b0 = buf[pos]
      let l = b0 | 0x20
      if (l >= 0x61 && l <= 0x7A) || b0 == 0x5F || b0 == 0x3A {
        let (end, firstColon, colons) = ByteScan.asciiNameScan(buf.span, from: pos)
        if end < n && buf[end] < 0x80 {
          lastNameColons = (firstColon, colons)
          pos = end
          if pos - start > limits.maxNameLength {
            throw fail(.nameTooLong, "Name too long, use XML_PARSE_HUGE option", limit: .nameLength)
          }
          return start..<pos
        }
      }
    }
    var first = true
    while true {
      if pos >= n {
        if !(documentFinal || !suspended.isEmpty) { throw XMLSyntaxError(Self.needMore, "") }
        break
      }
      let b = buf[pos]
      if b < 0x80 {
        let cls = XMLChar.asciiClass[Int(b)]
        if cls & (first ? XMLChar.nameStartBit : XMLChar.nameBit) == 0 { break }
        pos += 1
      } else {
        let (c, len) = XMLChar.decode(buf, pos)
        if pos + len > n { if !(documentFinal || !suspended.isEmpty) { throw XMLSyntaxError(Self.needMore, "") }; break }
        if !(first ? XMLChar.isNameStart(c) : XMLChar.isNameChar(c)) { break }
        pos += len
      }
      first = false
      if pos - start > limits.maxNameLength {
        throw fail(.nameTooLong, "Name too long, use XML_PARSE_HUGE option", limit: .nameLength)
      }
    }
    return pos > start ? start..<pos : nil
  }

  /// `Nmtoken ::= (NameChar)+`
  mutating func scanNmtoken() throws(XMLSyntaxError) -> Range<Int>? {
    let start = pos
    while true {
      guard let b = try peek() else { break }
      if b < 0x80 {
        if XMLChar.asciiClass[Int(b)] & XMLChar.nameBit == 0 { break }
        pos += 1
      } else {
        let (c, len) = XMLChar.decode(buf, pos)
        if !XMLChar.isNameChar(c) { break }
        pos += len
      }
    }
    return pos > start ? start..<pos : nil
  }

  // MARK: comments, PIs, CDATA

  /// Index of the next `literal` at or after `from`; `nil` at the end of a final input.
  mutating func find(_ literalString: String, from: Int) throws(XMLSyntaxError) -> Int? {
    let literal = Array(literalString.utf8)
    let n = literal.count
    let first = literal[0]
    var i = from
    while i + n <= buf.count {
      if buf[i] == first {
        var k = 1
        while k < n && buf[i + k] == literal[k] { k += 1 }
        if k == n { return i }
      }
      i += 1
    }
    if (documentFinal || !suspended.isEmpty) { return nil }
    throw XMLSyntaxError(Self.needMore, "")
  }

  /// `Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->'`
  mutating func scanComment() throws(XMLSyntaxError) -> Token {
    let start = pos + 4
    guard let dashes = try find("--", from: start) else {
      throw fail(.commentNotFinished, "Comment not terminated")
    }
    guard let after = try peekAt(dashes + 2) else { throw fail(.commentNotFinished, "Comment not terminated") }
    if after != UInt8(ascii: ">") {
      pos = dashes
      throw fail(.hyphenInComment, "Double hyphen within comment")
    }
    if dashes - start > limits.maxTextLength {
      throw fail(.commentNotFinished, "Comment too big found", limit: .textLength)
    }
    pos = dashes + 3
    return .comment(inputRange(start..<dashes))
  }

  mutating func peekAt(_ i: Int) throws(XMLSyntaxError) -> UInt8? {
    if i < buf.count { return buf[i] }
    if (documentFinal || !suspended.isEmpty) { return nil }
    throw XMLSyntaxError(Self.needMore, "")
  }

  /// `PI ::= '<?' PITarget (S (Char* - (Char* '?>' Char*)))? '?>'`
  mutating func scanProcessingInstruction() throws(XMLSyntaxError) -> Token {
    pos += 2
    guard let target = try scanName() else {
      throw fail(.piNotStarted, "xmlParsePI : no target name")
    }
    let t = buf[target]
    if t.count == 3, t.map({ $0 | 0x20 }).elementsEqual("xml".utf8) {
      throw fail(.reservedXMLName, "XML declaration allowed only at the start of the document")
    }
    if options.namespaces && t.contains(UInt8(ascii: ":")) {
      try namespaceError(.nsColon, "colons are forbidden from PI names '\(String(decoding: t, as: UTF8.self))'", at: pos)
    }
    let targetRange = inputRange(target)
    if try startsWith("?>") {
      pos += 2
      return .processingInstruction(target: targetRange, data: inputRange(target.upperBound..<target.upperBound))
    }
    guard try skipSpaces() else {
      if pos >= buf.count { throw fail(.piNotFinished, "ParsePI: PI \(String(decoding: t, as: UTF8.self)) never end ...") }
      throw fail(.spaceRequired, "ParsePI: PI \(String(decoding: t, as: UTF8.self)) space expected")
    }
    guard let end = try find("?>", from: pos) else {
      throw fail(.piNotFinished, "ParsePI: PI \(String(decoding: t, as: UTF8.self)) never end ...")
    }
    if end - pos > limits.maxTextLength { throw fail(.piNotFinished, "PI too big", limit: .textLength) }
    let data = inputRange(pos..<end)
    pos = end + 2
    return .processingInstruction(target: targetRange, data: data)
  }

  /// `CDSect ::= '<![CDATA[' (Char* - (Char* ']]>' Char*)) ']]>'`
  mutating func scanCDATA() throws(XMLSyntaxError) -> Token {
    let start = pos + 9
    guard let end = try find("]]>", from: start) else {
      throw fail(.cdataNotFinished, "CData section not finished")
    }
    if end - start > limits.maxTextLength { throw fail(.cdataNotFinished, "CData section too big", limit: .textLength) }
    pos = end + 3
    return .cdata(inputRange(start..<end))
  }
}
