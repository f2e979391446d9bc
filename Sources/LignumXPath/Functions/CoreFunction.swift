/// The 27 functions of the XPath 1.0 core library
/// ([§4](https://www.w3.org/TR/xpath-10/#corelib)), looked up when an expression is compiled.
public enum XPathCoreFunction: String, Sendable, Hashable, CaseIterable {
  // §4.1 node-set functions
  case last, position, count, id
  case localName = "local-name", namespaceURI = "namespace-uri", name
  // §4.2 string functions
  case string, concat, startsWith = "starts-with", contains
  case substringBefore = "substring-before", substringAfter = "substring-after", substring
  case stringLength = "string-length", normalizeSpace = "normalize-space", translate
  // §4.3 boolean functions
  case boolean, not, `true`, `false`, lang
  // §4.4 number functions
  case number, sum, floor, ceiling, round

  /// The numbers of arguments the function accepts.
  public var arity: ClosedRange<Int> {
    switch self {
    case .last, .position, .true, .false: return 0...0
    case .count, .id, .boolean, .not, .lang, .sum, .floor, .ceiling, .round: return 1...1
    case .localName, .namespaceURI, .name, .string, .stringLength, .normalizeSpace, .number: return 0...1
    case .concat: return 2...Int.max
    case .startsWith, .contains, .substringBefore, .substringAfter: return 2...2
    case .substring: return 2...3
    case .translate: return 3...3
    }
  }

  var arityDescription: String {
    let r = arity
    if r.lowerBound == r.upperBound { return "\(r.lowerBound)" }
    return r.upperBound == Int.max ? "at least \(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
  }

  /// Whether the result is a boolean (used by the optimizer).
  var returnsBoolean: Bool {
    switch self {
    case .startsWith, .contains, .boolean, .not, .true, .false, .lang: return true
    default: return false
    }
  }
}
