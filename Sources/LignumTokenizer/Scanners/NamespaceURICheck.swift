/// How libxml2 judges a namespace name: it parses it as an RFC 3986 URI reference and reports
/// one that does not parse (an error) or, for the default namespace, one without a scheme (a
/// warning). Only ASCII parses: an IRI is "not a valid URI" to libxml2.
enum NamespaceURICheck: Equatable {
  case absolute
  case relative
  case invalid

  static func classify(_ uri: [UInt8]) -> NamespaceURICheck {
    var p = Cursor(bytes: uri)
    if p.absoluteURI() { return .absolute }
    p.at = 0
    return p.relativeReference() ? .relative : .invalid
  }

  /// A position in the bytes and the productions of RFC 3986 that libxml2 parses.
  private struct Cursor {
    let bytes: [UInt8]
    var at = 0

    var current: UInt8 { at < bytes.count ? bytes[at] : 0 }
    var atEnd: Bool { at >= bytes.count }

    static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isHex(_ b: UInt8) -> Bool { isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66) }
    static func isUnreserved(_ b: UInt8) -> Bool {
      isAlpha(b) || isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }
    static func isSubDelim(_ b: UInt8) -> Bool { Array("!$&'()*+,;=".utf8).contains(b) }

    var isPercentEncoded: Bool {
      current == UInt8(ascii: "%") && at + 2 < bytes.count && Self.isHex(bytes[at + 1]) && Self.isHex(bytes[at + 2])
    }
    /// `unreserved / pct-encoded / sub-delims`, the characters of a host name.
    var isRegNameChar: Bool { !atEnd && (Self.isUnreserved(current) || isPercentEncoded || Self.isSubDelim(current)) }
    /// `pchar`: a host name's characters, `:` and `@`.
    var isPathChar: Bool { isRegNameChar || current == UInt8(ascii: ":") || current == UInt8(ascii: "@") }

    mutating func advance() { at += isPercentEncoded ? 3 : 1 }

    /// `scheme ":" hier-part [ "?" query ] [ "#" fragment ]`
    mutating func absoluteURI() -> Bool {
      guard Self.isAlpha(current) else { return false }
      while !atEnd, Self.isAlpha(current) || Self.isDigit(current) || current == UInt8(ascii: "+")
        || current == UInt8(ascii: "-") || current == UInt8(ascii: ".") { at += 1 }
      guard current == UInt8(ascii: ":") else { return false }
      at += 1
      return hierarchicalPart(firstSegmentForbidding: nil) && queryAndFragment()
    }

    /// `relative-part [ "?" query ] [ "#" fragment ]`
    mutating func relativeReference() -> Bool {
      hierarchicalPart(firstSegmentForbidding: UInt8(ascii: ":")) && queryAndFragment()
    }

    /// `hier-part` (or, when the first segment may hold no colon, `relative-part`):
    /// `"//" authority path-abempty / path-absolute / path-rootless / path-empty`.
    mutating func hierarchicalPart(firstSegmentForbidding forbidden: UInt8?) -> Bool {
      if startsWithTwoSlashes {
        at += 2
        guard authority() else { return false }
        pathAfterAuthority()
      } else if current == UInt8(ascii: "/") {
        absolutePath()
      } else if isPathChar {
        guard segment(forbidding: forbidden, allowEmpty: false) else { return false }
        pathAfterAuthority()
      }
      return true
    }

    var startsWithTwoSlashes: Bool {
      at + 1 < bytes.count && bytes[at] == UInt8(ascii: "/") && bytes[at + 1] == UInt8(ascii: "/")
    }

    /// `[ userinfo "@" ] host [ ":" port ]`; a port needs at least one digit.
    mutating func authority() -> Bool {
      let start = at
      while isRegNameChar || current == UInt8(ascii: ":") { advance() }
      if current == UInt8(ascii: "@") { at += 1 } else { at = start }
      if current == UInt8(ascii: "[") {
        while !atEnd && current != UInt8(ascii: "]") { at += 1 }
        guard current == UInt8(ascii: "]") else { return false }
        at += 1
      } else {
        while isRegNameChar { advance() }
      }
      if current == UInt8(ascii: ":") {
        at += 1
        guard Self.isDigit(current) else { return false }
        while Self.isDigit(current) { at += 1 }
      }
      return true
    }

    /// `*( "/" segment )`
    mutating func pathAfterAuthority() {
      while current == UInt8(ascii: "/") {
        at += 1
        _ = segment(forbidding: nil, allowEmpty: true)
      }
    }

    /// `"/" [ segment-nz *( "/" segment ) ]`
    mutating func absolutePath() {
      at += 1
      if segment(forbidding: nil, allowEmpty: false) { pathAfterAuthority() }
    }

    /// `*pchar`, stopping at `forbidden`; whether it may be (or was not) empty.
    mutating func segment(forbidding forbidden: UInt8?, allowEmpty: Bool) -> Bool {
      guard isPathChar else { return allowEmpty }
      while isPathChar && current != forbidden { advance() }
      return true
    }

    /// `[ "?" *( pchar / "/" / "?" ) ] [ "#" *( pchar / "/" / "?" / "[" / "]" ) ]` and the end.
    mutating func queryAndFragment() -> Bool {
      if current == UInt8(ascii: "?") {
        at += 1
        while isPathChar || current == UInt8(ascii: "/") || current == UInt8(ascii: "?") { advance() }
      }
      if current == UInt8(ascii: "#") {
        at += 1
        while isPathChar || current == UInt8(ascii: "/") || current == UInt8(ascii: "?")
          || current == UInt8(ascii: "[") || current == UInt8(ascii: "]") { advance() }
      }
      return atEnd
    }
  }
}
