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
    /// The content model is not deterministic: reported (and not checked) where the element
    /// is used, as libxml2 does.
    var isNondeterministic = false
  }

  /// The declaration this was compiled from.
  public let doctype: DoctypeDeclaration
  /// Validity errors of the DTD itself found while reading it (XML 1.0 §3.2, §3.3 and the
  /// PE nesting VCs), at the declarations they concern, in declaration order.
  public private(set) var errors: [ValidityError] = []
  /// Validity errors libxml2 reports when the root element starts (notation checks, §3.3.1,
  /// §4.2.2); a ``Validator`` reports them there, at the root's position.
  public private(set) var rootErrors: [ValidityError] = []
  var symbols: [String: Int] = [:]
  var rules: [ElementRule?] = []
  /// Attribute declarations by element name, then by attribute name (first declaration binds).
  var attributes: [String: [String: AttributeDeclaration]] = [:]

  /// Compiles `doctype`. `position` is where its DOCTYPE starts (declarations of the internal
  /// subset are placed relative to it).
  public init(_ doctype: DoctypeDeclaration, position: SourcePosition = SourcePosition(line: 0, column: 0, offset: 0)) {
    self.doctype = doctype
    for (element, list) in doctype.attributeLists {
      var byName: [String: AttributeDeclaration] = [:]
      for decl in list where byName[decl.name] == nil { byName[decl.name] = decl }
      attributes[element] = byName
    }
    compileElements()
    var declarationErrors: [(place: (file: String?, position: SourcePosition), error: ValidityError)] = []
    let facts = doctype.validityFacts
    var checker = DeclarationChecker(doctype: doctype)
    for (i, decl) in doctype.internalSubset.enumerated() {
      let place = Self.absolute(i < facts.internalPlaces.count ? facts.internalPlaces[i] : nil, doctype: position)
      for e in checker.check(decl, isExternal: place.file != nil) { declarationErrors.append((place, e)) }
    }
    for (i, decl) in doctype.externalSubset.enumerated() {
      let place = Self.absolute(i < facts.externalPlaces.count ? facts.externalPlaces[i] : nil, doctype: position)
      for e in checker.check(decl, isExternal: true) { declarationErrors.append((place, e)) }
    }
    for (place, e) in declarationErrors {
      var e = e
      e.position = place.position
      e.file = place.file
      errors.append(e)
    }
    for fact in facts.errors {
      errors.append(ValidityError(ValidityError.Code(rawValue: fact.code.rawValue), fact.message,
                                  at: fact.position.line > 0 ? fact.position : position, file: fact.file))
    }
    rootErrors = checker.rootErrors
    checkUnparsedEntities()
  }

  /// A declaration's place as a document position.
  static func absolute(_ place: DeclarationPlace?, doctype: SourcePosition) -> (file: String?, position: SourcePosition) {
    guard let place else { return (nil, doctype) }
    if place.file != nil { return (place.file, SourcePosition(line: place.line, column: place.column, offset: 0)) }
    guard doctype.line > 0 else { return (nil, SourcePosition(line: place.line, column: place.column, offset: 0)) }
    let column = place.line == 1 ? doctype.column + place.column - 1 : place.column
    return (nil, SourcePosition(line: doctype.line + place.line - 1, column: column, offset: 0))
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

  /// Content models compiled to automata, deterministic or not (§3.2.1, Appendix E).
  mutating func compileElements() {
    var budget = ContentAutomaton.maxFollowEntriesPerDTD
    for name in doctype.elements.keys.sorted() {
      guard let element = doctype.elements[name] else { continue }
      let symbol = intern(name)
      let content: Content
      var nondeterministic = false
      switch element.content {
      case .empty: content = .empty
      case .any: content = .any
      case .mixed(let names):
        content = .mixed(Set(names.map { intern($0) }), pcdataOnly: names.isEmpty)
      case .children(let particle):
        let automaton = ContentAutomaton(particle, budget: &budget) { intern($0) }
        nondeterministic = !automaton.isDeterministic || automaton.isTooComplex
        content = .children(automaton)
      }
      rules[symbol] = ElementRule(name: name, spec: element.content, content: content,
                                  isExternal: doctype.validityFacts.externalElements.contains(name),
                                  isNondeterministic: nondeterministic)
    }
  }

  /// VC: Notation Declared (§4.2.2): an unparsed entity's notation is declared.
  mutating func checkUnparsedEntities() {
    for case .entity(let entity) in doctype.internalSubset + doctype.externalSubset {
      guard let notation = entity.notation, doctype.notations[notation] == nil,
            doctype.generalEntities[entity.name] == entity else { continue }
      rootErrors.append(ValidityError(.unknownNotation, "NOTATION \(notation) is not declared"))
    }
  }
}
