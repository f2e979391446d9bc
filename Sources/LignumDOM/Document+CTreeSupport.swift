/// What the libxml2-compatible C library (`LignumLibXML2`) reads to build libxml2's structs:
/// the details of how a document was written that libxml2 keeps in its tree.
extension Document {
  /// A piece of an attribute value that referenced unsubstituted entities: text, or `&name;`.
  package enum AttributeValuePiece {
    case text(ArraySlice<UInt8>)
    case entityReference(String)
  }

  /// The pieces of an attribute's value when it referenced general entities that were not
  /// substituted (libxml2 then keeps text and entity-reference children); `nil` otherwise.
  package func attributeValuePieces(of attribute: NodeID) -> [AttributeValuePiece]? {
    guard let parts = attributeValueParts[attribute.raw] else { return nil }
    return parts.map {
      switch $0 {
      case .text(let bytes): return .text(bytes[...])
      case .entityReference(let name): return .entityReference(name)
      }
    }
  }

  /// Gives an attribute the pieces libxml2 keeps for a value with unsubstituted entity
  /// references (the C library rebuilds a Document from a C tree to write it).
  package mutating func setAttributeValuePieces(of attribute: NodeID, _ pieces: [AttributeValuePiece]) {
    attributeValueParts[attribute.raw] = pieces.map {
      switch $0 {
      case .text(let bytes): return .text(Array(bytes))
      case .entityReference(let name): return .entityReference(name)
      }
    }
  }

  /// Whether an element without children was written `<a></a>` (else `<a/>`).
  package func elementHasEndTag(_ id: NodeID) -> Bool {
    elementsWithEmptyContent.contains(id.raw)
  }

  /// Whether a processing instruction was written `<?target ?>` (white space, no data): libxml2
  /// gives it empty content, and `<?target?>` none.
  package func processingInstructionHasEmptyData(_ id: NodeID) -> Bool {
    processingInstructionsWithEmptyData.contains(id.raw)
  }
}

extension Document {
  /// Adds the document type node as the document's last child (the C library rebuilds a
  /// Document from a C tree to write it).
  package mutating func appendDocumentTypeNode() {
    let id = addNode(NodeRecord(kind: .documentType))
    link(id, lastChildOf: 0)
    rowsInPreorder = false
  }

  /// Marks a processing instruction as written `<?target ?>` (see
  /// ``processingInstructionHasEmptyData(_:)``).
  package mutating func markProcessingInstructionWithEmptyData(_ id: NodeID) {
    processingInstructionsWithEmptyData.insert(id.raw)
  }
}
