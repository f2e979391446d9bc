/// How a document is parsed. Each field names the libxml2 option it corresponds to.
public struct ParseOptions: Sendable {
  /// Replace entity references with their content instead of reporting
  /// ``Event/startEntity(name:)``/``Event/endEntity`` around it (libxml2: `XML_PARSE_NOENT`).
  /// Also reads external parsed entities from the resolver.
  ///
  /// Default: `false`
  public var substituteEntities = false
  /// Read the external DTD subset (libxml2: `XML_PARSE_DTDLOAD`).
  ///
  /// Default: `false`
  public var loadExternalDTD = false
  /// Add attributes defaulted in the DTD to start tags (libxml2: `XML_PARSE_DTDATTR`). Implies
  /// ``loadExternalDTD``.
  ///
  /// Default: `false`
  public var defaultAttributes = false
  /// Add the attributes the DTD read so far defaults to start tags, marked not specified
  /// (``AttributeRef/isSpecified``), without loading the external subset for them: what
  /// libxml2 hands SAX handlers in every mode (its tree builder then drops them unless
  /// `XML_PARSE_DTDATTR`). ``defaultAttributes`` includes this.
  ///
  /// Default: `false`
  public var reportDefaultAttributes = false
  /// Apply Namespaces in XML 1.0: resolve prefixes and enforce its constraints.
  ///
  /// Default: `true`
  public var namespaces = true
  /// Refuse every resource that is not a local file (libxml2: `XML_PARSE_NONET`). Lignum never
  /// touches the network by itself; this only matters for a caller-supplied resolver.
  ///
  /// Default: `true`
  public var noNetwork = true
  /// Go on after the well-formedness errors libxml2 recovers from — an end tag that does not
  /// match (it closes the open element), a reference to an undeclared entity (it is
  /// dropped), an XML declaration of an unknown version (read as 1.0) — reporting each in
  /// ``PullParser/warnings`` (``XMLSyntaxError/isRecoveredFatalError``; libxml2:
  /// `XML_PARSE_RECOVER`). Other errors still stop the parser.
  ///
  /// Default: `false`
  public var recover = false
  /// Go on after a Namespaces in XML error, as libxml2 always does, reporting it in
  /// ``PullParser/warnings`` (a `namespace error`, ``XMLSyntaxError/isNamespaceError``): a name
  /// whose prefix is not bound, or that is not a valid QName, is kept whole with no namespace;
  /// a namespace declaration that is not allowed is dropped; two attributes with the same
  /// expanded name are both kept; and, as in libxml2, the allowed `xmlns:xml` declaration is
  /// dropped too. Without it, the first such error stops the parser (the document is not
  /// namespace-well-formed). `lignum lint` and the C library set it.
  ///
  /// Default: `false`
  public var recoverNamespaceErrors = false
  /// The limits in force; ``Limits/default`` or, with `huge`, ``Limits/huge``.
  public var limits = Limits.default
  /// The document's base URI (its file path), against which external identifiers resolve.
  ///
  /// Default: `nil` (relative system identifiers resolve against the working directory)
  public var baseURI: String?
  /// Loads external entities and DTD subsets. Default: ``FileResolver`` (local files only).
  public var resolver: any ResourceResolver = FileResolver()
  /// Encoding to use instead of the one the document declares (libxml2's `encoding` argument).
  ///
  /// Default: `nil`
  public var forcedEncoding: String?

  public init() {}

  /// Raise every limit to what libxml2's `XML_PARSE_HUGE` allows.
  public var huge: Bool {
    get { limits == .huge }
    set { limits = newValue ? .huge : .default }
  }
}

/// Bounds that keep hostile input from exhausting time or memory. Each has its own error.
public struct Limits: Hashable, Sendable {
  /// Element nesting depth. libxml2: 256 (`xmlParserMaxDepth`), 2048 with huge.
  public var maxDepth: Int
  /// Bytes in one name. libxml2: 50,000 (`XML_MAX_NAME_LENGTH`).
  public var maxNameLength: Int
  /// Bytes in one text node, attribute value, comment or PI. libxml2: 10,000,000 (`XML_MAX_TEXT_LENGTH`).
  public var maxTextLength: Int
  /// Attributes on one element.
  public var maxAttributes: Int
  /// Bytes produced by entity expansion, in all, per byte of input document (amplification),
  /// once expansion exceeds ``entityAmplificationThreshold``.
  public var maxEntityAmplification: Int
  /// Expansion below this many bytes is never refused for amplification.
  public var entityAmplificationThreshold: Int
  /// Bytes produced by entity expansion in all (absolute).
  public var maxEntityExpansion: Int
  /// Nesting of entity references inside entity replacement text. libxml2: 40.
  public var maxEntityDepth: Int

  public static let `default` = Limits(
    maxDepth: 256, maxNameLength: 50_000, maxTextLength: 10_000_000, maxAttributes: 10_000,
    maxEntityAmplification: 10, entityAmplificationThreshold: 1 << 20,
    maxEntityExpansion: 100_000_000, maxEntityDepth: 40)

  public static let huge = Limits(
    maxDepth: 100_000_000, maxNameLength: 10_000_000, maxTextLength: 1_000_000_000,
    maxAttributes: 10_000_000, maxEntityAmplification: 1_000_000, entityAmplificationThreshold: 1 << 30,
    maxEntityExpansion: Int(Int32.max), maxEntityDepth: 1_000)

  public init(maxDepth: Int, maxNameLength: Int, maxTextLength: Int, maxAttributes: Int,
              maxEntityAmplification: Int, entityAmplificationThreshold: Int,
              maxEntityExpansion: Int, maxEntityDepth: Int) {
    self.maxDepth = maxDepth; self.maxNameLength = maxNameLength; self.maxTextLength = maxTextLength
    self.maxAttributes = maxAttributes; self.maxEntityAmplification = maxEntityAmplification
    self.entityAmplificationThreshold = entityAmplificationThreshold
    self.maxEntityExpansion = maxEntityExpansion; self.maxEntityDepth = maxEntityDepth
  }
}
