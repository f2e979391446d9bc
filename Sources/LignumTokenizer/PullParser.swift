import LignumKernel

/// Reads a document as a sequence of ``Event``s, one per call to ``next()``.
///
/// ```swift
/// var parser = PullParser(bytes: Array("<a x='1'>hi</a>".utf8))
/// while true {
///   let event = try parser.next()
///   if case .startElement(let tag) = event { print(parser.string(tag.name.qualified)) }
///   if event == .endDocument { break }
/// }
/// ```
/// Payloads are ranges into the parser's scratch buffer, valid until the next call to `next()`.
/// A parser reading a file holds a bounded window of it, so memory does not grow with the file.
public struct PullParser {
  var core: Tokenizer
  var source: FileStream?
  var sourceFinished = false

  /// Parses a document held in memory.
  public init(bytes: [UInt8], options: ParseOptions = ParseOptions()) {
    core = Tokenizer(options: options)
    core.feed(bytes, isFinal: true)
    sourceFinished = true
  }

  /// Streams a document from a file (`"-"` for standard input) in chunks.
  /// - Throws: ``XMLSyntaxError`` with code ``XMLSyntaxError/Code/ioLoadError`` if it cannot be opened.
  public init(path: String, options: ParseOptions = ParseOptions()) throws(XMLSyntaxError) {
    var options = options
    if options.baseURI == nil { options.baseURI = path }
    guard let stream = FileStream(path: path) else {
      throw XMLSyntaxError(.ioLoadError, "failed to load \"\(path)\": No such file or directory", file: path)
    }
    core = Tokenizer(options: options)
    source = stream
  }

  /// The next event. After ``Event/endDocument`` every call returns `endDocument` again.
  /// - Throws: ``XMLSyntaxError`` at the first well-formedness error or exceeded limit; the
  ///   parser cannot continue after that.
  public mutating func next() throws(XMLSyntaxError) -> Event {
    while true {
      if let event = try core.next() { return event }
      guard var stream = source, !sourceFinished else {
        throw core.error(.internalError, "parser needs input after the end of input")
      }
      var chunk: [UInt8] = []
      chunk.reserveCapacity(1 << 16)
      guard let n = stream.read(into: &chunk, max: 1 << 16) else {
        throw core.error(.ioLoadError, "read error")
      }
      source = stream
      if n == 0 { sourceFinished = true; stream.close() }
      core.feed(chunk, isFinal: n == 0)
    }
  }

  /// The bytes of a range in the scratch buffer.
  public func bytes(_ range: TextRange) -> ArraySlice<UInt8> { core.payload(range) }
  /// A range of the scratch buffer as a `String`.
  public func string(_ range: TextRange) -> String { String(decoding: bytes(range), as: UTF8.self) }
  /// Attributes of the current start tag (see ``StartTag/attributes``).
  public var attributes: [AttributeRef] { core.attributes }
  /// Namespace declarations of the current start tag (see ``StartTag/namespaceDeclarations``).
  public var namespaceDeclarations: [NamespaceDeclarationRef] { core.namespaceDeclarations }
  /// Pieces of attribute values that referenced entities (see ``AttributeRef/segments``).
  public var attributeSegments: [AttributeSegment] { core.attributeSegments }
  /// The XML declaration, once read.
  public var xmlDeclaration: XMLDeclaration? { core.xmlDeclaration }
  /// The document type declaration, once read.
  public var doctype: DoctypeDeclaration? { core.doctype }
  /// Where the parser is: the start of the last event.
  public var position: SourcePosition { core.eventPosition() }
  /// Open elements.
  public var depth: Int { core.elementStack.count }
  /// Problems found so far that did not stop parsing (libxml2's warnings and recoverable
  /// errors, e.g. an external DTD that could not be loaded).
  public var warnings: [XMLSyntaxError] { core.warnings }
  /// The `standalone` the document declares, `nil` if none.
  public var options: ParseOptions { core.options }
  /// Whether the last ``Event/text(_:)`` had a character reference in it (a validator needs
  /// it: element content may hold white space, but not `&#32;`).
  public var textHasCharacterReference: Bool { core.textHasCharacterReference }
  /// How many general entity references in content were replaced by their text so far, under
  /// ``ParseOptions/substituteEntities`` (a validator needs it: `&empty;` leaves no event).
  public var replacedEntityReferenceCount: Int { core.replacedEntityReferences }
  /// Bytes of decoded input the parser holds (for tests of constant-memory streaming).
  package var bufferedByteCount: Int { core.buf.count }
}

/// Parses a document pushed in chunks of any size, giving the same events as ``PullParser``.
///
/// ```swift
/// var parser = PushParser()
/// for chunk in chunks {
///   parser.feed(chunk)
///   while let event = try parser.next() { handle(event, parser) }
/// }
/// parser.finish()
/// while let event = try parser.next() { handle(event, parser) }
/// ```
public struct PushParser {
  var core: Tokenizer

  public init(options: ParseOptions = ParseOptions()) { core = Tokenizer(options: options) }

  /// Adds bytes to the input. Call ``next()`` until it returns `nil` before feeding more, so the
  /// parser holds only the unparsed tail.
  public mutating func feed(_ bytes: [UInt8]) { core.feed(bytes, isFinal: false) }
  /// Declares the end of the input.
  public mutating func finish() { core.feed([], isFinal: true) }
  /// The next event, or `nil` when the parser needs more input (or after ``finish()``, never).
  public mutating func next() throws(XMLSyntaxError) -> Event? { try core.next() }

  public func bytes(_ range: TextRange) -> ArraySlice<UInt8> { core.payload(range) }
  public func string(_ range: TextRange) -> String { String(decoding: bytes(range), as: UTF8.self) }
  public var attributes: [AttributeRef] { core.attributes }
  public var namespaceDeclarations: [NamespaceDeclarationRef] { core.namespaceDeclarations }
  /// Pieces of attribute values that referenced entities (see ``AttributeRef/segments``).
  public var attributeSegments: [AttributeSegment] { core.attributeSegments }
  public var xmlDeclaration: XMLDeclaration? { core.xmlDeclaration }
  public var doctype: DoctypeDeclaration? { core.doctype }
  public var position: SourcePosition { core.eventPosition() }
  public var depth: Int { core.elementStack.count }
  /// Problems found so far that did not stop parsing (see ``PullParser/warnings``).
  public var warnings: [XMLSyntaxError] { core.warnings }
  /// Whether the last ``Event/text(_:)`` had a character reference in it (a validator needs
  /// it: element content may hold white space, but not `&#32;`).
  public var textHasCharacterReference: Bool { core.textHasCharacterReference }
  /// How many general entity references in content were replaced by their text so far, under
  /// ``ParseOptions/substituteEntities`` (a validator needs it: `&empty;` leaves no event).
  public var replacedEntityReferenceCount: Int { core.replacedEntityReferences }
  /// Bytes of decoded input the parser holds (for tests of constant-memory streaming).
  package var bufferedByteCount: Int { core.buf.count }
}
