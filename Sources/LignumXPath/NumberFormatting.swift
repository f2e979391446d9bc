/// libxml2-compatible number output: `xmllint --xpath` prints a number result with C's
/// `printf("%0g")` (6 significant digits, exponent below 1e-4 and from 1e6). This is the same
/// conversion without C varargs: the double's exact decimal expansion, then rounding to nearest
/// with ties to even, as glibc does.
extension XPathConversion {
  /// `printf("%.<precision>g", n)`, for finite and non-finite `n` (`inf`, `-inf`, `nan` as glibc spells them).
  public static func printfG(_ n: Double, precision: Int = 6) -> String {
    if n.isNaN { return n.sign == .minus ? "-nan" : "nan" }
    if n.isInfinite { return n < 0 ? "-inf" : "inf" }
    let sign = n.sign == .minus ? "-" : ""
    if n == 0 { return sign + "0" }
    let p = max(precision, 1)
    var (digits, pointAt) = exactDecimal(n.magnitude)
    // Round to p significant digits.
    if digits.count > p {
      let next = digits[p]
      let restNonZero = digits[(p + 1)...].contains { $0 != 0 }
      digits.removeSubrange(p...)
      let up = next > 5 || (next == 5 && (restNonZero || digits[p - 1] % 2 == 1))
      if up {
        var i = p - 1
        while i >= 0 {
          if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; break }
        }
        if i < 0 { digits.insert(1, at: 0); digits.removeLast(); pointAt += 1 }
      }
    }
    while digits.count > 1, digits.last == 0 { digits.removeLast() }
    let x = pointAt - 1
    func text(_ d: ArraySlice<UInt8>) -> String { String(decoding: d.map { $0 + 48 }, as: UTF8.self) }
    if x < -4 || x >= p {
      var out = sign + text(digits[0...0])
      if digits.count > 1 { out += "." + text(digits[1...]) }
      let e = x < 0 ? -x : x
      return out + (x < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + "\(e)"
    }
    if pointAt <= 0 {
      return sign + "0." + String(repeating: "0", count: -pointAt) + text(digits[...])
    }
    if digits.count <= pointAt {
      return sign + text(digits[...]) + String(repeating: "0", count: pointAt - digits.count)
    }
    return sign + text(digits[..<pointAt]) + "." + text(digits[pointAt...])
  }

  /// The exact decimal digits (0–9, no leading or trailing zeros) of a positive finite double and
  /// the number of digits before the decimal point (zero or negative for values below 0.1).
  static func exactDecimal(_ n: Double) -> (digits: [UInt8], pointAt: Int) {
    var m = UInt64(n.significandBitPattern)
    var e = Int(n.exponentBitPattern)
    if e == 0 { e = -1074 } else { m |= 1 << 52; e -= 1075 }
    var big: [UInt32] = [UInt32(truncatingIfNeeded: m), UInt32(truncatingIfNeeded: m >> 32)]
    var fractionDigits = 0
    if e >= 0 {
      var k = e
      while k > 0 { let s = min(k, 31); multiply(&big, by: UInt32(1) << UInt32(s)); k -= s }
    } else {
      // m × 2^e = m × 5^-e / 10^-e
      var k = -e
      fractionDigits = k
      while k > 0 { let s = min(k, 13); multiply(&big, by: pow5(s)); k -= s }
    }
    var digits = decimalDigits(big)
    let pointAt = digits.count - fractionDigits
    while digits.count > 1, digits.last == 0 { digits.removeLast() }
    return (digits, pointAt)
  }

  static func pow5(_ k: Int) -> UInt32 {
    var r: UInt32 = 1
    for _ in 0..<k { r *= 5 }
    return r
  }

  static func multiply(_ big: inout [UInt32], by factor: UInt32) {
    var carry: UInt64 = 0
    for i in big.indices {
      let v = UInt64(big[i]) * UInt64(factor) + carry
      big[i] = UInt32(truncatingIfNeeded: v)
      carry = v >> 32
    }
    if carry > 0 { big.append(UInt32(carry)) }
  }

  static func decimalDigits(_ value: [UInt32]) -> [UInt8] {
    var big = value
    while let l = big.last, l == 0 { big.removeLast() }
    if big.isEmpty { return [0] }
    var chunks: [UInt32] = []   // base 10^9, least significant first
    while !big.isEmpty {
      var rem: UInt64 = 0
      var i = big.count - 1
      while i >= 0 {
        let cur = (rem << 32) | UInt64(big[i])
        big[i] = UInt32(cur / 1_000_000_000)
        rem = cur % 1_000_000_000
        i -= 1
      }
      chunks.append(UInt32(rem))
      while let l = big.last, l == 0 { big.removeLast() }
    }
    var out: [UInt8] = []
    for (j, c) in chunks.reversed().enumerated() {
      var d = [UInt8](repeating: 0, count: 9)
      var v = c
      for k in stride(from: 8, through: 0, by: -1) { d[k] = UInt8(v % 10); v /= 10 }
      if j == 0 { out += d.drop { $0 == 0 } } else { out += d }
    }
    return out
  }
}
