import Testing
import Lignum

/// The core function library (XPath 1.0 §4), one row per behaviour.
@Suite struct XPathFunctionsTests {
  @Test(arguments: [
    ("last()", "1"), ("position()", "1"), ("count(//b)", "3"),
    ("local-name(//p:c)", "c"), ("name(//p:c)", "p:c"), ("namespace-uri(//p:c)", "urn:p"),
    ("name(//processing-instruction())", "pi"), ("local-name(/)", ""), ("name(//zz)", ""),
    ("string(//b)", "two"), ("string(1 div 0)", "Infinity"), ("string(-1 div 0)", "-Infinity"),
    ("string(0 div 0)", "NaN"), ("string(-0)", "0"), ("string(true())", "true"),
    ("concat('a', 1, true())", "a1true"),
    ("starts-with('abc', 'ab')", "true"), ("starts-with('abc', '')", "true"), ("contains('abc', 'd')", "false"),
    ("substring-before('1999/04/01', '/')", "1999"), ("substring-after('1999/04/01', '/')", "04/01"),
    ("substring-after('abc', '')", "abc"), ("substring-before('abc', 'x')", ""),
    ("substring('12345', 1.5, 2.6)", "234"), ("substring('12345', 0, 3)", "12"),
    ("substring('12345', 0 div 0, 3)", ""), ("substring('12345', -42, 1 div 0)", "12345"),
    ("substring('12345', -1 div 0, 1 div 0)", ""), ("substring('héllo', 2, 2)", "él"),
    ("string-length('héllo')", "5"), ("string-length()", "11"),
    ("normalize-space('  a \n b  ')", "a b"), ("translate('bar', 'abc', 'ABC')", "BAr"),
    ("translate('--aaa--', 'abc-', 'ABC')", "AAA"), ("translate('aa', 'aa', 'xy')", "xx"),
    ("boolean('')", "false"), ("boolean(0 div 0)", "false"), ("boolean(//b)", "true"), ("not(1)", "false"),
    ("true()", "true"), ("false()", "false"),
    ("number(' 12.5 ')", "12.5"), ("number('-')", "NaN"), ("number('1e3')", "NaN"), ("number('+1')", "NaN"),
    ("number('.5')", "0.5"), ("number('5.')", "5"), ("number(true())", "1"),
    ("sum(//a/@id)", "3"), ("sum(//zz)", "0"), ("floor(-1.5)", "-2"), ("ceiling(-1.5)", "-1"),
    ("round(2.5)", "3"), ("round(-2.5)", "-2"), ("1 div round(-0.4)", "-Infinity"), ("round(0 div 0)", "NaN"),
    ("round(0.49999999999999994)", "0"),
  ])
  func function(_ expr: String, _ expected: String) throws {
    #expect(try eval(expr, on: sample, namespaces: ["p": "urn:p"]) == expected)
  }

  @Test func idFindsDTDAndXMLIDs() throws {
    let xml = """
      <!DOCTYPE r [<!ATTLIST e k ID #IMPLIED>]>
      <r><e k="a"/><e k="b"/><f xml:id="c"/><e j="d"/></r>
      """
    #expect(try eval("id('b a')/@k", on: xml) == "@k @k")
    #expect(try eval("count(id('a  b c d'))", on: xml) == "3")
    #expect(try eval("id(//e/@k)/@k", on: xml) == "@k @k")
    #expect(try eval("id('c')", on: xml) == "f")
  }

  @Test func lang() throws {
    let xml = "<r xml:lang='en-US'><a/><b xml:lang='de'><c/></b></r>"
    #expect(try eval("count(//*[lang('en')])", on: xml) == "2")
    #expect(try eval("count(//*[lang('EN-us')])", on: xml) == "2")
    #expect(try eval("count(//*[lang('de')])", on: xml) == "2")
    #expect(try eval("count(//*[lang('d')])", on: xml) == "0")
  }

  @Test func typeErrorsAreDynamic() throws {
    for expr in ["count(1)", "sum('a')", "1/a", "(1)[1]", "'a' | //b", "local-name(2)"] {
      let error = #expect(throws: XPathError.self) { try eval(expr, on: sample) }
      #expect(error?.code == .invalidType, "\(expr)")
      #expect(error?.phase == .dynamic, "\(expr)")
    }
  }
}
