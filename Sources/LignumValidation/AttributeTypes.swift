import LignumTokenizer

/// Lexical constraints of attribute types ([XML 1.0 §3.3.1](https://www.w3.org/TR/xml/#sec-attribute-types)).
enum AttributeTypes {
  /// Whether a (normalized) value has the form its type asks for: VC ID, IDREF, Entity Name,
  /// Name Token, Notation Attributes and Enumeration (for the last two, only the form).
  static func isLexicallyValid(_ value: String, _ type: AttributeDeclaration.AttributeType) -> Bool {
    switch type {
    case .cdata: return true
    case .id, .idref, .entity, .notation: return Lexical.isName(Substring(value))
    case .idrefs, .entities: return !value.isEmpty && Lexical.tokens(value).allSatisfy(Lexical.isName)
    case .nmtoken, .enumeration: return Lexical.isNmtoken(Substring(value))
    case .nmtokens: return !value.isEmpty && Lexical.tokens(value).allSatisfy(Lexical.isNmtoken)
    }
  }

  /// `true` for the types whose values are normalized beyond CDATA's rules (§3.3.3).
  static func isTokenized(_ type: AttributeDeclaration.AttributeType) -> Bool { type != .cdata }
}
