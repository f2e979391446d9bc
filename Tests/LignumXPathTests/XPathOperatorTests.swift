import Testing
import Lignum

/// Operators, comparisons between types (XPath 1.0 §3.4, §3.5) and number ↔ string conversion.
@Suite struct XPathOperatorTests {
  @Test(arguments: [
    ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("7 mod 3", "1"), ("-7 mod 3", "-1"), ("7 mod -3", "1"),
    ("5.5 mod 2", "1.5"), ("8 div 4 div 2", "1"), ("3 - 2 - 1", "0"), ("- - 2", "2"), ("1 div -0", "-Infinity"),
    ("0 div 0 = 0 div 0", "false"), ("0 div 0 != 0 div 0", "true"), ("1 = 2 = 2", "false"), ("1 < 2 < 3", "true"),
    ("'1' = 1", "true"), ("'a' = 'a'", "true"), ("true() = 'x'", "true"), ("false() = ''", "true"),
    ("'2' > '10'", "false"), ("1 and 0", "false"), ("0 or 'x'", "true"),
    ("//a/@id = 2", "true"), ("//a/@id = 3", "false"), ("//a/@id != 1", "true"), ("2 = //a/@id", "true"),
    ("//a/@id < 2", "true"), ("//a/@id > 2", "false"), ("1 < //a/@id", "true"), ("2 < //a/@id", "false"),
    ("//b = 'three'", "true"), ("//b != 'three'", "true"), ("//zz = ''", "false"), ("//zz != ''", "false"),
    ("//zz = false()", "true"), ("//b = true()", "true"),
    ("//a/@id = //b", "false"), ("//a = //a", "true"), ("//a/@id < //a/@id", "true"),
    ("//a/@id > //a/@id", "true"), ("//a[1]/@id >= //a/@id", "true"),
    ("a or 1", "true"),
  ])
  func operation(_ expr: String, _ expected: String) throws {
    #expect(try eval(expr, on: sample) == expected)
  }

  static let numbers: [(Double, String)] = [
    (1.0, "1"), (-0.0, "0"), (0.5, "0.5"), (-1.25, "-1.25"), (1e-7, "0.0000001"), (1e21, "1000000000000000000000"),
    (123456789.125, "123456789.125"), (1.0 / 3, "0.3333333333333333"), (Double.nan, "NaN"),
    (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"), (0.1 + 0.2, "0.30000000000000004"),
    (5e-324, "0." + String(repeating: "0", count: 323) + "5"),
  ]
  @Test(arguments: numbers)
  func numberToString(_ n: Double, _ expected: String) {
    #expect(XPathConversion.string(n) == expected)
  }

  @Test func libxml2NumberFormat() {
    #expect(XPathConversion.printfG(1.0 / 3) == "0.333333")
    #expect(XPathConversion.printfG(1e-7) == "1e-07")
    #expect(XPathConversion.printfG(123456789012345678901) == "1.23457e+20")
    #expect(XPathConversion.printfG(100000) == "100000")
    #expect(XPathConversion.printfG(1000000) == "1e+06")
    #expect(XPathConversion.printfG(0.0001) == "0.0001")
    #expect(XPathConversion.printfG(0.00001) == "1e-05")
    #expect(XPathConversion.printfG(2.5) == "2.5")
    #expect(XPathConversion.printfG(0.1234565) == "0.123456")   // the double is just below ...565
    #expect(XPathConversion.printfG(1234565) == "1.23456e+06")  // exact tie: to even
    #expect(XPathConversion.printfG(999999.5) == "1e+06")
    #expect(XPathConversion.printfG(3) == "3")
  }
}
