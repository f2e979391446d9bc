/// The document type declaration and what its internal (and, when read, external) subset declares.
///
/// Declarations are kept in the order they were read, for serialization; the first declaration
/// of an entity or attribute binds (XML 1.0 §4.2, §3.3).
public struct DoctypeDeclaration: Hashable, Sendable {
  /// The root element type the document declares.
  public var name: String
  public var publicID: String?
  public var systemID: String?
  /// Whether an internal subset (`[…]`) was present.
  public var hasInternalSubset: Bool = false
  /// Declarations of the internal subset, in order.
  public var internalSubset: [MarkupDeclaration] = []
  /// Declarations of the external subset, in order (empty unless it was loaded).
  public var externalSubset: [MarkupDeclaration] = []
  public var elements: [String: ElementDeclaration] = [:]
  /// Attribute-list declarations by element name, each list in declaration order.
  public var attributeLists: [String: [AttributeDeclaration]] = [:]
  public var generalEntities: [String: EntityDeclaration] = [:]
  public var parameterEntities: [String: EntityDeclaration] = [:]
  public var notations: [String: NotationDeclaration] = [:]
  /// What only the DTD parser sees that a validator needs (see ``DTDValidityFacts``).
  public var validityFacts = DTDValidityFacts()

  public init(name: String, publicID: String? = nil, systemID: String? = nil) {
    self.name = name; self.publicID = publicID; self.systemID = systemID
  }
}

/// One declaration of a DTD, as read (duplicates included), for serialization and validation.
public enum MarkupDeclaration: Hashable, Sendable {
  case element(ElementDeclaration)
  case attributeList(element: String, [AttributeDeclaration])
  case entity(EntityDeclaration)
  case notation(NotationDeclaration)
  case processingInstruction(target: String, data: String)
  case comment(String)
}

/// `<!ELEMENT name contentspec>`
public struct ElementDeclaration: Hashable, Sendable {
  public var name: String
  public var content: ContentSpec
  /// Whether a mixed declaration without element names was written `(#PCDATA)*` rather than
  /// `(#PCDATA)`: the same content model, kept so that the declaration is written back as it was
  /// (libxml2 does so).
  public var starredPCDATA: Bool = false

  public init(name: String, content: ContentSpec, starredPCDATA: Bool = false) {
    self.name = name
    self.content = content
    self.starredPCDATA = starredPCDATA
  }
}

/// An element's declared content.
public indirect enum ContentSpec: Hashable, Sendable {
  case empty
  case any
  /// `(#PCDATA)` or `(#PCDATA|a|b)*`.
  case mixed([String])
  case children(ContentParticle)
}

/// A particle of an element content model: a name, a sequence or a choice, with `?`, `*` or `+`.
public indirect enum ContentParticle: Hashable, Sendable {
  public enum Occurrence: String, Hashable, Sendable { case once = "", optional = "?", zeroOrMore = "*", oneOrMore = "+" }
  case name(String, Occurrence)
  case sequence([ContentParticle], Occurrence)
  case choice([ContentParticle], Occurrence)
}

/// One attribute definition of an `<!ATTLIST …>`.
public struct AttributeDeclaration: Hashable, Sendable {
  public enum AttributeType: Hashable, Sendable {
    case cdata, id, idref, idrefs, entity, entities, nmtoken, nmtokens
    case notation([String])
    case enumeration([String])
  }
  public enum Default: Hashable, Sendable {
    case required, implied
    case fixed(String)
    case value(String)
  }
  public var element: String
  public var name: String
  public var type: AttributeType
  public var defaultDeclaration: Default
  /// Declared in the external subset or in an external parameter entity (matters for standalone).
  public var isExternal: Bool
  /// Without entity substitution, the default value as text and general entity references, as
  /// libxml2 keeps it for writing the declaration back (one text piece when it references no
  /// entity). `nil` when entities were substituted or the declaration has no default.
  public var defaultWithReferences: [DefaultValuePiece]? = nil

  public init(element: String, name: String, type: AttributeType, defaultDeclaration: Default, isExternal: Bool,
              defaultWithReferences: [DefaultValuePiece]? = nil) {
    self.element = element; self.name = name; self.type = type; self.defaultDeclaration = defaultDeclaration
    self.isExternal = isExternal; self.defaultWithReferences = defaultWithReferences
  }
}

/// A piece of an attribute default that referenced general entities (see
/// ``AttributeDeclaration/defaultWithReferences``).
public enum DefaultValuePiece: Hashable, Sendable {
  /// Text, normalized as the default is.
  case text(String)
  /// `&name;`: its expansion is part of the default's value.
  case entityReference(String)
}

/// `<!ENTITY name …>` or `<!ENTITY % name …>`.
public struct EntityDeclaration: Hashable, Sendable {
  public var name: String
  public var isParameter: Bool
  /// The replacement text of an internal entity (character references and, in entity values,
  /// parameter-entity references already replaced), as UTF-8.
  public var value: [UInt8]?
  /// The literal as written, for serialization.
  public var literal: String?
  public var publicID: String?
  public var systemID: String?
  /// The notation of an unparsed entity (`NDATA`).
  public var notation: String?
  /// The base URI external identifiers resolve against.
  public var baseURI: String?
  /// Declared in the external subset or in an external parameter entity.
  public var isExternallyDeclared: Bool

  public init(name: String, isParameter: Bool, value: [UInt8]?, literal: String?, publicID: String?, systemID: String?,
              notation: String?, baseURI: String?, isExternallyDeclared: Bool) {
    self.name = name; self.isParameter = isParameter; self.value = value; self.literal = literal
    self.publicID = publicID; self.systemID = systemID; self.notation = notation; self.baseURI = baseURI
    self.isExternallyDeclared = isExternallyDeclared
  }

  public var isInternal: Bool { value != nil }
  public var isUnparsed: Bool { notation != nil }
}

/// `<!NOTATION name PUBLIC|SYSTEM …>`.
public struct NotationDeclaration: Hashable, Sendable {
  public var name: String
  public var publicID: String?
  public var systemID: String?
  public init(name: String, publicID: String?, systemID: String?) { self.name = name; self.publicID = publicID; self.systemID = systemID }
}

/// Facts about a DTD that only its parser can observe, recorded for validation.
///
/// The DTD parser does not judge validity itself; a validator (`LignumValidation`) reports
/// these as validity errors.
public struct DTDValidityFacts: Hashable, Sendable {
  /// Violations found while reading the DTD: Proper Declaration/PE Nesting and Proper
  /// Group/PE Nesting ([XML 1.0 §2.8, §3.2.1](https://www.w3.org/TR/xml/#vc-PEinMarkupDecl)),
  /// with libxml2's code `XML_ERR_ENTITY_BOUNDARY`, and references to undeclared parameter
  /// entities (VC: Entity Declared, `XML_WAR_UNDECLARED_ENTITY`).
  public var errors: [XMLSyntaxError] = []
  /// Element types whose (first) declaration is in the external subset or in an external
  /// parameter entity (for VC: Standalone Document Declaration).
  public var externalElements: Set<String> = []
  /// Where each declaration of ``DoctypeDeclaration/internalSubset`` ends (same indices).
  public var internalPlaces: [DeclarationPlace] = []
  /// Where each declaration of ``DoctypeDeclaration/externalSubset`` ends (same indices).
  public var externalPlaces: [DeclarationPlace] = []
  public init() {}
}

/// Where a markup declaration ends (just after its `>`), for validity messages that name it.
public struct DeclarationPlace: Hashable, Sendable {
  /// The external subset or external parameter entity holding it; `nil` for the internal
  /// subset (declarations that internal parameter entities supply count as there).
  public var file: String?
  /// 1-based line. In the internal subset, relative to the DOCTYPE: 1 is the `<!DOCTYPE` line.
  public var line: Int
  /// 1-based byte column. In the internal subset on line 1, relative to `<!DOCTYPE` (1 is its `<`).
  public var column: Int
  public init(file: String?, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
}
