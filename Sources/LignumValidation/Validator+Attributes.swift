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
    for decl in dtd.doctype.attributeLists[element] ?? [] where standalone && decl.isExternal {
      switch decl.defaultDeclaration {
      case .fixed, .value:
        if attributes.first(where: { $0.name == decl.name })?.isSpecified != true {
          report(.standaloneDefaulted, "standalone: attribute \(decl.name) on \(element) defaulted from external subset",
                 element: nil, at: position)
        }
      default: break
      }
    }
    for attribute in attributes where attribute.isSpecified {
      guard let decl = declared?[attribute.name] else {
        report(.unknownAttribute, "No declaration for attribute \(displayName(attribute.name)) of element \(element)",
               element: element, at: position)
        continue
      }
      checkValue(attribute, decl, element, dtd, at: position)
    }
    for decl in dtd.doctype.attributeLists[element] ?? [] {
      let given = attributes.first { $0.name == decl.name }
      if case .required = decl.defaultDeclaration, given == nil { open.missingAttributes.append(decl.name) }
    }
  }

  mutating func checkValue(_ attribute: Attribute, _ decl: AttributeDeclaration, _ element: String, _ dtd: CompiledDTD,
                           at position: SourcePosition) {
    let name = displayName(attribute.name)
    var value = attribute.value
    if AttributeTypes.isTokenized(decl.type) {
      let collapsed = Lexical.collapse(value)
      if standalone && decl.isExternal && (collapsed != value || attribute.wasNormalized) {
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
        report(.unknownNotation, "NOTATION attribute \(name) reference an unknown notation \"\(value)\"", element: nil, at: position)
      }
    default:
      // Namespaces in XML 1.0 §7 (namespace-valid): these values are Names without colons.
      let colonFree = !namespaces || decl.type == .nmtoken || decl.type == .nmtokens || !value.utf8.contains(0x3A)
      if !(colonFree && AttributeTypes.isLexicallyValid(value, decl.type)) {
        report(.attributeValue, "Syntax of value for attribute \(name) of \(element) is not valid", element: element, at: position)
      }
      // Like libxml2, a malformed value is still registered as an ID or a reference.
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

  /// The attribute's name as libxml2 writes it in messages: the local part of a prefixed
  /// name when namespaces are on (`space` for `xml:space`), but `xmlns:p` whole.
  func displayName(_ name: String) -> String {
    guard namespaces, !name.hasPrefix("xmlns:"), let colon = name.firstIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
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
          report(.unknownEntity, "\(kind) attribute \(name) reference an unknown entity \"\(token)\"", element: nil, at: position)
          continue
        }
        if !entity.isUnparsed {
          report(.entityType, "\(kind) attribute \(name) reference an entity \"\(token)\" of wrong type", element: nil, at: position)
        }
      }
    default: break
    }
  }
}
