import LignumTokenizer

/// What ``Validator/validate(_:in:)`` reads from a parser: ``PullParser`` and ``PushParser``
/// conform.
public protocol ValidationEventSource {
  func bytes(_ range: TextRange) -> ArraySlice<UInt8>
  func string(_ range: TextRange) -> String
  var attributes: [AttributeRef] { get }
  var namespaceDeclarations: [NamespaceDeclarationRef] { get }
  var xmlDeclaration: XMLDeclaration? { get }
  var doctype: DoctypeDeclaration? { get }
  var position: SourcePosition { get }
  var warnings: [XMLSyntaxError] { get }
  var textHasCharacterReference: Bool { get }
  var replacedEntityReferenceCount: Int { get }
}

extension PullParser: ValidationEventSource {}
extension PushParser: ValidationEventSource {}

extension Validator {
  /// Validates one event the parser just returned; call it for every event, in order.
  ///
  /// References to undeclared entities that the parser could only warn about (VC: Entity
  /// Declared, §4.1) become validity errors here.
  public mutating func validate(_ event: Event, in parser: some ValidationEventSource) {
    let position = parser.position
    adoptWarnings(parser.warnings)
    let replaced = parser.replacedEntityReferenceCount
    if replaced != seenEntityReferences {
      // A reference replaced since the last event: content of the element it is in.
      seenEntityReferences = replaced
      entityReferenceReplaced()
    }
    switch event {
    case .doctype:
      if let doctype = parser.doctype {
        useDoctype(doctype, standalone: parser.xmlDeclaration?.standalone == true, at: position)
      }
    case .startElement(let tag):
      var list: [Attribute] = []
      list.reserveCapacity(tag.attributes.count + tag.namespaceDeclarations.count)
      let all = parser.attributes
      for a in all[tag.attributes] {
        list.append(Attribute(name: parser.string(a.name.qualified), value: parser.string(a.value), isSpecified: a.isSpecified,
                              wasNormalized: a.wasNormalized))
      }
      let namespaces = parser.namespaceDeclarations
      for ns in namespaces[tag.namespaceDeclarations] {
        list.append(Attribute(name: ns.prefix.map { "xmlns:" + parser.string($0) } ?? "xmlns", value: parser.string(ns.uri)))
      }
      startElement(parser.string(tag.name.qualified), attributes: list, at: position)
    case .endElement: endElement(at: position)
    case .text(let range):
      characters(parser.bytes(range), hasCharacterReference: parser.textHasCharacterReference, at: position)
    case .cdata(let range): characters(parser.bytes(range), isCDATA: true, at: position)
    case .comment, .processingInstruction: markup(at: position)
    case .startEntity(let name): startEntity(parser.string(name), at: position)
    case .endEntity: endEntity()
    case .xmlDeclaration: break
    case .endDocument: endDocument(at: position)
    }
  }

  mutating func adoptWarnings(_ warnings: [XMLSyntaxError]) {
    guard warnings.count > warningsSeen else { return }
    for w in warnings[warningsSeen...] where w.code == .undeclaredEntityWarning {
      if storesParserWarnings {
        record(ValidityError(.undeclaredEntity, w.message, at: w.position, file: w.file))
      } else {
        errorCount += 1
      }
    }
    warningsSeen = warnings.count
  }
}
