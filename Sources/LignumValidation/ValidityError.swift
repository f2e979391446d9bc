import LignumTokenizer

/// A document is well-formed but breaks a validity constraint of its DTD
/// ([XML 1.0 §2.8](https://www.w3.org/TR/xml/#sec-prolog-dtd), §3, §4).
///
/// `code` values equal libxml2's `xmlParserErrors` (`XML_DTD_*`), and `message` is libxml2's
/// wording, so that diagnostics read like `xmllint --valid`:
///
/// ```
/// note.xml:14: element note: validity error : Element note content does not follow the DTD, expecting (to , from , body), got (to body )
/// ```
public struct ValidityError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Which constraint was broken. Raw values equal libxml2's `xmlParserErrors`; append only.
  public struct Code: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
  }
  public var code: Code
  /// libxml2-style message, without the trailing newline.
  public var message: String
  /// The element the error is about (libxml2 prints `element NAME:` before the message), if any.
  public var element: String?
  /// Where the constraint was found broken: the start of the event being validated (line 0
  /// when unknown, e.g. in a tree built without positions).
  public var position: SourcePosition
  /// The entity or file the error is in, when it is not the document itself.
  public var file: String?
  /// Where the start tag of the element the error is about begins, when the error concerns
  /// one element (its content or attributes). Errors found after parsing are reported there,
  /// in the order of these positions (`xmllint --postvalid`).
  public var elementPosition: SourcePosition?

  public init(_ code: Code, _ message: String, element: String? = nil,
              at position: SourcePosition = SourcePosition(line: 0, column: 0, offset: 0), file: String? = nil) {
    self.code = code; self.message = message; self.element = element; self.position = position; self.file = file
  }

  public var description: String {
    "\(file ?? "-"):\(position): validity error \(code.rawValue): " + (element.map { "element \($0): " } ?? "") + message
  }
}

extension ValidityError.Code {
  /// A reference to an entity that is not declared, in a document where that is a validity
  /// matter (`XML_WAR_UNDECLARED_ENTITY`).
  public static let undeclaredEntity = Self(rawValue: 27)
  /// A parameter entity and a markup declaration or content group are not properly nested
  /// (`XML_ERR_ENTITY_BOUNDARY`, as libxml2 reports it when validating).
  public static let entityBoundary = Self(rawValue: 90)
  /// An attribute's value differs from its `#FIXED` default, or a default is malformed (`XML_DTD_ATTRIBUTE_DEFAULT`).
  public static let attributeDefault = Self(rawValue: 500)
  /// An attribute value breaks its declared type (`XML_DTD_ATTRIBUTE_VALUE`).
  public static let attributeValue = Self(rawValue: 502)
  /// An element's content does not match its content model (`XML_DTD_CONTENT_MODEL`).
  public static let contentModel = Self(rawValue: 504)
  /// A content model is not deterministic (`XML_DTD_CONTENT_NOT_DETERMINIST`).
  public static let contentNotDeterministic = Self(rawValue: 505)
  /// An element type is declared twice (`XML_DTD_ELEM_REDEFINED`).
  public static let elementRedefined = Self(rawValue: 509)
  /// A NOTATION attribute is declared on an EMPTY element type (`XML_DTD_EMPTY_NOTATION`).
  public static let emptyNotation = Self(rawValue: 510)
  /// An ENTITY/ENTITIES value names an entity that is not unparsed (`XML_DTD_ENTITY_TYPE`).
  public static let entityType = Self(rawValue: 511)
  /// An ID attribute has a default value (`XML_DTD_ID_FIXED`).
  public static let idFixed = Self(rawValue: 512)
  /// Two elements have the same ID (`XML_DTD_ID_REDEFINED`).
  public static let idRedefined = Self(rawValue: 513)
  /// An element with mixed content has a child not in its list (`XML_DTD_INVALID_CHILD`).
  public static let invalidChild = Self(rawValue: 515)
  /// A `#REQUIRED` attribute is missing (`XML_DTD_MISSING_ATTRIBUTE`).
  public static let missingAttribute = Self(rawValue: 518)
  /// A name occurs twice in a mixed-content declaration (`XML_DTD_MIXED_CORRUPT`).
  public static let mixedCorrupt = Self(rawValue: 519)
  /// An element type has more than one ID attribute (`XML_DTD_MULTIPLE_ID`).
  public static let multipleID = Self(rawValue: 520)
  /// Validation was asked for but the document has no DTD (`XML_DTD_NO_DTD`).
  public static let noDTD = Self(rawValue: 522)
  /// An element type has more than one NOTATION attribute (`XML_DTD_NOTATION_REDEFINED`).
  public static let notationRedefined = Self(rawValue: 526)
  /// A NOTATION attribute's value is not among its notations (`XML_DTD_NOTATION_VALUE`).
  public static let notationValue = Self(rawValue: 527)
  /// An element declared EMPTY has content (`XML_DTD_NOT_EMPTY`).
  public static let notEmpty = Self(rawValue: 528)
  /// An element declared `(#PCDATA)` has child elements (`XML_DTD_NOT_PCDATA`).
  public static let notPCDATA = Self(rawValue: 529)
  /// A standalone document depends on an externally declared attribute type (`XML_DTD_NOT_STANDALONE`).
  public static let notStandalone = Self(rawValue: 530)
  /// The root element is not the type the DOCTYPE names (`XML_DTD_ROOT_NAME`).
  public static let rootName = Self(rawValue: 531)
  /// A standalone document has white space in externally declared element content (`XML_DTD_STANDALONE_WHITE_SPACE`).
  public static let standaloneWhiteSpace = Self(rawValue: 532)
  /// An attribute is not declared (`XML_DTD_UNKNOWN_ATTRIBUTE`).
  public static let unknownAttribute = Self(rawValue: 533)
  /// An element type is not declared (`XML_DTD_UNKNOWN_ELEM`).
  public static let unknownElement = Self(rawValue: 534)
  /// An ENTITY/ENTITIES value names no declared entity (`XML_DTD_UNKNOWN_ENTITY`).
  public static let unknownEntity = Self(rawValue: 535)
  /// An IDREF/IDREFS value names no ID in the document (`XML_DTD_UNKNOWN_ID`).
  public static let unknownID = Self(rawValue: 536)
  /// A notation is used but not declared (`XML_DTD_UNKNOWN_NOTATION`).
  public static let unknownNotation = Self(rawValue: 537)
  /// A standalone document relies on an attribute default declared externally (`XML_DTD_STANDALONE_DEFAULTED`).
  public static let standaloneDefaulted = Self(rawValue: 538)
  /// A token occurs twice in an enumerated or NOTATION type (`XML_DTD_DUP_TOKEN`).
  public static let duplicateToken = Self(rawValue: 541)
}
