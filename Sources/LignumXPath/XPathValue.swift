/// The result of an XPath expression: one of XPath 1.0's four types
/// ([§1](https://www.w3.org/TR/xpath-10/#section-Introduction)).
///
/// A node-set is held in document order without duplicates.
///
/// ```swift
/// if case .number(let n) = try doc.evaluate("count(//item)") { print(n) }
/// ```
public enum XPathValue<Node: Hashable>: Hashable {
  case nodeSet([Node])
  case boolean(Bool)
  case number(Double)
  case string(String)

  /// The name of the type, as error messages spell it.
  public var typeName: String {
    switch self {
    case .nodeSet: return "node-set"
    case .boolean: return "boolean"
    case .number: return "number"
    case .string: return "string"
    }
  }

  /// The nodes, if the value is a node-set.
  public var nodes: [Node]? {
    if case .nodeSet(let n) = self { return n }
    return nil
  }
}

extension XPathValue: Sendable where Node: Sendable {}

/// XPath's conversions between strings, numbers and booleans
/// ([§4.2–4.4](https://www.w3.org/TR/xpath-10/#section-String-Functions)).
public enum XPathConversion {
  /// `boolean(number)`: false for ±0 and NaN.
  @inlinable public static func boolean(_ n: Double) -> Bool { !(n == 0 || n.isNaN) }

  /// `number(string)`: optional whitespace, an optional `-`, a `Number`, optional whitespace;
  /// anything else is NaN (so are `""`, `"-"`, `"1e3"`, `"+1"`, `"Infinity"`).
  public static func number(_ s: String) -> Double { number(utf8: s.utf8.span) }

  /// `number()` of a string given as UTF-8.
  public static func number(utf8 u: Span<UInt8>) -> Double {
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    var i = 0, end = u.count
    while i < end && isSpace(u[i]) { i += 1 }
    while end > i && isSpace(u[end - 1]) { end -= 1 }
    var negative = false
    if i < end && u[i] == UInt8(ascii: "-") { negative = true; i += 1 }
    // Digits into an integer mantissa while it stays exact (15 significant digits < 2^53).
    var mantissa: Int64 = 0, significant = 0, digits = 0, fractionDigits = 0
    var dot = false
    for k in i..<end {
      let b = u[k]
      if b >= 0x30 && b <= 0x39 {
        digits += 1
        if dot { fractionDigits += 1 }
        if significant > 0 || b != 0x30 { significant += 1 }
        if significant <= 15 { mantissa = mantissa * 10 + Int64(b - 0x30) }
      } else if b == UInt8(ascii: "."), !dot {
        dot = true
      } else {
        return .nan
      }
    }
    guard digits > 0 else { return .nan }
    let v: Double
    if significant <= 15 && fractionDigits < exactPowersOfTen.count {
      // Both operands are exact doubles, so the one rounding of the division is the correctly
      // rounded value of the decimal (Clinger's fast path).
      v = Double(mantissa) / exactPowersOfTen[fractionDigits]
    } else {
      var text = "0"
      for k in i..<end { text.unicodeScalars.append(Unicode.Scalar(u[k])) }
      if text.hasSuffix(".") { text += "0" }
      guard let parsed = Double(text) else { return .nan }
      v = parsed
    }
    return negative ? -v : v
  }

  /// 10^0 … 10^22, the powers of ten a double holds exactly.
  static let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

  /// `string(number)`: NaN, Infinity, -Infinity; integers without a decimal point (`-0` is
  /// `0`); otherwise the shortest decimal that reads back as the same double, never with an
  /// exponent (`1e-7` is `0.0000001`).
  public static func string(_ n: Double) -> String {
    if n.isNaN { return "NaN" }
    if n.isInfinite { return n < 0 ? "-Infinity" : "Infinity" }
    if n == 0 { return "0" }
    // Swift's description is the shortest round-trip form: "1.5", "1e-07", "1.2345e+20".
    var text = "\(n.magnitude)"
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: e)...]) ?? 0
      text = String(text[..<e])
    }
    var intPart = text, fraction = ""
    if let dot = text.firstIndex(of: ".") {
      intPart = String(text[..<dot]); fraction = String(text[text.index(after: dot)...])
    }
    var digits = Array((intPart + fraction).utf8)
    var pointAt = intPart.utf8.count + exponent   // digits before the decimal point
    while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 { digits.removeFirst(); pointAt -= 1 }
    while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
    var out: [UInt8] = n < 0 ? [UInt8(ascii: "-")] : []
    if pointAt <= 0 {
      out += Array("0.".utf8) + [UInt8](repeating: UInt8(ascii: "0"), count: -pointAt) + digits
    } else if pointAt >= digits.count {
      out += digits + [UInt8](repeating: UInt8(ascii: "0"), count: pointAt - digits.count)
    } else {
      out += digits[..<pointAt] + [UInt8(ascii: ".")] + digits[pointAt...]
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `round()`: the nearest integer, halves toward +∞; NaN, ±∞ and ±0 unchanged, and values in
  /// [-0.5, 0) give -0.
  @inlinable public static func round(_ n: Double) -> Double {
    guard n.isFinite else { return n }
    let f = n.rounded(.down)
    let r = n - f >= 0.5 ? f + 1 : f
    return r == 0 && n.sign == .minus ? -0.0 : r
  }
}
