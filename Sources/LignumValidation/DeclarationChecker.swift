import LignumTokenizer

/// The validity constraints on declarations themselves, checked one declaration at a time in
/// the order the DTD declares them (so errors come out in libxml2's order):
/// VC: Unique Element Type Declaration and No Duplicate Types (§3.2, §3.2.2); ID Attribute
/// Default, One ID per Element Type, One Notation Per Element Type, No Duplicate Tokens,
/// Attribute Default Value Syntactically Correct (§3.3.1, §3.3.2). The notation constraints
/// libxml2 checks when the root element starts go to ``rootErrors``.
struct DeclarationChecker {
  let doctype: DoctypeDeclaration
  var declaredElements: Set<String> = []
  var checkedAttributes: Set<String> = []
  var idCount: [String: Int] = [:]
  var notationCount: [String: Int] = [:]
  var rootErrors: [ValidityError] = []

  init(doctype: DoctypeDeclaration) { self.doctype = doctype }

  /// `isExternal`: the declaration is in the external subset (for libxml2's ID message).
  mutating func check(_ decl: MarkupDeclaration, isExternal: Bool = false) -> [ValidityError] {
    var errors: [ValidityError] = []
    switch decl {
    case .element(let element):
      if !declaredElements.insert(element.name).inserted {
        errors.append(ValidityError(.elementRedefined, "Redefinition of element \(element.name)"))
      } else if case .mixed(let names) = element.content, names.count > 1 {
        // libxml2 compares each name with the later ones: "of" for the last name, "to" otherwise.
        for i in 0..<(names.count - 1) {
          for j in (i + 1)..<names.count where names[j] == names[i] {
            let word = j == names.count - 1 ? "of" : "to"
            errors.append(ValidityError(.mixedCorrupt, "Definition of \(element.name) has duplicate references \(word) \(names[i])"))
          }
        }
      }
    case .attributeList(let element, let defs):
      for def in defs where doctype.attributeLists[element]?.contains(def) == true {
        guard checkedAttributes.insert(element + " " + def.name).inserted else { continue }
        errors += check(def, of: element, isExternal: isExternal)
      }
    default:
      break
    }
    return errors
  }

  mutating func check(_ decl: AttributeDeclaration, of element: String, isExternal: Bool) -> [ValidityError] {
    var errors: [ValidityError] = []
    switch decl.type {
    case .id:
      idCount[element, default: 0] += 1
      if let count = idCount[element], count >= 2 {
        // libxml2's two messages, its spelling included.
        errors.append(ValidityError(.multipleID, "Element \(element) has too may ID attributes defined : \(decl.name)"))
        errors.append(ValidityError(.multipleID, "Element \(element) has \(count) ID attribute defined in the "
                                    + (isExternal ? "external" : "internal") + " subset : \(decl.name)"))
      }
      switch decl.defaultDeclaration {
      case .required, .implied: break
      default:
        errors.append(ValidityError(.idFixed, "ID attribute \(decl.name) of \(element) is not valid must be #IMPLIED or #REQUIRED"))
      }
    case .notation(let names):
      notationCount[element, default: 0] += 1
      if notationCount[element] == 2 {
        errors.append(ValidityError(.notationRedefined, "Element \(element) has more than one NOTATION attribute : \(decl.name)"))
      }
      errors += duplicates(names, kind: "notation")
      var used = names
      switch decl.defaultDeclaration {
      case .fixed(let v), .value(let v): used.insert(v, at: 0)
      default: break
      }
      var seen: Set<String> = []
      for n in used where doctype.notations[n] == nil && seen.insert(n).inserted {
        rootErrors.append(ValidityError(.unknownNotation, "NOTATION attribute \(decl.name) reference an unknown notation \"\(n)\""))
      }
      if case .empty? = doctype.elements[element]?.content {
        rootErrors.append(ValidityError(.emptyNotation, "NOTATION attribute \(decl.name) declared for EMPTY element \(element)"))
      }
    case .enumeration(let values):
      errors += duplicates(values, kind: "enumeration")
    default:
      break
    }
    if let e = checkDefault(decl, element) { errors.append(e) }
    return errors
  }

  func duplicates(_ tokens: [String], kind: String) -> [ValidityError] {
    var seen: Set<String> = []
    return tokens.filter { !seen.insert($0).inserted }.map {
      ValidityError(.duplicateToken, "standalone: attribute \(kind) value token \($0) duplicated")
    }
  }

  func checkDefault(_ decl: AttributeDeclaration, _ element: String) -> ValidityError? {
    let value: String
    switch decl.defaultDeclaration {
    case .fixed(let v), .value(let v): value = v
    case .required, .implied: return nil
    }
    let normalized = decl.type == .cdata ? value : Lexical.collapse(value)
    switch decl.type {
    case .enumeration(let values), .notation(let values):
      guard !values.contains(normalized) else { return nil }
      return ValidityError(.attributeDefault,
                           "Default value \"\(normalized)\" for attribute \(decl.name) of \(element) is not among the enumerated set")
    default:
      guard !AttributeTypes.isLexicallyValid(normalized, decl.type) else { return nil }
      // libxml2 names the element first here ("Attribute ELEMENT of ATTRIBUTE"); so do we, for identical diagnostics.
      return ValidityError(.attributeDefault, "Attribute \(element) of \(decl.name): invalid default value")
    }
  }
}
