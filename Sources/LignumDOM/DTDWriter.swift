import LignumTokenizer

/// Writes a document type declaration and its internal subset the way libxml2's
/// `xmlDtdDumpOutput` does: notations first, then the other declarations in document order,
/// one attribute definition per `<!ATTLIST>`, content models in libxml2's spacing.
enum DTDWriter {
  static func write(_ dtd: DoctypeDeclaration, to out: inout [UInt8]) {
    func w(_ s: String) { out.append(contentsOf: s.utf8) }
    w("<!DOCTYPE "); w(dtd.name)
    if let pub = dtd.publicID {
      w(" PUBLIC "); Escaping.appendQuoted(pub, to: &out)
      w(" "); Escaping.appendQuoted(dtd.systemID ?? "", to: &out)
    } else if let sys = dtd.systemID {
      w(" SYSTEM "); Escaping.appendQuoted(sys, to: &out)
    }
    let declarations = boundDeclarations(dtd.internalSubset)
    let hasDeclarations = declarations.contains {
      if case .comment = $0 { return false }
      if case .processingInstruction = $0 { return false }
      return true
    }
    guard hasDeclarations else { w(">"); return }
    w(" [\n")
    for case .notation(let n) in declarations {
      w("<!NOTATION "); w(n.name)
      if let pub = n.publicID {
        w(" PUBLIC "); Escaping.appendQuoted(pub, to: &out)
        if let sys = n.systemID { w(" "); Escaping.appendQuoted(sys, to: &out) }
      } else {
        w(" SYSTEM "); Escaping.appendQuoted(n.systemID ?? "", to: &out)
      }
      w(" >\n")
    }
    for d in declarations {
      switch d {
      case .notation: continue
      case .element(let e):
        w("<!ELEMENT "); w(e.name); w(" ")
        w(e.starredPCDATA ? "(#PCDATA)*" : contentSpec(e.content)); w(">\n")
      case .attributeList(let element, let attributes):
        for a in attributes { writeAttribute(a, element: element, to: &out) }
      case .entity(let e):
        writeEntity(e, to: &out)
      case .comment(let c):
        w("<!--"); w(c); w("-->")
      case .processingInstruction(let target, let data):
        w("<?"); w(target); if !data.isEmpty { w(" "); w(data) }; w("?>")
      }
    }
    w("]>")
  }

  static let predefined: [String: UInt8] = [
    "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"), "amp": UInt8(ascii: "&"),
    "apos": UInt8(ascii: "'"), "quot": UInt8(ascii: "\""),
  ]

  static func isKeptRedeclaration(_ e: EntityDeclaration, of c: UInt8) -> Bool {
    libxml2KeepsPredefinedRedeclaration(of: c, replacementText: e.value)
  }

  /// The declarations libxml2 keeps: the first of each entity, attribute and element
  /// (later ones are ignored); a predefined entity only when redeclared as §4.6 allows.
  static func boundDeclarations(_ all: [MarkupDeclaration]) -> [MarkupDeclaration] {
    var entities = Set<String>(), parameters = Set<String>(), elements = Set<String>()
    var attributes = Set<String>(), notations = Set<String>()
    var out: [MarkupDeclaration] = []
    for d in all {
      switch d {
      case .entity(let e):
        if e.isParameter {
          if !parameters.insert(e.name).inserted { continue }
        } else {
          if let c = predefined[e.name], !isKeptRedeclaration(e, of: c) { continue }
          if !entities.insert(e.name).inserted { continue }
        }
        out.append(d)
      case .element(let e):
        if elements.insert(e.name).inserted { out.append(d) }
      case .notation(let n):
        if notations.insert(n.name).inserted { out.append(d) }
      case .attributeList(let element, let list):
        let kept = list.filter { attributes.insert(element + " " + $0.name).inserted }
        if !kept.isEmpty { out.append(.attributeList(element: element, kept)) }
      default:
        out.append(d)
      }
    }
    return out
  }

  static func contentSpec(_ spec: ContentSpec) -> String {
    switch spec {
    case .empty: return "EMPTY"
    case .any: return "ANY"
    case .mixed(let names):
      return names.isEmpty ? "(#PCDATA)" : "(#PCDATA | " + names.joined(separator: " | ") + ")*"
    case .children(let particle):
      switch particle {
      case .name(let n, let occurrence): return "(" + n + ")" + occurrence.rawValue
      case .sequence(let items, let occurrence), .choice(let items, let occurrence):
        if items.count == 1, occurrence == .once {
          // `(a?)` and `((a | b))`: libxml2 keeps the one particle, in parentheses.
          if case .name(let n, let inner) = items[0] { return "(" + n + ")" + inner.rawValue }
          return contentSpec(.children(items[0]))
        }
        return group(particle)
      }
    }
  }

  /// A group in parentheses, with its occurrence. A nested group with the same connector and
  /// no occurrence indicator is flattened into its parent, as libxml2's binary content trees
  /// print; and like libxml2's parser, `(a | b* | c?)*` and `(a | b?)+` become `(a | b | c)*`.
  static func group(_ particle: ContentParticle) -> String {
    guard let (items, isSequence, occurrence) = normalizedGroup(particle) else {
      if case .name(let n, let o) = particle { return n + o.rawValue }
      return ""
    }
    return "(" + items.map(group).joined(separator: isSequence ? " , " : " | ") + ")" + occurrence.rawValue
  }

  /// A group's members and occurrence as libxml2's parser keeps them (see ``group(_:)``);
  /// `nil` for a name.
  static func normalizedGroup(_ particle: ContentParticle)
    -> (items: [ContentParticle], isSequence: Bool, occurrence: ContentParticle.Occurrence)? {
    var occurrence: ContentParticle.Occurrence
    var items: [ContentParticle] = []
    let isSequence: Bool
    switch particle {
    case .name: return nil
    case .sequence(let i, let o): items = flattened(i, sequence: true); isSequence = true; occurrence = o
    case .choice(let i, let o): items = flattened(i, sequence: false); isSequence = false; occurrence = o
    }
    if !isSequence { (items, occurrence) = collapsedChoice(items, occurrence) }
    return (items, isSequence, occurrence)
  }

  /// libxml2's normalization of a repeated choice: `(a | b* | c?)*` and `(a | b?)+` are
  /// `(a | b | c)*`: optional or repeated members become plain, the choice `*`.
  static func collapsedChoice(_ items: [ContentParticle], _ occurrence: ContentParticle.Occurrence)
    -> ([ContentParticle], ContentParticle.Occurrence) {
    guard occurrence == .zeroOrMore || occurrence == .oneOrMore else { return (items, occurrence) }
    var found = false
    let plain = items.map { item -> ContentParticle in
      switch item {
      case .name(let n, let o) where o == .optional || o == .zeroOrMore: found = true; return .name(n, .once)
      case .sequence(let i, let o) where o == .optional || o == .zeroOrMore: found = true; return .sequence(i, .once)
      case .choice(let i, let o) where o == .optional || o == .zeroOrMore: found = true; return .choice(i, .once)
      default: return item
      }
    }
    return (plain, found ? .zeroOrMore : occurrence)
  }

  /// Items of a group with same-connector, once-only nested groups spliced in.
  static func flattened(_ items: [ContentParticle], sequence: Bool) -> [ContentParticle] {
    var out: [ContentParticle] = []
    for item in items {
      switch item {
      case .sequence(let inner, .once) where sequence: out += flattened(inner, sequence: true)
      case .choice(let inner, .once) where !sequence: out += flattened(inner, sequence: false)
      default: out.append(item)
      }
    }
    return out
  }

  static func writeAttribute(_ a: AttributeDeclaration, element: String, to out: inout [UInt8]) {
    var s = "<!ATTLIST " + element + " " + a.name
    switch a.type {
    case .cdata: s += " CDATA"
    case .id: s += " ID"
    case .idref: s += " IDREF"
    case .idrefs: s += " IDREFS"
    case .entity: s += " ENTITY"
    case .entities: s += " ENTITIES"
    case .nmtoken: s += " NMTOKEN"
    case .nmtokens: s += " NMTOKENS"
    // libxml2 keeps the first of repeated tokens (after reporting the validity error).
    case .enumeration(let values): s += " (" + firstOfEach(values).joined(separator: " | ") + ")"
    case .notation(let values): s += " NOTATION (" + firstOfEach(values).joined(separator: " | ") + ")"
    }
    out.append(contentsOf: s.utf8)
    switch a.defaultDeclaration {
    case .required: out.append(contentsOf: " #REQUIRED".utf8)
    case .implied: out.append(contentsOf: " #IMPLIED".utf8)
    case .fixed:
      out.append(contentsOf: " #FIXED ".utf8)
      Escaping.appendQuoted(Escaping.readableDefault(a.libxml2DefaultValue ?? "", substituted: a.defaultWithReferences == nil), to: &out)
    case .value:
      out.append(contentsOf: " ".utf8)
      Escaping.appendQuoted(Escaping.readableDefault(a.libxml2DefaultValue ?? "", substituted: a.defaultWithReferences == nil), to: &out)
    }
    out.append(contentsOf: ">\n".utf8)
  }

  /// A default as libxml2 stores it: with entity substitution (no pieces) the value itself;
  /// without, its text with `&` as `&#38;` and its references as `&name;`.
  static func literal(_ value: String, _ pieces: [DefaultValuePiece]?) -> String {
    guard let pieces else { return value }
    return pieces.map { piece in
      switch piece {
      case .text(let t): return Escaping.defaultValueLiteral(t)
      case .entityReference(let name): return "&" + name + ";"
      }
    }.joined()
  }

  static func firstOfEach(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }

  static func writeEntity(_ e: EntityDeclaration, to out: inout [UInt8]) {
    func w(_ s: String) { out.append(contentsOf: s.utf8) }
    w(e.isParameter ? "<!ENTITY % " : "<!ENTITY "); w(e.name)
    if let value = e.value {
      w(" ")
      Escaping.appendQuoted(e.literal ?? String(decoding: value, as: UTF8.self), to: &out)
    } else {
      if let pub = e.publicID {
        w(" PUBLIC "); Escaping.appendQuoted(pub, to: &out)
        w(" "); Escaping.appendQuoted(e.systemID ?? "", to: &out)
      } else {
        w(" SYSTEM "); Escaping.appendQuoted(e.systemID ?? "", to: &out)
      }
      if let notation = e.notation { w(" NDATA "); w(notation) }
    }
    w(">\n")
  }
}

extension ContentParticle {
  /// The particle as libxml2's parser stores it in its content trees: groups as written, except
  /// that in a repeated choice, optional or repeated members become plain and the choice is
  /// repeated `*` (`(a | b?)+` is stored as `(a | b)*`).
  public var libxml2Normalized: ContentParticle {
    switch self {
    case .name:
      return self
    case .sequence(let items, let o):
      return .sequence(items.map(\.libxml2Normalized), o)
    case .choice(let items, let o):
      let (members, occurrence) = DTDWriter.collapsedChoice(items.map(\.libxml2Normalized), o)
      return .choice(members, occurrence)
    }
  }
}

extension AttributeDeclaration {
  /// The default (or fixed) value as libxml2 stores it in its declaration struct: without
  /// entity substitution `&` as `&#38;` and general entity references kept, with substitution
  /// the value itself; for a tokenized type with spaces normalized. `nil` for `#REQUIRED` and
  /// `#IMPLIED`.
  public var libxml2DefaultValue: String? {
    let v: String
    switch defaultDeclaration {
    case .required, .implied: return nil
    case .fixed(let x), .value(let x): v = x
    }
    let literal = DTDWriter.literal(v, defaultWithReferences)
    if case .cdata = type { return literal }
    return literal.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// The enumerated values without repeats (libxml2 keeps the first of a repeated token).
  public var libxml2EnumeratedValues: [String] {
    switch type {
    case .enumeration(let values), .notation(let values): return DTDWriter.firstOfEach(values)
    default: return []
    }
  }
}

/// Whether libxml2 keeps (`xmlAddEntity`) a declaration of the predefined entity for character
/// `c` with this replacement text (`nil`: an external entity): only an internal one whose text
/// is the character itself (for `>`, `'` and `"`, which need no escaping) or a two-digit
/// character reference to it (`&#60;`, `&#x3C;`), as XML 1.0 §4.6 asks; it drops any other.
public func libxml2KeepsPredefinedRedeclaration(of c: UInt8, replacementText: [UInt8]?) -> Bool {
  guard let v = replacementText else { return false }
  if v.count == 1 && v[0] == c { return c == UInt8(ascii: ">") || c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") }
  guard v.count >= 2, v[0] == UInt8(ascii: "&"), v[1] == UInt8(ascii: "#") else { return false }
  let digits = Array("0123456789ABCDEF".utf8)
  if v.count > 2 && v[2] == UInt8(ascii: "x") {
    let ref = [digits[Int(c) / 16 % 16], digits[Int(c) % 16], UInt8(ascii: ";")]
    return v.count == 6 && zip(v[3...], ref).allSatisfy { $0 == $1 || ($0 >= 0x61 && $0 - 0x20 == $1) }
  }
  let ref = [UInt8(ascii: "0") + c / 10 % 10, UInt8(ascii: "0") + c % 10, UInt8(ascii: ";")]
  return v[2...].elementsEqual(ref)
}
