/// How ``Document/serialized(_:)`` writes a document.
public struct SerializationOptions: Sendable {
  /// Indent element-only content by two spaces per level, as `xmllint --format`
  /// (libxml2's `xmlSaveFormatFile`): an element whose children include text, CDATA or an
  /// entity reference is written as is, with everything inside it.
  ///
  /// Default: `false`
  public var format = false
  /// The output encoding (`xmllint --encode`). `nil` uses the encoding the document declared;
  /// when it declared none, the output is UTF-8 with non-ASCII characters as character
  /// references, as libxml2 writes it.
  ///
  /// Default: `nil`
  public var encoding: String?
  /// Write the `<?xml …?>` declaration.
  ///
  /// Default: `true`
  public var xmlDeclaration = true
  /// Write an element without content as `<a></a>` instead of `<a/>` (libxml2's
  /// `XML_SAVE_NO_EMPTY`).
  ///
  /// Default: `false`
  public var expandEmptyElements = false
  /// What ``format`` writes once per nesting level (libxml2's `xmlTreeIndentString`; empty
  /// for line breaks without indentation, as with `xmlIndentTreeOutput` 0). Indentation stops
  /// growing at 60 columns, as libxml2's does.
  ///
  /// Default: two spaces
  public var indentation = "  "
  public init(format: Bool = false, encoding: String? = nil, xmlDeclaration: Bool = true, expandEmptyElements: Bool = false,
              indentation: String = "  ") {
    self.format = format; self.encoding = encoding; self.xmlDeclaration = xmlDeclaration
    self.expandEmptyElements = expandEmptyElements; self.indentation = indentation
  }
}

/// The output encoding is not one Lignum (or libc's iconv) can write.
public struct UnsupportedEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
  public var encoding: String
  public var description: String { "unknown encoding \(encoding)" }
}

extension Document {
  /// The document as bytes, the way `xmllint` (libxml2 2.9's `xmlDocDump`) writes it.
  ///
  /// ```swift
  /// let doc = try Document(parsing: "<a x='1'><b/></a>")
  /// print(String(decoding: try doc.serialized(), as: UTF8.self))
  /// // <?xml version="1.0"?>
  /// // <a x="1"><b/></a>
  /// ```
  /// - Throws: ``UnsupportedEncodingError`` when the output encoding is unknown.
  /// - Complexity: O(size of the document); no recursion.
  public func serialized(_ options: SerializationOptions = SerializationOptions()) throws(UnsupportedEncodingError) -> [UInt8] {
    let encoding = options.encoding ?? xmlDeclaration?.encoding
    var writer = TreeWriter(document: self, format: options.format, encoded: encoding != nil)
    writer.expandEmptyElements = options.expandEmptyElements
    writer.indentUnit = Array(options.indentation.utf8)
    if options.xmlDeclaration {
      writer.write("<?xml version=")
      Escaping.appendQuoted(xmlDeclaration?.version ?? "1.0", to: &writer.out)
      if let encoding { writer.write(" encoding="); Escaping.appendQuoted(encoding, to: &writer.out) }
      switch xmlDeclaration?.standalone {
      case true?: writer.write(" standalone=\"yes\"")
      case false?: writer.write(" standalone=\"no\"")
      case nil: break
      }
      writer.write("?>\n")
    }
    for child in children(of: .document) {
      writer.writeSubtree(child)
      writer.write("\n")
    }
    guard let encoding else { return writer.out }
    guard let bytes = OutputEncoding.encode(writer.out, as: encoding) else {
      throw UnsupportedEncodingError(encoding: encoding)
    }
    return bytes
  }

  /// One node and its subtree as UTF-8 (libxml2's `xmlNodeDump`), with no declaration.
  ///
  /// `textAsUTF8`: text is escaped as for an output encoding even when the document declares
  /// none (non-ASCII as is, CR as `&#13;`), attribute values still by the declaration, as
  /// libxml2's `xmlNodeDumpOutput` with its UTF-8 default writes them (`xmllint --xpath`).
  public func serialized(node: NodeID, format: Bool = false, textAsUTF8: Bool = false, expandEmptyElements: Bool = false,
                         indentation: String = "  ") -> [UInt8] {
    var writer = TreeWriter(document: self, format: format, encoded: xmlDeclaration?.encoding != nil)
    writer.indentUnit = Array(indentation.utf8)
    if textAsUTF8 { writer.textEncoded = true }
    writer.expandEmptyElements = expandEmptyElements
    if kind(of: node) == .document {
      for child in children(of: .document) { writer.writeSubtree(child); writer.write("\n") }
    } else {
      writer.writeSubtree(node)
    }
    return writer.out
  }
}

/// The walk of libxml2's `xmlNodeDumpOutputInternal`, without recursion.
struct TreeWriter {
  let document: Document
  let format: Bool
  /// Whether an output encoding is set (changes text and attribute escaping).
  let encoded: Bool
  /// The same for text nodes only (``Document/serialized(node:format:textAsUTF8:)``).
  var textEncoded: Bool
  var out: [UInt8] = []
  var level = 0
  /// `<a></a>` for elements without content.
  var expandEmptyElements = false
  /// Written once per level when formatting (``SerializationOptions/indentation``).
  var indentUnit: [UInt8] = [0x20, 0x20]

  init(document: Document, format: Bool, encoded: Bool) {
    self.document = document; self.format = format; self.encoded = encoded; textEncoded = encoded
  }

  /// An attribute's value, escaped; with the entity references libxml2 keeps when entities
  /// were not substituted.
  mutating func writeAttributeValue(_ a: UInt32) {
    guard let parts = document.attributeValueParts[a] else {
      Escaping.appendAttribute(document.contentBytes(of: NodeID(raw: a)), encoded: encoded, to: &out)
      return
    }
    for part in parts {
      switch part {
      case .text(let t): Escaping.appendAttribute(t[...], encoded: encoded, to: &out)
      case .entityReference(let name): write("&"); write(name); write(";")
      }
    }
  }

  mutating func write(_ s: String) { out.append(contentsOf: s.utf8) }

  /// libxml2 caps indentation at 60 columns (`MAX_INDENT` / the unit's length).
  mutating func indent() {
    guard !indentUnit.isEmpty else { return }
    for _ in 0..<min(level, 60 / indentUnit.count) { out.append(contentsOf: indentUnit) }
  }

  mutating func writeSubtree(_ root: NodeID) {
    let nodes = document.nodes
    var formatting = format
    var unformatted = noNode
    var cur = root.raw
    while true {
      let r = nodes[Int(cur)]
      switch r.kind {
      case .element:
        if cur != root.raw && formatting { indent() }
        write("<"); write(document.qualifiedNames[Int(r.name)])
        writeNamespaces(r.b)
        var a = r.a
        while a != noNode {
          write(" "); write(document.qualifiedNames[Int(nodes[Int(a)].name)]); write("=\"")
          writeAttributeValue(a)
          write("\"")
          a = nodes[Int(a)].nextSibling
        }
        if r.firstChild == noNode {
          if expandEmptyElements {
            write("></"); write(document.qualifiedNames[Int(r.name)]); write(">")
          } else {
            write("/>")
          }
        } else {
          if formatting {
            var c = r.firstChild
            while c != noNode {
              let k = nodes[Int(c)].kind
              if k == .text || k == .cdata || k == .entityReference { formatting = false; unformatted = cur; break }
              c = nodes[Int(c)].nextSibling
            }
          }
          write(">")
          if formatting { write("\n") }
          level += 1
          cur = r.firstChild
          continue
        }
      case .text:
        Escaping.appendText(document.contentBytes(of: NodeID(raw: cur)), encoded: textEncoded, to: &out)
      case .cdata:
        writeCDATA(document.contentBytes(of: NodeID(raw: cur)))
      case .comment:
        if cur != root.raw && formatting { indent() }
        write("<!--"); out.append(contentsOf: document.contentBytes(of: NodeID(raw: cur))); write("-->")
      case .processingInstruction:
        if cur != root.raw && formatting { indent() }
        write("<?"); write(document.qualifiedNames[Int(r.name)])
        let data = document.contentBytes(of: NodeID(raw: cur))
        if !data.isEmpty || document.processingInstructionsWithEmptyData.contains(cur) {
          write(" "); out.append(contentsOf: data)
        }
        write("?>")
      case .entityReference:
        write("&"); write(document.qualifiedNames[Int(r.name)]); write(";")
      case .documentType:
        if let doctype = document.doctype { DTDWriter.write(doctype, to: &out) }
      case .attribute:
        write(" "); write(document.qualifiedNames[Int(r.name)]); write("=\"")
        writeAttributeValue(cur)
        write("\"")
      case .document:
        break
      }
      // Climb: close finished elements until a next sibling is found.
      while true {
        if cur == root.raw { return }
        if formatting { write("\n") }
        let next = nodes[Int(cur)].nextSibling
        if next != noNode { cur = next; break }
        cur = nodes[Int(cur)].parent
        let p = nodes[Int(cur)]
        if p.kind == .element {       // only elements are descended into
          if level > 0 { level -= 1 }
          if formatting { indent() }
          write("</"); write(document.qualifiedNames[Int(p.name)]); write(">")
          if cur == unformatted { formatting = format; unformatted = noNode }
        }
      }
    }
  }

  mutating func writeNamespaces(_ first: UInt32) {
    var n = first
    while n != noNode {
      let ns = document.namespaceRecords[Int(n)]
      n = ns.next
      if ns.prefix == noNode { write(" xmlns=") } else {
        let prefix = document.strings[Int(ns.prefix)]
        if prefix == "xml" { continue }
        write(" xmlns:"); write(prefix); write("=")
      }
      // libxml2 writes the URI verbatim, which can produce ill-formed output: `&`, `<` and `"`
      // are escaped as in an attribute value, so that the output re-parses to the same URI,
      // but other characters are written as they are (as libxml2 does) even where attribute
      // values would get character references.
      write("\"")
      Escaping.appendAttribute(ArraySlice(document.strings[Int(ns.uri)].utf8), encoded: true, to: &out)
      write("\"")
    }
  }

  /// `]]>` cannot appear in a CDATA section: libxml2 splits it after `]]`.
  mutating func writeCDATA(_ content: ArraySlice<UInt8>) {
    if content.isEmpty { write("<![CDATA[]]>"); return }
    var start = content.startIndex
    var i = start
    while i < content.endIndex {
      if content[i] == UInt8(ascii: "]"), i + 2 < content.endIndex,
         content[i + 1] == UInt8(ascii: "]"), content[i + 2] == UInt8(ascii: ">") {
        i += 2
        write("<![CDATA["); out.append(contentsOf: content[start..<i]); write("]]>")
        start = i
      }
      i += 1
    }
    if start != content.endIndex { write("<![CDATA["); out.append(contentsOf: content[start...]); write("]]>") }
  }
}
