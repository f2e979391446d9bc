/// A handle to a node in one ``Document``: an index into its node table (`.document` is 0).
///
/// An id from another document is a programming error: you get the wrong node or a trap, never
/// an out-of-bounds read.
public struct NodeID: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The index into the document's node table.
  public let raw: UInt32
  /// Makes a handle from a raw index (for callers that store ids as integers).
  @inlinable public init(raw: UInt32) { self.raw = raw }
  /// The document node, root of every tree.
  public static let document = NodeID(raw: 0)
  public static func < (a: NodeID, b: NodeID) -> Bool { a.raw < b.raw }
  public var description: String { "#\(raw)" }
  @inlinable var index: Int { Int(raw) }
}

/// What a node is. Raw values are stable.
public enum NodeKind: UInt8, Sendable, Hashable {
  /// The document node: parent of the root element, the doctype and top-level comments and PIs.
  case document
  case element
  /// An attribute; it is reached through ``Document/attributes(of:)``, never as a child.
  case attribute
  case text
  case cdata
  case comment
  case processingInstruction
  /// A reference to a general entity that was not substituted (libxml2's `XML_ENTITY_REF_NODE`);
  /// its children are the entity's content.
  case entityReference
  /// The document type declaration; ``Document/doctype`` holds its content.
  case documentType
}

/// "No node": the value of an absent link in ``NodeRecord``.
@usableFromInline let noNode: UInt32 = .max

/// One row of the node table. Links are indexes (``noNode`` when absent).
///
/// `a` and `b` depend on the kind: for text-like nodes (text, CDATA, comment, PI data, attribute
/// value) they are the start and length of the content in ``Document``'s byte store; for
/// elements, `a` is the first attribute and `b` the first namespace declaration.
@usableFromInline
struct NodeRecord: Sendable {
  @usableFromInline var parent: UInt32 = noNode
  @usableFromInline var firstChild: UInt32 = noNode
  @usableFromInline var lastChild: UInt32 = noNode
  @usableFromInline var nextSibling: UInt32 = noNode
  @usableFromInline var previousSibling: UInt32 = noNode
  /// Index into the name table (elements, attributes, PI targets, entity references), else `noNode`.
  @usableFromInline var name: UInt32 = noNode
  @usableFromInline var a: UInt32 = 0
  @usableFromInline var b: UInt32 = 0
  @usableFromInline var kind: NodeKind

  init(kind: NodeKind) {
    self.kind = kind
    if kind == .element { a = noNode; b = noNode }
  }
}

/// A namespace declaration stored on an element (`xmlns:p="uri"`), in a per-element list.
struct NamespaceRecord: Sendable {
  /// String id of the prefix, `noNode` for the default namespace.
  var prefix: UInt32
  /// String id of the URI (the empty string for `xmlns=""`).
  var uri: UInt32
  var next: UInt32 = noNode
}

/// An interned qualified name: string ids of its parts.
@usableFromInline
struct NameRecord: Hashable, Sendable {
  @usableFromInline var prefix: UInt32
  @usableFromInline var local: UInt32
  @usableFromInline var namespaceURI: UInt32
}
