/// A range of bytes in the parser's scratch buffer, valid until the next call to `next()`.
///
/// Events carry these instead of `String`s so that streaming allocates nothing per event;
/// ask the parser for ``PullParser/bytes(_:)`` or ``PullParser/string(_:)`` when you need the value.
public struct TextRange: Hashable, Sendable {
  public var start: Int
  public var end: Int
  public init(start: Int, end: Int) { self.start = start; self.end = end }
  public var count: Int { end - start }
  public var isEmpty: Bool { start == end }
  public static let empty = TextRange(start: 0, end: 0)
}

/// A qualified name as it appears in the input, with its namespace resolved.
public struct NameRef: Hashable, Sendable {
  /// The whole name (`p:local` or `local`).
  public var qualified: TextRange
  /// The part before the colon, or `nil` when there is none (or namespaces are off).
  public var prefix: TextRange?
  /// The part after the colon (the whole name when there is no prefix).
  public var local: TextRange
  /// The namespace URI the prefix (or the default namespace) is bound to; `nil` for no namespace.
  public var namespaceURI: TextRange?
}

/// One attribute of a start tag, specified or defaulted from the DTD.
public struct AttributeRef: Hashable, Sendable {
  public var name: NameRef
  /// The value after entity expansion and attribute-value normalization.
  public var value: TextRange
  /// `false` when the value came from an attribute-list default in the DTD.
  public var isSpecified: Bool
  /// When entities are not substituted and the value references a general entity: the value
  /// as libxml2 keeps it (text and entity references), indexing ``PullParser/attributeSegments``.
  /// `value` still holds the expanded value.
  public var segments: Range<Int>? = nil
  /// Whether normalizing the value as its declared (non-CDATA) type changed it: spaces were
  /// trimmed or collapsed (validation: VC Standalone Document Declaration).
  public var wasNormalized = false
}

/// A piece of an attribute value that referenced entities (see ``AttributeRef/segments``).
public enum AttributeSegment: Hashable, Sendable {
  /// Normalized text.
  case text(TextRange)
  /// `&name;` — its expansion is part of ``AttributeRef/value``.
  case entityReference(name: TextRange)
}

/// A namespace declaration (`xmlns="…"` or `xmlns:p="…"`) made on a start tag.
public struct NamespaceDeclarationRef: Hashable, Sendable {
  /// `nil` for the default namespace.
  public var prefix: TextRange?
  /// The URI; empty for `xmlns=""` (which undeclares the default namespace).
  public var uri: TextRange
}

/// A start tag: the element's name, its attributes and the namespaces it declares.
///
/// `attributes` and `namespaceDeclarations` index ``PullParser/attributes`` and
/// ``PullParser/namespaceDeclarations``. With namespaces on, `xmlns` attributes appear only as
/// namespace declarations; with them off, they are ordinary attributes.
public struct StartTag: Hashable, Sendable {
  public var name: NameRef
  public var attributes: Range<Int>
  public var namespaceDeclarations: Range<Int>
  /// The tag was written `<a/>`; an ``Event/endElement(_:)`` follows at once all the same.
  public var isEmptyElementTag: Bool
}

/// What the tokenizer reports, in document order. Payloads borrow the parser's scratch buffer.
///
/// Sequence: `xmlDeclaration`? (`comment`|`processingInstruction`)* `doctype`? … root element …
/// (`comment`|`processingInstruction`)* `endDocument`.
public enum Event: Hashable, Sendable {
  /// `<?xml version="1.0" encoding="…" standalone="…"?>`; ``PullParser/xmlDeclaration`` holds it.
  case xmlDeclaration
  /// The document type declaration, after its internal subset (and, when asked, its external
  /// subset) was read; ``PullParser/doctype`` holds it.
  case doctype
  case startElement(StartTag)
  case endElement(NameRef)
  /// Character data: line ends normalized, character and entity references replaced. Adjacent
  /// text is reported as one event unless an entity boundary or a CDATA section lies between.
  case text(TextRange)
  /// The content of a CDATA section.
  case cdata(TextRange)
  case comment(TextRange)
  case processingInstruction(target: TextRange, data: TextRange)
  /// A general entity reference, reported when entities are not substituted
  /// (``ParseOptions/substituteEntities`` is `false`). The entity's content follows as events
  /// (when it could be read), closed by ``endEntity``.
  case startEntity(name: TextRange)
  case endEntity
  case endDocument
}

/// The XML declaration's fields.
public struct XMLDeclaration: Hashable, Sendable {
  public var version: String
  public var encoding: String?
  public var standalone: Bool?
  /// A declaration with these values (documents built by other means than parsing, such as the
  /// C library's, carry them as fields).
  package init(version: String, encoding: String? = nil, standalone: Bool? = nil) {
    self.version = version; self.encoding = encoding; self.standalone = standalone
  }
}
