import LignumTokenizer

/// How a ``Document`` is read, beyond the tokenizer's ``ParseOptions``.
public struct BuildOptions: Sendable {
  /// See ``TreeBuilder/keepBlankText``. libxml2: `XML_PARSE_NOBLANKS` when `false`.
  ///
  /// Default: `true`
  public var keepBlankText = true
  public init(keepBlankText: Bool = true) { self.keepBlankText = keepBlankText }
}

/// A document read in recover mode: the tree up to the first error, and that error.
public struct RecoveredDocument: Sendable {
  /// `nil` only when the input could not be read at all.
  public var document: Document?
  public var error: XMLSyntaxError?

  /// No error stopped the parse and none was recovered from
  /// (``XMLSyntaxError/isRecoveredFatalError``); namespace errors and warnings do not count.
  public var isWellFormed: Bool {
    error == nil && !(document?.parseWarnings.contains { $0.isRecoveredFatalError } ?? false)
  }
}

extension Document {
  /// Parses a document held in memory.
  /// - Throws: ``XMLSyntaxError`` at the first well-formedness error or exceeded limit.
  /// - Complexity: O(input size); no recursion on depth.
  public init(parsing bytes: [UInt8], options: ParseOptions = ParseOptions(),
              build: BuildOptions = BuildOptions()) throws(XMLSyntaxError) {
    var parser = PullParser(bytes: bytes, options: options)
    var builder = TreeBuilder(keepBlankText: build.keepBlankText)
    builder.reserveCapacity(forInputBytes: bytes.count)
    try Document.run(&parser, into: &builder)
    self = builder.document
    parseWarnings = parser.warnings
    baseURI = options.baseURI
  }

  /// Parses a string.
  public init(parsing text: String, options: ParseOptions = ParseOptions(),
              build: BuildOptions = BuildOptions()) throws(XMLSyntaxError) {
    try self.init(parsing: Array(text.utf8), options: options, build: build)
  }

  /// Parses the file at `path` (`"-"` for standard input), streaming it in chunks.
  /// - Throws: ``XMLSyntaxError``; code ``XMLSyntaxError/Code/ioLoadError`` when it cannot be opened.
  public init(contentsOfFile path: String, options: ParseOptions = ParseOptions(),
              build: BuildOptions = BuildOptions()) throws(XMLSyntaxError) {
    var parser = try PullParser(path: path, options: options)
    var builder = TreeBuilder(keepBlankText: build.keepBlankText)
    try Document.run(&parser, into: &builder)
    self = builder.document
    parseWarnings = parser.warnings
    baseURI = options.baseURI ?? path
  }

  /// Parses in recover mode (`xmllint --recover`): on an error, keeps the tree built so far
  /// (open elements are left as they are) and reports the error instead of throwing.
  public static func recovering(bytes: [UInt8], options: ParseOptions = ParseOptions(),
                                build: BuildOptions = BuildOptions()) -> RecoveredDocument {
    var parser = PullParser(bytes: bytes, options: options)
    return recover(&parser, build: build, baseURI: options.baseURI, inputBytes: bytes.count)
  }

  /// Reads a file in recover mode; see ``recovering(bytes:options:build:)``.
  public static func recovering(contentsOfFile path: String, options: ParseOptions = ParseOptions(),
                                build: BuildOptions = BuildOptions()) -> RecoveredDocument {
    let parser: PullParser
    do { parser = try PullParser(path: path, options: options) } catch {
      return RecoveredDocument(document: nil, error: error)
    }
    var p = parser
    return recover(&p, build: build, baseURI: options.baseURI ?? path)
  }

  static func recover(_ parser: inout PullParser, build: BuildOptions, baseURI: String?,
                      inputBytes: Int = 0) -> RecoveredDocument {
    var builder = TreeBuilder(keepBlankText: build.keepBlankText)
    if inputBytes > 0 { builder.reserveCapacity(forInputBytes: inputBytes) }
    var failure: XMLSyntaxError?
    do { try run(&parser, into: &builder) } catch {
      failure = error
      if error.code == .tagNotFinished { builder.inputEndedInsideElement() }
    }
    var doc = builder.document
    doc.parseWarnings = parser.warnings
    doc.baseURI = baseURI
    return RecoveredDocument(document: doc, error: failure)
  }

  static func run(_ parser: inout PullParser, into builder: inout TreeBuilder) throws(XMLSyntaxError) {
    while true {
      let event = try parser.next()
      try builder.handle(event, from: parser)
      if case .endDocument = event { return }
    }
  }
}
