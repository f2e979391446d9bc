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
  public static func number(_ s: String) -> Double {
    var u = Substring(s).utf8
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    while let f = u.first, isSpace(f) { u = u.dropFirst() }
    while let l = u.last, isSpace(l) { u = u.dropLast() }
    var negative = false
    if u.first == UInt8(ascii: "-") { negative = true; u = u.dropFirst() }
    var digits = 0, dots = 0
    for b in u {
      if b >= 0x30 && b <= 0x39 { digits += 1 } else if b == UInt8(ascii: ".") { dots += 1 } else { return .nan }
    }
    guard digits > 0, dots <= 1 else { return .nan }
    var text = String(Substring(u))
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasSuffix(".") { text += "0" }
    guard let v = Double(text) else { return .nan }
    return negative ? -v : v
  }

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
