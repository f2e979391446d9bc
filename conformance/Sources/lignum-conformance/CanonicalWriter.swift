import Lignum

/// Writes a document in the canonical forms the conformance suite's `OUTPUT` files use, straight
/// from ``PullParser`` events (no tree).
///
/// First form ([James Clark's Canonical XML](../../../shared/suites/xmlconf/xmltest/canonxml.html)):
/// ```
/// CanonXML ::= Pi* element Pi*
/// element  ::= Stag (Datachar | Pi | element)* Etag
/// Stag     ::= '<' Name Atts '>'        Etag ::= '</' Name '>'
/// Pi       ::= '<?' Name ' ' … '?>'     Atts ::= (' ' Name '=' '"' Datachar* '"')*
/// Datachar ::= '&amp;' | '&lt;' | '&gt;' | '&quot;' | '&#9;' | '&#10;' | '&#13;' | other Char
/// ```
/// PIs inside the DTD are written where the DTD was, as a SAX-based canonicalizer sees them
/// (the suite's outputs were made that way).
/// Attributes sorted by name (code point order, which is UTF-8 byte order); no XML declaration,
/// no comments, no DOCTYPE; an empty element is written as a start and an end tag; CDATA
/// sections are written as escaped text. With namespaces on, namespace declarations are written
/// back as the `xmlns`/`xmlns:p` attributes they were.
///
/// Second form (Sun's `cxml.html`): the first form with
/// `<!DOCTYPE name [` LF (`<!NOTATION n PUBLIC 'p' 's'>` LF)* `]>` LF where the document type
/// declaration was (after any PIs before it), notations sorted by name.
struct CanonicalWriter {
  /// The canonical body (everything after the optional DOCTYPE).
  private(set) var body: [UInt8] = []
  private(set) var doctypeName: String?
  private(set) var notations: [NotationDeclaration] = []
  /// Where in ``body`` the DOCTYPE goes: after the PIs that precede it in the document.
  private var doctypeOffset = 0

  init() { body.reserveCapacity(4096) }

  /// Adds one event's canonical form.
  mutating func write(_ event: Event, from parser: PullParser) {
    switch event {
    case .startElement(let tag):
      body.append(UInt8(ascii: "<"))
      body += parser.bytes(tag.name.qualified)
      for (name, value) in sortedAttributes(of: tag, from: parser) {
        body.append(UInt8(ascii: " "))
        body += name
        body += #"=""#.utf8
        appendEscaped(value)
        body.append(UInt8(ascii: "\""))
      }
      body.append(UInt8(ascii: ">"))
    case .endElement(let name):
      body += "</".utf8
      body += parser.bytes(name.qualified)
      body.append(UInt8(ascii: ">"))
    case .text(let range), .cdata(let range):
      appendEscaped(parser.bytes(range))
    case .processingInstruction(let target, let data):
      appendProcessingInstruction(parser.bytes(target), parser.bytes(data))
    case .doctype:
      guard let doctype = parser.doctype else { break }
      doctypeName = doctype.name
      // A SAX canonicalizer (which is what wrote the suite's outputs) sees the DTD's PIs as they
      // are read, before it writes the notations at the end of the DTD.
      for case .processingInstruction(let target, let data) in doctype.internalSubset + doctype.externalSubset {
        appendProcessingInstruction(Array(target.utf8), Array(data.utf8))
      }
      doctypeOffset = body.count
      notations = doctype.notations.values.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    case .xmlDeclaration, .comment, .startEntity, .endEntity, .endDocument:
      break
    }
  }

  /// The document in the first canonical form, or in the second when `withNotations`.
  func output(withNotations: Bool) -> [UInt8] {
    guard withNotations, let doctypeName else { return body }
    var out = Array(body[..<doctypeOffset])
    out += "<!DOCTYPE \(doctypeName) [\n".utf8
    for notation in notations {
      out += "<!NOTATION \(notation.name) ".utf8
      // The parser keeps a public-ID literal as written; the canonical form holds it normalized
      // as XML 1.0 §4.2.2 says it is matched (white-space runs to one space, trimmed).
      let publicID = notation.publicID.map {
        $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
      }
      switch (publicID, notation.systemID) {
      case (let publicID?, let systemID?): out += "PUBLIC '\(publicID)' '\(systemID)'".utf8
      case (let publicID?, nil): out += "PUBLIC '\(publicID)'".utf8
      case (nil, let systemID?): out += "SYSTEM '\(systemID)'".utf8
      case (nil, nil): break
      }
      out += ">\n".utf8
    }
    out += "]>\n".utf8
    return out + body[doctypeOffset...]
  }

  /// The tag's attributes and namespace declarations as `(name, value)` byte pairs, by name.
  private func sortedAttributes(of tag: StartTag, from parser: PullParser) -> [([UInt8], [UInt8])] {
    var pairs: [([UInt8], [UInt8])] = []
    for declaration in parser.namespaceDeclarations[tag.namespaceDeclarations] {
      var name = Array("xmlns".utf8)
      if let prefix = declaration.prefix {
        name.append(UInt8(ascii: ":"))
        name += parser.bytes(prefix)
      }
      pairs.append((name, Array(parser.bytes(declaration.uri))))
    }
    for attribute in parser.attributes[tag.attributes] {
      pairs.append((Array(parser.bytes(attribute.name.qualified)), Array(parser.bytes(attribute.value))))
    }
    pairs.sort { $0.0.lexicographicallyPrecedes($1.0) }
    return pairs
  }

  private mutating func appendProcessingInstruction(_ target: some Sequence<UInt8>, _ data: some Sequence<UInt8>) {
    body += "<?".utf8
    body += target
    body.append(UInt8(ascii: " "))
    body += data
    body += "?>".utf8
  }

  private mutating func appendEscaped<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"): body += "&amp;".utf8
      case UInt8(ascii: "<"): body += "&lt;".utf8
      case UInt8(ascii: ">"): body += "&gt;".utf8
      case UInt8(ascii: "\""): body += "&quot;".utf8
      case 0x09: body += "&#9;".utf8
      case 0x0A: body += "&#10;".utf8
      case 0x0D: body += "&#13;".utf8
      default: body.append(byte)
      }
    }
  }
}
