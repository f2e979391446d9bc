/// The lexical forms of tokenized attribute types ([XML 1.0 §2.3](https://www.w3.org/TR/xml/#NT-Name), §3.3.1).
enum Lexical {
  // NameStartChar ::= ":" | [A-Z] | "_" | [a-z] | [#xC0-#xD6] | [#xD8-#xF6] | [#xF8-#x2FF] | [#x370-#x37D]
  //   | [#x37F-#x1FFF] | [#x200C-#x200D] | [#x2070-#x218F] | [#x2C00-#x2FEF] | [#x3001-#xD7FF]
  //   | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
  static func isNameStart(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
         0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
         0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      return true
    default: return false
    }
  }

  // NameChar ::= NameStartChar | "-" | "." | [0-9] | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
  static func isNameChar(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
    default: return isNameStart(s)
    }
  }

  /// `Name ::= NameStartChar (NameChar)*`
  static func isName(_ text: Substring) -> Bool {
    var first = true
    for s in text.unicodeScalars {
      if !(first ? isNameStart(s) : isNameChar(s)) { return false }
      first = false
    }
    return !first
  }

  /// `Nmtoken ::= (NameChar)+`
  static func isNmtoken(_ text: Substring) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy(isNameChar)
  }

  /// `Names ::= Name (#x20 Name)*` (or `Nmtokens`), after attribute-value normalization.
  static func tokens(_ text: String) -> [Substring] {
    text.split(separator: " ", omittingEmptySubsequences: false)
  }

  /// Tokenized-type normalization (§3.3.3): no leading or trailing spaces, single spaces between.
  static func collapse(_ text: String) -> String {
    guard text.utf8.contains(0x20) else { return text }
    return text.split(separator: " ").joined(separator: " ")
  }

  static func isWhiteSpace<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }
}
