/// The core function library ([XPath 1.0 §4](https://www.w3.org/TR/xpath-10/#corelib)).
/// Strings count Unicode scalars (XML characters), not grapheme clusters.
extension Evaluator {
  @inlinable
  mutating func call(_ f: XPathCoreFunction, _ args: [XPathAST], _ focus: XPathFocus<Node>) throws(XPathError) -> Value {
    switch f {
    // §4.1 node-set functions
    case .last: return .number(Double(focus.size))
    case .position: return .number(Double(focus.position))
    case .count: return .number(Double(try nodeSet(args[0], focus, "count()").count))
    case .id: return .nodeSet(try id(args[0], focus))
    case .localName, .namespaceURI, .name:
      let node: Node
      if args.isEmpty { node = focus.node } else {
        guard let first = try nodeSet(args[0], focus, "\(f.rawValue)()").first else { return .string("") }
        node = first
      }
      switch f {
      case .localName: return .string(nav.localName(of: node))
      case .namespaceURI: return .string(nav.namespaceURI(of: node))
      default: return .string(nav.qualifiedName(of: node))
      }
    // §4.2 string functions
    case .string:
      return .string(args.isEmpty ? nav.stringValue(of: focus.node) : try string(args[0], focus))
    case .concat:
      var s = ""
      for a in args { s += try string(a, focus) }
      return .string(s)
    case .startsWith:
      let t = try string(args[1], focus)
      return .boolean(try withString(args[0], focus) { XPathStrings.hasPrefix($0, t.utf8.span) })
    case .contains:
      let t = try string(args[1], focus)
      return .boolean(try withString(args[0], focus) { XPathStrings.offset(of: t.utf8.span, in: $0) != nil })
    case .substringBefore:
      let s = try string(args[0], focus), t = try string(args[1], focus)
      guard let r = XPathStrings.range(of: t, in: s) else { return .string("") }
      return .string(String(decoding: Array(s.utf8)[..<r.lowerBound], as: UTF8.self))
    case .substringAfter:
      let s = try string(args[0], focus), t = try string(args[1], focus)
      guard let r = XPathStrings.range(of: t, in: s) else { return .string("") }
      return .string(String(decoding: Array(s.utf8)[r.upperBound...], as: UTF8.self))
    case .substring:
      let s = try string(args[0], focus)
      let start = try number(args[1], focus)
      let length = args.count > 2 ? try number(args[2], focus) : .infinity
      return .string(XPathStrings.substring(s, start: start, length: length))
    case .stringLength:
      let s = args.isEmpty ? nav.stringValue(of: focus.node) : try string(args[0], focus)
      return .number(Double(s.unicodeScalars.count))
    case .normalizeSpace:
      let s = args.isEmpty ? nav.stringValue(of: focus.node) : try string(args[0], focus)
      return .string(XPathStrings.normalizeSpace(s))
    case .translate:
      return .string(XPathStrings.translate(try string(args[0], focus), try string(args[1], focus),
                                            try string(args[2], focus)))
    // §4.3 boolean functions
    case .boolean: return .boolean(try boolean(args[0], focus))
    case .not: return .boolean(!(try boolean(args[0], focus)))
    case .true: return .boolean(true)
    case .false: return .boolean(false)
    case .lang:
      let wanted = try string(args[0], focus)
      guard let lang = nav.language(of: focus.node) else { return .boolean(false) }
      return .boolean(XPathStrings.languageMatches(lang, wanted))
    // §4.4 number functions
    case .number:
      return .number(args.isEmpty ? XPathConversion.number(nav.stringValue(of: focus.node)) : try number(args[0], focus))
    case .sum:
      var total = 0.0
      for n in try nodeSet(args[0], focus, "sum()") { total += numberValue(n) }
      return .number(total)
    case .floor: return .number((try number(args[0], focus)).rounded(.down))
    case .ceiling: return .number((try number(args[0], focus)).rounded(.up))
    case .round: return .number(XPathConversion.round(try number(args[0], focus)))
    }
  }

  /// `id(object)`: the elements whose ID is one of the whitespace-separated tokens of the
  /// argument (of each node's string-value, for a node-set), in document order.
  @inlinable
  mutating func id(_ arg: XPathAST, _ focus: XPathFocus<Node>) throws(XPathError) -> [Node] {
    let v = try evaluate(arg, focus)
    var tokens: [Substring] = []
    if case .nodeSet(let nodes) = v {
      for n in nodes { tokens += XPathStrings.tokens(nav.stringValue(of: n)) }
    } else {
      tokens = XPathStrings.tokens(string(v))
    }
    var out: [Node] = []
    for t in tokens { if let e = nav.element(withID: String(t), near: focus.node) { out.append(e) } }
    normalize(&out)
    return out
  }
}

/// String helpers for the core functions, on UTF-8 and Unicode scalars.
public enum XPathStrings {
  /// The byte range of the first occurrence of `needle` in `haystack` (an empty needle is at 0).
  public static func range(of needle: String, in haystack: String) -> Range<Int>? {
    offset(of: needle.utf8.span, in: haystack.utf8.span).map { $0..<($0 + needle.utf8.count) }
  }

  /// The byte offset of the first occurrence of `needle` in `haystack` (an empty needle is at 0).
  public static func offset(of needle: Span<UInt8>, in haystack: Span<UInt8>) -> Int? {
    let n = needle.count, h = haystack.count
    if n == 0 { return 0 }
    guard n <= h else { return nil }
    let first = needle[0]
    var i = 0
    while i + n <= h {
      if haystack[i] == first {
        var j = 1
        while j < n && haystack[i + j] == needle[j] { j += 1 }
        if j == n { return i }
      }
      i += 1
    }
    return nil
  }

  /// Whether `s` starts with the bytes of `prefix`.
  public static func hasPrefix(_ s: Span<UInt8>, _ prefix: Span<UInt8>) -> Bool {
    guard prefix.count <= s.count else { return false }
    for i in 0..<prefix.count where s[i] != prefix[i] { return false }
    return true
  }

  /// Whether two byte strings are equal.
  public static func equal(_ a: Span<UInt8>, _ b: Span<UInt8>) -> Bool {
    a.count == b.count && hasPrefix(a, b)
  }

  /// `substring(s, start, length)`: the characters at positions p with
  /// `round(start) <= p < round(start) + round(length)`, counting from 1, in IEEE arithmetic.
  public static func substring(_ s: String, start: Double, length: Double) -> String {
    let first = XPathConversion.round(start)
    let end = first + XPathConversion.round(length)
    guard !first.isNaN, !end.isNaN else { return "" }
    var out = String.UnicodeScalarView()
    var p = 1.0
    for c in s.unicodeScalars {
      if p >= first && p < end { out.append(c) }
      p += 1
      if p >= end { break }
    }
    return String(out)
  }

  static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }

  /// Strips leading and trailing whitespace and collapses inner runs to one space.
  public static func normalizeSpace(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for c in s.unicodeScalars {
      if isSpace(c) { pendingSpace = !out.isEmpty; continue }
      if pendingSpace { out.append(" "); pendingSpace = false }
      out.append(c)
    }
    return String(out)
  }

  /// `translate(s, from, to)`: each character of `from` is replaced by the one at the same
  /// position in `to`, or removed when `to` is shorter; the first occurrence in `from` wins.
  public static func translate(_ s: String, _ from: String, _ to: String) -> String {
    let f = Array(from.unicodeScalars), t = Array(to.unicodeScalars)
    var map: [Unicode.Scalar: Unicode.Scalar?] = [:]
    for (i, c) in f.enumerated() where map[c] == nil { map[c] = i < t.count ? t[i] : Optional<Unicode.Scalar>.none }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      if let r = map[c] { if let r { out.append(r) } } else { out.append(c) }
    }
    return String(out)
  }

  /// Whitespace-separated tokens.
  public static func tokens(_ s: String) -> [Substring] {
    s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
  }

  /// `lang()`'s rule: equal ignoring ASCII case, or `lang` starts with `wanted` and a `-`.
  public static func languageMatches(_ lang: String, _ wanted: String) -> Bool {
    func lower(_ s: String) -> [UInt8] { s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
    let l = lower(lang), w = lower(wanted)
    if l == w { return true }
    return l.count > w.count && l.starts(with: w) && l[w.count] == UInt8(ascii: "-")
  }
}
