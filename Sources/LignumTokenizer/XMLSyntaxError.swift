/// Where in an input something happened.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in bytes of the UTF-8 form.
  public var column: Int
  /// Bytes of (UTF-8, line-end-normalized) input before this position.
  public var offset: Int
  public init(line: Int, column: Int, offset: Int) {
    self.line = line; self.column = column; self.offset = offset
  }
  public var description: String { "\(line):\(column)" }
}

/// An input document is not well-formed, or a limit was exceeded.
///
/// `code` values equal libxml2's `xmlParserErrors`, so that the C library reports what libxml2
/// would. `message` is libxml2's wording where Lignum knows it.
public struct XMLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong. Raw values equal libxml2's `xmlParserErrors`; append only.
  public struct Code: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
  }
  public var code: Code
  /// libxml2-style message, without the trailing newline.
  public var message: String
  public var position: SourcePosition
  /// The entity or file the error is in: the document's base URI, or an external entity's.
  public var file: String?
  /// The text of the line the error is on (for xmllint-style diagnostics), if known.
  public var sourceLine: String?

  public init(_ code: Code, _ message: String, at position: SourcePosition = .init(line: 0, column: 0, offset: 0),
              file: String? = nil) {
    self.code = code; self.message = message; self.position = position; self.file = file
  }
  public var description: String { "\(file ?? "-"):\(position): error \(code.rawValue): \(message)" }

  /// `true` for problems of Namespaces in XML (libxml2's `XML_NS_ERR_*`, 200–205, and its two
  /// namespace-name checks, `XML_WAR_NS_URI` and `XML_WAR_NS_URI_RELATIVE`).
  public var isNamespaceError: Bool { (code.rawValue >= 200 && code.rawValue < 300) || code == .nsURI || code == .nsURIRelative }
  /// `true` for a problem libxml2 reports as a warning rather than an error: a default
  /// namespace name without a scheme.
  public var isWarning: Bool { code == .nsURIRelative || code == .unknownVersionWarning }
  /// `true` for a well-formedness error that ``ParseOptions/recover`` went on after (an end tag
  /// that does not match, a reference to an undeclared entity, an XML version other than 1.x):
  /// the document is not well-formed, as when an error stops the parser.
  public var isRecoveredFatalError: Bool {
    code == .tagNameMismatch || code == .undeclaredEntity || code == .unknownVersion
  }
  /// Set when the error is a limit being exceeded (the code is then libxml2's code for it:
  /// `XML_ERR_INTERNAL_ERROR` for depth, `XML_ERR_NAME_TOO_LONG`, `XML_ERR_ENTITY_LOOP` for amplification…).
  public var limit: LimitKind?
}

extension XMLSyntaxError.Code {
  public static let internalError = Self(rawValue: 1)
  public static let documentStart = Self(rawValue: 3)
  public static let documentEmpty = Self(rawValue: 4)
  public static let documentEnd = Self(rawValue: 5)
  public static let invalidHexCharRef = Self(rawValue: 6)
  public static let invalidDecCharRef = Self(rawValue: 7)
  public static let invalidCharRef = Self(rawValue: 8)
  public static let invalidChar = Self(rawValue: 9)
  public static let charRefAtEOF = Self(rawValue: 10)
  public static let entityRefAtEOF = Self(rawValue: 14)
  public static let peRefAtEOF = Self(rawValue: 18)
  public static let peRefInIntSubset = Self(rawValue: 21)
  public static let entityRefNoName = Self(rawValue: 22)
  public static let entityRefSemicolonMissing = Self(rawValue: 23)
  public static let peRefNoName = Self(rawValue: 24)
  public static let peRefSemicolonMissing = Self(rawValue: 25)
  public static let undeclaredEntity = Self(rawValue: 26)
  /// A reference to an entity not declared where that is only a validity matter (`XML_WAR_UNDECLARED_ENTITY`).
  public static let undeclaredEntityWarning = Self(rawValue: 27)
  public static let unparsedEntity = Self(rawValue: 28)
  public static let entityIsExternal = Self(rawValue: 29)
  public static let entityIsParameter = Self(rawValue: 30)
  public static let unknownEncoding = Self(rawValue: 31)
  public static let unsupportedEncoding = Self(rawValue: 32)
  public static let stringNotStarted = Self(rawValue: 33)
  public static let stringNotClosed = Self(rawValue: 34)
  public static let entityNotStarted = Self(rawValue: 36)
  public static let entityNotFinished = Self(rawValue: 37)
  public static let lessThanInAttribute = Self(rawValue: 38)
  public static let attributeNotStarted = Self(rawValue: 39)
  public static let attributeNotFinished = Self(rawValue: 40)
  public static let attributeWithoutValue = Self(rawValue: 41)
  public static let attributeRedefined = Self(rawValue: 42)
  public static let literalNotStarted = Self(rawValue: 43)
  public static let literalNotFinished = Self(rawValue: 44)
  public static let commentNotFinished = Self(rawValue: 45)
  public static let piNotStarted = Self(rawValue: 46)
  public static let piNotFinished = Self(rawValue: 47)
  public static let notationNotStarted = Self(rawValue: 48)
  public static let notationNotFinished = Self(rawValue: 49)
  public static let attlistNotStarted = Self(rawValue: 50)
  public static let attlistNotFinished = Self(rawValue: 51)
  public static let mixedNotStarted = Self(rawValue: 52)
  public static let mixedNotFinished = Self(rawValue: 53)
  public static let elementContentNotStarted = Self(rawValue: 54)
  public static let elementContentNotFinished = Self(rawValue: 55)
  public static let xmlDeclNotStarted = Self(rawValue: 56)
  public static let xmlDeclNotFinished = Self(rawValue: 57)
  public static let condSecNotStarted = Self(rawValue: 58)
  public static let condSecNotFinished = Self(rawValue: 59)
  public static let extSubsetNotFinished = Self(rawValue: 60)
  public static let doctypeNotFinished = Self(rawValue: 61)
  public static let misplacedCDATAEnd = Self(rawValue: 62)
  public static let cdataNotFinished = Self(rawValue: 63)
  public static let reservedXMLName = Self(rawValue: 64)
  public static let spaceRequired = Self(rawValue: 65)
  public static let separatorRequired = Self(rawValue: 66)
  public static let nmtokenRequired = Self(rawValue: 67)
  public static let nameRequired = Self(rawValue: 68)
  public static let pcdataRequired = Self(rawValue: 69)
  public static let uriRequired = Self(rawValue: 70)
  public static let pubidRequired = Self(rawValue: 71)
  public static let ltRequired = Self(rawValue: 72)
  public static let gtRequired = Self(rawValue: 73)
  public static let ltSlashRequired = Self(rawValue: 74)
  public static let equalRequired = Self(rawValue: 75)
  public static let tagNameMismatch = Self(rawValue: 76)
  public static let tagNotFinished = Self(rawValue: 77)
  public static let standaloneValue = Self(rawValue: 78)
  public static let encodingName = Self(rawValue: 79)
  public static let hyphenInComment = Self(rawValue: 80)
  public static let invalidEncoding = Self(rawValue: 81)
  public static let extEntityStandalone = Self(rawValue: 82)
  public static let condSecInvalid = Self(rawValue: 83)
  public static let valueRequired = Self(rawValue: 84)
  public static let notWellBalanced = Self(rawValue: 85)
  public static let extraContent = Self(rawValue: 86)
  public static let entityCharError = Self(rawValue: 87)
  public static let entityPEInternal = Self(rawValue: 88)
  public static let entityLoop = Self(rawValue: 89)
  public static let entityBoundary = Self(rawValue: 90)
  public static let invalidURI = Self(rawValue: 91)
  public static let noDTD = Self(rawValue: 94)
  public static let condSecInvalidKeyword = Self(rawValue: 95)
  public static let versionMissing = Self(rawValue: 96)
  public static let notStandalone = Self(rawValue: 103)
  public static let unknownVersion = Self(rawValue: 108)
  /// `XML_WAR_UNKNOWN_VERSION`: an XML declaration of version `1.x` other than 1.0 (read as 1.0).
  public static let unknownVersionWarning = Self(rawValue: 97)
  public static let nameTooLong = Self(rawValue: 110)
  public static let userStop = Self(rawValue: 111)
  /// A namespace name that is not a URI reference (libxml2's `XML_WAR_NS_URI`, an error all the same).
  public static let nsURI = Self(rawValue: 99)
  /// A default namespace name without a scheme (`XML_WAR_NS_URI_RELATIVE`, a warning).
  public static let nsURIRelative = Self(rawValue: 100)
  public static let nsXMLNamespace = Self(rawValue: 200)
  public static let nsUndefinedNamespace = Self(rawValue: 201)
  public static let nsQName = Self(rawValue: 202)
  public static let nsAttributeRedefined = Self(rawValue: 203)
  public static let nsEmpty = Self(rawValue: 204)
  public static let nsColon = Self(rawValue: 205)
  /// An I/O error reading an external resource (`XML_IO_LOAD_ERROR`).
  public static let ioLoadError = Self(rawValue: 1549)
}

/// Which limit of ``Limits`` an error exceeded.
public enum LimitKind: String, Hashable, Sendable {
  case depth, nameLength, textLength, attributes, entityAmplification, entityExpansion, entityDepth
}
