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
    case .children(let particle): return describe(particle, enclose: true)
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
/// `(to body )`: element names each followed by a space, non-blank text as `CDATA`.
struct ChildList: Sendable {
  var text = ""
  var endsWithText = false

  mutating func appendElement(_ name: String) {
    if endsWithText { text += " " }
    endsWithText = false
    guard text.utf8.count < ContentFormatting.maxLength else { return }
    text += name + " "
  }

  mutating func appendText() {
    guard !endsWithText else { return }
    guard text.utf8.count < ContentFormatting.maxLength else { return }
    text += "CDATA"
    endsWithText = true
  }

  var described: String { "(" + text + ")" }
}
