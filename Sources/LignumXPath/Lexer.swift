/// One token of an XPath expression ([XPath 1.0 §3.7](https://www.w3.org/TR/xpath-10/#exprlex)).
struct Token: Equatable {
  enum Kind: Equatable {
    case leftParen, rightParen, leftBracket, rightBracket, dot, dotDot, at, comma, colonColon
    case slash, doubleSlash, pipe, plus, minus, equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    /// `*` as the multiplication operator.
    case multiply
    case and, or, mod, div
    /// `*`, `prefix:*` or a QName in a name test.
    case nameTest(XPathQualifiedName)
    /// A name followed by `(`: a node type (`node`, `text`, …) or a function name.
    case functionName(XPathQualifiedName)
    /// A name followed by `::`.
    case axisName(String)
    case literal(String)
    case number(Double)
    case variable(XPathQualifiedName)
    case end
  }
  var kind: Kind
  /// Byte offset in the expression.
  var offset: Int
}

/// Splits an expression into tokens, applying §3.7's disambiguation rules: after a token that is
/// not `@ :: ( [ ,` or an operator, `*` multiplies and an NCName is an operator name; a name
/// followed by `(` is a function or node type, one followed by `::` an axis.
struct Lexer {
  let scalars: [Unicode.Scalar]
  /// UTF-8 offset of each scalar (and of the end), for error positions.
  let offsets: [Int]
  var i = 0

  init(_ text: String) {
    var s: [Unicode.Scalar] = [], o: [Int] = []
    var off = 0
    for u in text.unicodeScalars { s.append(u); o.append(off); off += UTF8.width(u) }
    o.append(off)
    scalars = s; offsets = o
  }

  static func tokenize(_ text: String) throws(XPathError) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      let t = try lexer.next(after: tokens.last?.kind)
      tokens.append(t)
      if t.kind == .end { return tokens }
    }
  }

  func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < scalars.count ? scalars[i + k] : nil }

  /// Whether the previous token lets `*` and NCNames be operators (§3.7, first rule).
  static func operatorContext(_ previous: Token.Kind?) -> Bool {
    guard let previous else { return false }
    switch previous {
    case .at, .colonColon, .leftParen, .leftBracket, .comma, .slash, .doubleSlash, .pipe, .plus, .minus,
         .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .multiply, .and, .or, .mod, .div:
      return false
    default: return true
    }
  }

  mutating func next(after previous: Token.Kind?) throws(XPathError) -> Token {
    while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1 }
    let start = offsets[i]
    func token(_ kind: Token.Kind, _ width: Int) -> Token { i += width; return Token(kind: kind, offset: start) }
    guard let c = peek() else { return Token(kind: .end, offset: start) }
    switch c {
    case "(": return token(.leftParen, 1)
    case ")": return token(.rightParen, 1)
    case "[": return token(.leftBracket, 1)
    case "]": return token(.rightBracket, 1)
    case "@": return token(.at, 1)
    case ",": return token(.comma, 1)
    case "|": return token(.pipe, 1)
    case "+": return token(.plus, 1)
    case "-": return token(.minus, 1)
    case "=": return token(.equal, 1)
    case "!":
      guard peek(1) == "=" else { throw .syntax(.invalidExpression, at: start, "'!' must be followed by '='") }
      return token(.notEqual, 2)
    case "<": return peek(1) == "=" ? token(.lessOrEqual, 2) : token(.less, 1)
    case ">": return peek(1) == "=" ? token(.greaterOrEqual, 2) : token(.greater, 1)
    case "/": return peek(1) == "/" ? token(.doubleSlash, 2) : token(.slash, 1)
    case ":":
      guard peek(1) == ":" else { throw .syntax(.invalidExpression, at: start, "unexpected ':'") }
      return token(.colonColon, 2)
    case "*":
      return Lexer.operatorContext(previous)
        ? token(.multiply, 1) : token(.nameTest(XPathQualifiedName(prefix: nil, local: nil)), 1)
    case "\"", "'":
      i += 1
      let open = i
      while let d = peek(), d != c { i += 1 }
      guard peek() == c else { throw .syntax(.unfinishedLiteral, at: start, "string literal is not closed") }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[open..<i])
      i += 1
      return Token(kind: .literal(String(text)), offset: start)
    case "$":
      i += 1
      guard let name = scanQName(allowStar: false) else {
        throw .syntax(.variableReference, at: start, "'$' must be followed by a name")
      }
      return Token(kind: .variable(name), offset: start)
    case ".":
      if peek(1) == "." { return token(.dotDot, 2) }
      if let d = peek(1), Lexer.isDigit(d) { return Token(kind: .number(scanNumber()), offset: start) }
      return token(.dot, 1)
    default:
      if Lexer.isDigit(c) { return Token(kind: .number(scanNumber()), offset: start) }
      guard Lexer.isNameStart(c) else {
        throw .syntax(.invalidCharacter, at: start, "unexpected character '\(c)'")
      }
      if Lexer.operatorContext(previous) {
        let name = scanNCName()
        switch name {
        case "and": return Token(kind: .and, offset: start)
        case "or": return Token(kind: .or, offset: start)
        case "mod": return Token(kind: .mod, offset: start)
        case "div": return Token(kind: .div, offset: start)
        default: throw .syntax(.invalidExpression, at: start, "expected an operator, found '\(name)'")
        }
      }
      guard let name = scanQName(allowStar: true) else {
        throw .syntax(.invalidExpression, at: start, "malformed name")
      }
      // Look past whitespace for `(` or `::`.
      var j = i
      while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\n" || scalars[j] == "\r" { j += 1 }
      if name.local != nil, j < scalars.count, scalars[j] == "(" {
        return Token(kind: .functionName(name), offset: start)
      }
      if name.prefix == nil, let local = name.local, j + 1 < scalars.count, scalars[j] == ":", scalars[j + 1] == ":" {
        return Token(kind: .axisName(local), offset: start)
      }
      return Token(kind: .nameTest(name), offset: start)
    }
  }

  /// `Number ::= Digits ('.' Digits?)? | '.' Digits`, converted with correct rounding.
  mutating func scanNumber() -> Double {
    var text = ""
    while let d = peek(), Lexer.isDigit(d) || d == "." {
      if d == ".", text.contains(".") { break }
      text.unicodeScalars.append(d); i += 1
    }
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasSuffix(".") { text += "0" }
    return Double(text) ?? .nan
  }

  mutating func scanNCName() -> String {
    var name = String.UnicodeScalarView()
    while let c = peek(), Lexer.isNameChar(c) { name.append(c); i += 1 }
    return String(name)
  }

  /// `QName` or, when `allowStar`, `NCName:*`. The colon must touch both parts.
  mutating func scanQName(allowStar: Bool) -> XPathQualifiedName? {
    guard let c = peek(), Lexer.isNameStart(c) else { return nil }
    let first = scanNCName()
    if peek() == ":", peek(1) != ":" {
      if allowStar, peek(1) == "*" { i += 2; return XPathQualifiedName(prefix: first, local: nil) }
      if let d = peek(1), Lexer.isNameStart(d) {
        i += 1
        return XPathQualifiedName(prefix: first, local: scanNCName())
      }
    }
    return XPathQualifiedName(prefix: nil, local: first)
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  /// NCName start characters: letters, `_`, and (approximately) every non-ASCII letter.
  static func isNameStart(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
      || (c.value >= 0xC0 && c.value != 0xD7 && c.value != 0xF7 && !(0x2000...0x206F).contains(c.value))
  }

  static func isNameChar(_ c: Unicode.Scalar) -> Bool {
    isNameStart(c) || isDigit(c) || c == "-" || c == "." || c.value == 0xB7 || (0x300...0x36F).contains(c.value)
      || (0x203F...0x2040).contains(c.value)
  }
}
