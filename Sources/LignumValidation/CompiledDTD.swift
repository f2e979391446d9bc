import LignumTokenizer

/// A DTD prepared for validation: element names numbered, content models compiled to
/// automata, attribute declarations indexed, and the DTD's own validity errors found.
///
/// Build one per DTD and share it between validators (it is an immutable value).
///
/// ```swift
/// let dtd = CompiledDTD(doctype)
/// for error in dtd.errors { print(error) }   // e.g. a non-deterministic content model
/// ```
/// - Complexity: O(size of the DTD), plus O(n²) per content model of n names at worst.
public struct CompiledDTD: Sendable {
  /// How an element type's content is checked.
  enum Content: Sendable {
    case empty, any
    /// `(#PCDATA | …)*`: the allowed child symbols; `pcdataOnly` for `(#PCDATA)`.
    case mixed(Set<Int>, pcdataOnly: Bool)
    case children(ContentAutomaton)
  }

  struct ElementRule: Sendable {
    var name: String
    var spec: ContentSpec
    var content: Content
    /// Declared in the external subset or an external parameter entity.
    var isExternal: Bool
  }

  /// The declaration this was compiled from.
  public let doctype: DoctypeDeclaration
  /// Validity errors of the DTD itself (XML 1.0 §3.2, §3.3, §4.2.2 and the PE nesting VCs).
  public private(set) var errors: [ValidityError] = []
  var symbols: [String: Int] = [:]
  var rules: [ElementRule?] = []
  /// Attribute declarations by element name, then by attribute name (first declaration binds).
  var attributes: [String: [String: AttributeDeclaration]] = [:]

  /// Compiles `doctype`. `position` is where DTD-level errors without a position of their
  /// own are reported (the DOCTYPE's place, as a validator sees it).
  public init(_ doctype: DoctypeDeclaration, position: SourcePosition = SourcePosition(line: 0, column: 0, offset: 0)) {
    self.doctype = doctype
    for fact in doctype.validityFacts.errors {
      errors.append(ValidityError(ValidityError.Code(rawValue: fact.code.rawValue), fact.message,
                                  at: fact.position.line > 0 ? fact.position : position, file: fact.file))
    }
    checkElementDeclarations(position)
    for (element, list) in doctype.attributeLists {
      var byName: [String: AttributeDeclaration] = [:]
      for decl in list where byName[decl.name] == nil { byName[decl.name] = decl }
      attributes[element] = byName
      checkAttributeList(element, list, position)
    }
    checkUnparsedEntities(position)
  }

  /// The symbol of an element name, numbering names on first sight.
  mutating func intern(_ name: String) -> Int {
    if let s = symbols[name] { return s }
    let s = rules.count
    symbols[name] = s
    rules.append(nil)
    return s
  }

  func rule(_ symbol: Int) -> ElementRule? { symbol >= 0 && symbol < rules.count ? rules[symbol] : nil }

  mutating func report(_ code: ValidityError.Code, _ message: String, _ position: SourcePosition) {
    errors.append(ValidityError(code, message, at: position))
  }

  /// VC: Unique Element Type Declaration (§3.2); deterministic models (§3.2.1, Appendix E);
  /// VC: No Duplicate Types (§3.2.2).
  mutating func checkElementDeclarations(_ position: SourcePosition) {
    var seen: Set<String> = []
    for decl in doctype.internalSubset + doctype.externalSubset {
      guard case .element(let element) = decl else { continue }
      if !seen.insert(element.name).inserted {
        report(.elementRedefined, "Redefinition of element \(element.name)", position)
      }
    }
    for name in doctype.elements.keys.sorted() {
      guard let element = doctype.elements[name] else { continue }
      let symbol = intern(name)
      let content: Content
      switch element.content {
      case .empty: content = .empty
      case .any: content = .any
      case .mixed(let names):
        var allowed: Set<Int> = []
        for child in names where !allowed.insert(intern(child)).inserted {
          report(.mixedCorrupt, "Definition of \(name) has duplicate references of \(child)", position)
        }
        content = .mixed(allowed, pcdataOnly: names.isEmpty)
      case .children(let particle):
        let automaton = ContentAutomaton(particle) { intern($0) }
        if automaton.isTooComplex {
          report(.contentNotDeterministic, "Content model of \(name) is too complex to validate", position)
        } else if !automaton.isDeterministic {
          report(.contentNotDeterministic,
                 "Content model of \(name) is not determinist: \(ContentFormatting.describe(element.content))", position)
        }
        content = .children(automaton)
      }
      rules[symbol] = ElementRule(name: name, spec: element.content, content: content,
                                  isExternal: doctype.validityFacts.externalElements.contains(name))
    }
  }

  /// VCs of §3.3.1: ID Attribute Default, One ID per Element Type, One Notation Per Element
  /// Type, No Notation on Empty Element, Notation Attributes, No Duplicate Tokens; and
  /// Attribute Default Value Syntactically Correct (§3.3.2).
  mutating func checkAttributeList(_ element: String, _ list: [AttributeDeclaration], _ position: SourcePosition) {
    var idCount = 0
    var notationCount = 0
    var seen: Set<String> = []
    for decl in list where seen.insert(decl.name).inserted {
      switch decl.type {
      case .id:
        idCount += 1
        if idCount == 2 {
          report(.multipleID, "Element \(element) has too many ID attributes defined : \(decl.name)", position)
        }
        switch decl.defaultDeclaration {
        case .required, .implied: break
        default:
          report(.idFixed, "ID attribute \(decl.name) of \(element) is not valid must be #IMPLIED or #REQUIRED", position)
        }
      case .notation(let names):
        notationCount += 1
        if notationCount == 2 {
          report(.notationRedefined, "Element \(element) has more than one NOTATION attribute : \(decl.name)", position)
        }
        if case .empty? = doctype.elements[element]?.content {
          report(.emptyNotation, "NOTATION attribute \(decl.name) declared for EMPTY element \(element)", position)
        }
        checkDuplicates(names, kind: "notation", position)
        for n in names where doctype.notations[n] == nil {
          report(.unknownNotation, "NOTATION attribute \(decl.name) reference an unknown notation \"\(n)\"", position)
        }
      case .enumeration(let values):
        checkDuplicates(values, kind: "enumeration", position)
      default: break
      }
      checkDefault(decl, element, position)
    }
  }

  mutating func checkDuplicates(_ tokens: [String], kind: String, _ position: SourcePosition) {
    var seen: Set<String> = []
    for t in tokens where !seen.insert(t).inserted {
      report(.duplicateToken, "standalone: attribute \(kind) value token \(t) duplicated", position)
    }
  }

  mutating func checkDefault(_ decl: AttributeDeclaration, _ element: String, _ position: SourcePosition) {
    let value: String
    switch decl.defaultDeclaration {
    case .fixed(let v), .value(let v): value = v
    case .required, .implied: return
    }
    let normalized = decl.type == .cdata ? value : Lexical.collapse(value)
    switch decl.type {
    case .enumeration(let values), .notation(let values):
      if !values.contains(normalized) {
        report(.attributeDefault,
               "Default value \"\(normalized)\" for attribute \(decl.name) of \(element) is not among the enumerated set", position)
      }
    default:
      if !AttributeTypes.isLexicallyValid(normalized, decl.type) {
        report(.attributeDefault, "Attribute \(decl.name) of \(element): invalid default value", position)
      }
    }
  }

  /// VC: Notation Declared (§4.2.2): an unparsed entity's notation is declared.
  mutating func checkUnparsedEntities(_ position: SourcePosition) {
    for name in doctype.generalEntities.keys.sorted() {
      guard let notation = doctype.generalEntities[name]?.notation, doctype.notations[notation] == nil else { continue }
      report(.unknownNotation, "NOTATION \(notation) is not declared", position)
    }
  }
}
