import LignumTokenizer

/// Content models and child lists written the way libxml2 writes them in validity messages
/// (`xmlSnprintfElementContent`, `xmlSnprintfElements`), so diagnostics match `xmllint`.
///
/// libxml2 keeps `(a, b, c)` as the binary tree `SEQ(a, SEQ(b, c))` and prints it as
/// `(a , b , c)`: a group nested as the last item of a group of its own kind, occurring once,
/// prints without parentheses.
enum ContentFormatting {
  /// Messages are cut at this many bytes, as libxml2 cuts them at 5000.
  static let maxLength = 5000

  static func describe(_ spec: ContentSpec) -> String {
    switch spec {
    case .empty: return "EMPTY"
    case .any: return "ANY"
    case .mixed(let names):
      return names.isEmpty ? "(#PCDATA)" : "(#PCDATA | " + names.joined(separator: " | ") + ")*"
    case .children(let particle): return describe(collapsed(particle), enclose: true)
    }
  }

  /// libxml2 stores a group of one name, `(e)?`, as the name itself with the group's
  /// occurrence (or the name's, when the group has none): it prints `e?`, or `(e)?` at the top.
  static func collapsed(_ particle: ContentParticle) -> ContentParticle {
    switch particle {
    case .name: return particle
    case .sequence(let items, let occurrence), .choice(let items, let occurrence):
      let inner = items.map(collapsed)
      if inner.count == 1, case .name(let name, let own) = inner[0] {
        return .name(name, occurrence != .once ? occurrence : own)
      }
      return isChoice(particle) ? .choice(inner, occurrence) : .sequence(inner, occurrence)
    }
  }

  // Recursion is bounded by the DTD parser's content-model depth limit.
  static func describe(_ particle: ContentParticle, enclose: Bool) -> String {
    switch particle {
    case .name(let name, let occurrence):
      return (enclose ? "(" + name + ")" : name) + occurrence.rawValue
    case .sequence(let items, let occurrence), .choice(let items, let occurrence):
      let separator = isChoice(particle) ? " | " : " , "
      var text = enclose ? "(" : ""
      if items.count == 1 {
        text += describe(items[0], enclose: false)
      } else {
        for (i, item) in items.enumerated() {
          if i > 0 { text += separator }
          let isLast = i == items.count - 1
          text += describe(item, enclose: encloses(item, asLastOf: particle, isLast: isLast))
          if text.utf8.count > maxLength { break }
        }
      }
      if enclose { text += ")" }
      return text + occurrence.rawValue
    }
  }

  static func isTooComplex(_ rule: CompiledDTD.ElementRule) -> Bool {
    if case .children(let automaton) = rule.content { return automaton.isTooComplex }
    return false
  }

  static func isChoice(_ particle: ContentParticle) -> Bool {
    if case .choice = particle { return true }
    return false
  }

  static func isGroup(_ particle: ContentParticle) -> Bool {
    if case .name = particle { return false }
    return true
  }

  /// libxml2 parenthesizes every group except a last item of the parent's kind occurring once.
  static func encloses(_ item: ContentParticle, asLastOf parent: ContentParticle, isLast: Bool) -> Bool {
    guard isGroup(item) else { return false }
    guard isLast else { return true }
    let sameKind = isChoice(item) == isChoice(parent)
    if case .sequence(_, let occ) = item, sameKind { return occ != .once }
    if case .choice(_, let occ) = item, sameKind { return occ != .once }
    return true
  }
}

/// The children an open element has had so far, as libxml2 lists them after "got":
/// `(to body )`: element names, non-blank text as `CDATA`, each followed by a space when any
/// node (white space, a comment…) follows it. Adjacent text is one node, as in libxml2's tree.
struct ChildList: Sendable {
  var text = ""
  var pendingSpace = false
  /// The last node is character data that later text would join.
  var textNodeOpen = false
  /// That text node is already listed as `CDATA` (it has non-blank text).
  var textNodeListed = false

  /// A node follows the last item.
  mutating func separate() {
    nodeCount += 1
    if pendingSpace && text.utf8.count < ContentFormatting.maxLength { text += " " }
    pendingSpace = false
  }

  mutating func add(_ item: String) {
    if text.utf8.count < ContentFormatting.maxLength { text += item }
    pendingSpace = true
  }

  mutating func appendElement(_ name: String) {
    separate()
    add(name)
    textNodeOpen = false
  }

  mutating func appendText(isCDATA: Bool) {
    if isCDATA {
      separate()
      add("CDATA")
      textNodeOpen = false
      return
    }
    if textNodeOpen {
      if !textNodeListed { add("CDATA"); textNodeListed = true }
      return
    }
    separate()
    add("CDATA")
    textNodeOpen = true
    textNodeListed = true
  }

  /// White-space text: not listed, but it is a node (unless it joins the text before it).
  mutating func appendBlank() {
    guard !textNodeOpen else { return }
    separate()
    textNodeOpen = true
    textNodeListed = false
  }

  /// A comment, processing instruction or entity reference.
  mutating func appendOther() {
    separate()
    textNodeOpen = false
  }

  /// Nodes seen: with none, libxml2 prints nothing at all after "got".
  var nodeCount = 0

  var described: String { nodeCount == 0 ? "" : "(" + text + ")" }
}
