import LignumTokenizer

extension Validator {
  /// The attribute VCs of one start tag ([XML 1.0 §3.3](https://www.w3.org/TR/xml/#attdecls)):
  /// Attribute Value Type, the type constraints, Fixed Attribute Default, Required Attribute
  /// (reported at the end tag, as libxml2 does) and the standalone constraints on defaults and
  /// normalization.
  mutating func checkAttributes(_ attributes: [Attribute], of open: inout OpenElement, _ dtd: CompiledDTD,
                                at position: SourcePosition) {
    let element = open.name
    let declared = dtd.attributes[element]
    for attribute in attributes where attribute.isSpecified {
      guard let decl = declared?[attribute.name] else {
        report(.unknownAttribute, "No declaration for attribute \(attribute.name) of element \(element)",
               element: element, at: position)
        continue
      }
      checkValue(attribute, decl, element, dtd, at: position)
    }
    for decl in dtd.doctype.attributeLists[element] ?? [] {
      let given = attributes.first { $0.name == decl.name }
      switch decl.defaultDeclaration {
      case .required:
        if given == nil { open.missingAttributes.append(decl.name) }
      case .fixed, .value:
        if standalone && decl.isExternal && given?.isSpecified != true {
          report(.standaloneDefaulted, "standalone: attribute \(decl.name) on \(element) defaulted from external subset",
                 element: element, at: position)
        }
      case .implied: break
      }
    }
  }

  mutating func checkValue(_ attribute: Attribute, _ decl: AttributeDeclaration, _ element: String, _ dtd: CompiledDTD,
                           at position: SourcePosition) {
    let name = attribute.name
    var value = attribute.value
    if AttributeTypes.isTokenized(decl.type) {
      let collapsed = Lexical.collapse(value)
      if standalone && decl.isExternal && collapsed != value {
        report(.notStandalone, "standalone: \(name) on \(element) value had to be normalized based on external subset declaration",
               element: element, at: position)
      }
      value = collapsed
    }
    switch decl.type {
    case .cdata: break
    case .enumeration(let values):
      if !values.contains(value) {
        report(.attributeValue, "Value \"\(value)\" for attribute \(name) of \(element) is not among the enumerated set",
               element: element, at: position)
      }
    case .notation(let values):
      if !values.contains(value) {
        report(.notationValue, "Value \"\(value)\" for attribute \(name) of \(element) is not among the enumerated notations",
               element: element, at: position)
      } else if dtd.doctype.notations[value] == nil {
        report(.unknownNotation, "Value \"\(value)\" for attribute \(name) of \(element) is not a declared Notation",
               element: element, at: position)
      }
    default:
      // Namespaces in XML 1.0 §7 (namespace-valid): these values are Names without colons.
      let colonFree = !namespaces || decl.type == .nmtoken || decl.type == .nmtokens || !value.utf8.contains(0x3A)
      guard colonFree && AttributeTypes.isLexicallyValid(value, decl.type) else {
        report(.attributeValue, "Syntax of value for attribute \(name) of \(element) is not valid", element: element, at: position)
        return
      }
      checkReferences(value, decl.type, name, element, dtd, at: position)
    }
    if case .fixed(let fixed) = decl.defaultDeclaration {
      let expected = AttributeTypes.isTokenized(decl.type) ? Lexical.collapse(fixed) : fixed
      if value != expected {
        report(.attributeDefault, "Value for attribute \(name) of \(element) is different from default \"\(expected)\"",
               element: element, at: position)
        report(.attributeValue, "Value for attribute \(name) of \(element) must be \"\(expected)\"", element: element, at: position)
      }
    }
  }

  /// VC: ID (unique), VC: IDREF (recorded for the end), VC: Entity Name.
  mutating func checkReferences(_ value: String, _ type: AttributeDeclaration.AttributeType, _ name: String,
                                _ element: String, _ dtd: CompiledDTD, at position: SourcePosition) {
    switch type {
    case .id:
      if !ids.insert(value).inserted {
        report(.idRedefined, "ID \(value) already defined", element: element, at: position)
      }
    case .idref, .idrefs:
      for token in type == .idref ? [Substring(value)] : Lexical.tokens(value) where !ids.contains(String(token)) {
        pendingReferences.append(PendingReference(id: String(token), attribute: name, element: element,
                                                  isList: type == .idrefs, position: position))
      }
    case .entity, .entities:
      let kind = type == .entity ? "ENTITY" : "ENTITIES"
      for token in type == .entity ? [Substring(value)] : Lexical.tokens(value) {
        guard let entity = dtd.doctype.generalEntities[String(token)] else {
          report(.unknownEntity, "\(kind) attribute \(name) reference an unknown entity \"\(token)\"", element: element, at: position)
          continue
        }
        if !entity.isUnparsed {
          report(.entityType, "\(kind) attribute \(name) reference an entity \"\(token)\" of wrong type", element: element, at: position)
        }
      }
    default: break
    }
  }
}
