import LignumTokenizer

/// Checks a document against its DTD as its content streams by: the validity constraints of
/// [XML 1.0 §3](https://www.w3.org/TR/xml/#sec-logical-struct) that concern the instance.
///
/// Feed it the parser's events (``validate(_:in:)``), or call the element and text methods
/// yourself (a tree walk does, see `Document.validate()`). It holds the compiled DTD, one
/// record per open element (a content-model run), the IDs seen and the IDREFs not yet
/// resolved, so memory is bounded by the DTD, the element depth and the ID table, not by the
/// document's size. Errors collect in ``errors``; drain them with ``takeErrors()`` while
/// streaming a large document.
///
/// ```swift
/// var parser = PullParser(bytes: bytes, options: options)
/// var validator = Validator()
/// while true {
///   let event = try parser.next()
///   validator.validate(event, in: parser)
///   if event == .endDocument { break }
/// }
/// print(validator.errors)
/// ```
///
/// States of one open element's content check:
/// ```
/// startElement ──▶ [run: automaton states] ──child/text──▶ [run'] … ──endElement──▶ accepting? else error
/// ```
public struct Validator: Sendable {
  /// An attribute as the validator sees it.
  public struct Attribute: Hashable, Sendable {
    public var name: String
    public var value: String
    /// `false` when the value was defaulted from the DTD.
    public var isSpecified: Bool
    /// The parser already normalized `value` as its declared type and that changed it
    /// (``AttributeRef/wasNormalized``); a value not yet normalized is checked here.
    public var wasNormalized: Bool
    public init(name: String, value: String, isSpecified: Bool = true, wasNormalized: Bool = false) {
      self.name = name; self.value = value; self.isSpecified = isSpecified; self.wasNormalized = wasNormalized
    }
  }

  struct OpenElement: Sendable {
    var name: String
    var symbol: Int
    var start: SourcePosition
    var states: [Int] = [0]
    var failed = false
    var children = ChildList()
    var hasContent = false
    var hasChildElement = false
    var invalidChildren: [String] = []
    var missingAttributes: [String] = []
    /// White space in element content (reported at the end tag for a standalone document).
    var hasWhiteSpace = false
    /// Entity references open inside this element: their content is not listed in ``children``.
    var entityDepth = 0
    /// An external entity whose content the parser did not read stands in the content: the
    /// content model cannot be checked.
    var contentUnknown = false
  }

  struct PendingReference: Sendable {
    var id: String
    var attribute: String
    var element: String
    var isList: Bool
    var position: SourcePosition
  }

  /// The DTD in force; `nil` until the document's DOCTYPE was seen (or when it has none).
  public private(set) var dtd: CompiledDTD?
  /// The document declared `standalone="yes"` (enables VC: Standalone Document Declaration).
  public var standalone: Bool
  /// Apply Namespaces in XML 1.0's namespace validity: ID, IDREF(S) and ENTITY(IES) values
  /// must not contain colons. Set it as ``ParseOptions/namespaces`` is set.
  ///
  /// Default: `true`
  public var namespaces = true
  /// Errors found so far, in document order (up to ``maxStoredErrors``).
  public private(set) var errors: [ValidityError] = []
  /// How many errors were found in all, stored or not.
  public internal(set) var errorCount = 0
  /// Errors beyond this many are counted but not stored. Default: 10,000.
  public var maxStoredErrors = 10_000
  /// Turn the parser's undeclared-entity warnings into stored errors. A caller that prints the
  /// parser's warnings itself (as `lignum lint` does) sets this to `false`: they still make the
  /// document invalid (``isValid``, ``errorCount``) but are not stored twice.
  ///
  /// Default: `true`
  public var storesParserWarnings = true
  /// The DTD was given by the caller (`--dtdvalid`): the document's own DOCTYPE is ignored.
  let dtdFromCaller: Bool
  var stack: [OpenElement] = []
  var ids: Set<String> = []
  var pendingReferences: [PendingReference] = []
  var sawRoot = false
  var warningsSeen = 0
  /// The parser's ``PullParser/replacedEntityReferenceCount`` at the last event.
  var seenEntityReferences = 0
  var reportedNondeterminism: Set<Int> = []
  /// The start of the element whose checks are running (``ValidityError/elementPosition``).
  var reportingFor: SourcePosition?

  /// A validator that takes its DTD from the document (the ``Event/doctype`` event).
  public init() {
    dtd = nil; standalone = false; dtdFromCaller = false
  }

  /// A validator against a DTD of your choosing (libxml2's `xmlValidateDtd`, `xmllint --dtdvalid`).
  /// The DTD's own errors are reported first. The root element's name is checked only when
  /// `dtd.doctype.name` is not empty.
  public init(dtd: CompiledDTD, standalone: Bool = false) {
    self.dtd = dtd; self.standalone = standalone; dtdFromCaller = true
    for e in dtd.errors { record(e) }
  }

  /// Installs the document's DTD (from its DOCTYPE) and reports the DTD's own errors; ignored
  /// when the validator was given a DTD.
  public mutating func useDoctype(_ doctype: DoctypeDeclaration, standalone: Bool, at position: SourcePosition) {
    guard !dtdFromCaller else { return }
    // libxml2: a DOCTYPE that declares nothing (say, its external subset was not read) is no
    // DTD; validation reports that once and stops.
    guard !(doctype.elements.isEmpty && doctype.attributeLists.isEmpty && doctype.generalEntities.isEmpty
            && doctype.notations.isEmpty) else {
      for e in CompiledDTD(doctype, position: position).errors { record(e) }
      return
    }
    let compiled = CompiledDTD(doctype, position: position)
    dtd = compiled
    self.standalone = standalone
    for e in compiled.errors { record(e) }
  }

  /// Returns the errors stored so far and forgets them.
  public mutating func takeErrors() -> [ValidityError] {
    defer { errors = [] }
    return errors
  }

  /// Elements open now (the validator holds one small record for each).
  public var openElementCount: Int { stack.count }

  /// `true` when no error was found so far.
  public var isValid: Bool { errorCount == 0 }

  mutating func record(_ error: ValidityError) {
    errorCount += 1
    if errors.count < maxStoredErrors { errors.append(error) }
  }

  mutating func report(_ code: ValidityError.Code, _ message: String, element: String?, at position: SourcePosition) {
    var error = ValidityError(code, message, element: element, at: position)
    error.elementPosition = reportingFor
    record(error)
  }
}

// MARK: elements and content

extension Validator {
  /// A start tag. `attributes` are all of them, specified and defaulted (namespace
  /// declarations included, as `xmlns`/`xmlns:p` attributes).
  public mutating func startElement(_ name: String, attributes: [Attribute], at position: SourcePosition) {
    guard let dtd else {
      if !sawRoot { report(.noDTD, "Validation failed: no DTD found !", element: nil, at: position) }
      sawRoot = true
      return
    }
    if !sawRoot {
      sawRoot = true
    }
    let isRoot = stack.isEmpty
    let symbol = dtd.symbols[name] ?? -1
    if !stack.isEmpty { addChild(name, symbol, dtd) }
    reportingFor = position
    defer { reportingFor = nil }
    var open = OpenElement(name: name, symbol: symbol, start: position)
    checkAttributes(attributes, of: &open, dtd, at: position)
    stack.append(open)
    if isRoot {
      // libxml2 checks the DTD's notations and the root's name once the root's attributes are in.
      for var e in dtd.rootErrors {
        e.position = position
        record(e)
      }
      let declared = dtd.doctype.name
      if !declared.isEmpty && declared != name {
        report(.rootName, "root and DTD name do not match '\(name)' and '\(declared)'", element: name, at: position)
      }
    }
  }

  mutating func addChild(_ name: String, _ symbol: Int, _ dtd: CompiledDTD) {
    let index = stack.count - 1
    stack[index].hasContent = true
    stack[index].hasChildElement = true
    if stack[index].entityDepth == 0 { stack[index].children.appendElement(name) }
    guard let rule = dtd.rule(stack[index].symbol) else { return }
    switch rule.content {
    case .empty, .any: break
    case .mixed(let allowed, let pcdataOnly):
      if !pcdataOnly && !allowed.contains(symbol) && stack[index].invalidChildren.count < 100 {
        stack[index].invalidChildren.append(name)
      }
    case .children(let automaton):
      // A non-deterministic model is reported, not run (as libxml2 does): no set-of-states
      // simulation that hostile models could make slow.
      guard !stack[index].failed, !rule.isNondeterministic else { return }
      let next = symbol < 0 ? [] : automaton.step(stack[index].states, symbol)
      if next.isEmpty { stack[index].failed = true } else { stack[index].states = next }
    }
  }

  /// Character data (`isCDATA` for a CDATA section, which never counts as white space, nor
  /// does text with a character reference: element content allows only literal white space).
  public mutating func characters<Bytes: Collection<UInt8>>(_ text: Bytes, isCDATA: Bool = false,
                                                           hasCharacterReference: Bool = false,
                                                           at position: SourcePosition) {
    guard let dtd, let index = stack.indices.last, !text.isEmpty || isCDATA else { return }
    stack[index].hasContent = true
    guard let rule = dtd.rule(stack[index].symbol), case .children = rule.content else { return }
    if !isCDATA && !hasCharacterReference && Lexical.isWhiteSpace(text) {
      if stack[index].entityDepth == 0 { stack[index].children.appendBlank() }
      if standalone && rule.isExternal { stack[index].hasWhiteSpace = true }
      return
    }
    if stack[index].entityDepth == 0 { stack[index].children.appendText(isCDATA: isCDATA) }
    stack[index].failed = true
  }

  /// A general entity reference the parser replaced by its text (which may be empty) inside
  /// an element: content for an element declared EMPTY, nothing else.
  public mutating func entityReferenceReplaced() {
    guard let index = stack.indices.last else { return }
    stack[index].hasContent = true
  }

  /// A comment, processing instruction or entity reference inside an element: content for
  /// an element declared EMPTY.
  public mutating func markup(at position: SourcePosition) {
    guard let index = stack.indices.last else { return }
    stack[index].hasContent = true
    if stack[index].entityDepth == 0 { stack[index].children.appendOther() }
  }

  /// The start of an entity reference's content (``Event/startEntity(name:)``): content for an
  /// EMPTY element; libxml2 lists it as `CDATA` in content-model messages.
  ///
  /// Pass `name` so that a reference to an external entity, whose content the parser does
  /// not read unless it substitutes entities, leaves the element's content model unchecked.
  public mutating func startEntity(_ name: String? = nil, at position: SourcePosition) {
    guard let index = stack.indices.last else { return }
    if let name, let entity = dtd?.doctype.generalEntities[name], !entity.isInternal { stack[index].contentUnknown = true }
    stack[index].hasContent = true
    if stack[index].entityDepth == 0 { stack[index].children.appendText(isCDATA: true) }
    stack[index].entityDepth += 1
  }

  /// The end of an entity reference's content (``Event/endEntity``).
  public mutating func endEntity() {
    guard let index = stack.indices.last, stack[index].entityDepth > 0 else { return }
    stack[index].entityDepth -= 1
  }

  /// An end tag (or the end of an empty-element tag).
  public mutating func endElement(at position: SourcePosition) {
    guard let open = stack.popLast(), let dtd else { return }
    let name = open.name
    reportingFor = open.start
    defer { reportingFor = nil }
    // libxml2 finds an undeclared element when it checks the element as a whole, at its end.
    if dtd.rule(open.symbol) == nil {
      report(.unknownElement, "No declaration for element \(name)", element: name, at: position)
    }
    if open.hasWhiteSpace {
      report(.standaloneWhiteSpace, "standalone: \(name) declared in the external subset contains white spaces nodes",
             element: name, at: position)
    }
    if let rule = dtd.rule(open.symbol) {
      switch rule.content {
      case .any: break
      case .empty:
        if open.hasContent {
          report(.notEmpty, "Element \(name) was declared EMPTY this one has content", element: name, at: position)
        }
      case .mixed(_, let pcdataOnly):
        if pcdataOnly && open.hasChildElement {
          report(.notPCDATA, "Element \(name) was declared #PCDATA but contains non text nodes", element: name, at: position)
        }
        for child in open.invalidChildren {
          report(.invalidChild, "Element \(child) is not declared in \(name) list of possible children", element: name, at: position)
        }
      case .children where open.contentUnknown: break
      case .children where rule.isNondeterministic:
        if reportedNondeterminism.insert(open.symbol).inserted {
          let what = "Content model of \(name) is " + (ContentFormatting.isTooComplex(rule) ? "too complex to validate"
            : "not determinist: " + ContentFormatting.describe(rule.spec))
          report(.contentNotDeterministic, what, element: nil, at: position)
        }
      case .children(let automaton):
        if open.failed || !automaton.accepts(open.states) {
          report(.contentModel, "Element \(name) content does not follow the DTD, expecting "
                 + ContentFormatting.describe(rule.spec) + ", got " + open.children.described, element: name, at: position)
        }
      }
    }
    for attribute in open.missingAttributes {
      report(.missingAttribute, "Element \(name) does not carry attribute \(attribute)", element: name, at: position)
    }
  }

  /// The end of the document: IDREF and IDREFS values are checked against the IDs (VC: IDREF).
  public mutating func endDocument(at position: SourcePosition) {
    while !stack.isEmpty { endElement(at: position) }
    for ref in pendingReferences where !ids.contains(ref.id) {
      report(.unknownID, "\(ref.isList ? "IDREFS" : "IDREF") attribute \(ref.attribute) references an unknown ID \"\(ref.id)\"",
             element: ref.element, at: ref.position)
    }
    pendingReferences = []
  }
}
