import Testing
import Lignum

/// Every axis, forward and reverse, with proximity positions per direction (XPath 1.0 §2.2, §2.4).
@Suite struct XPathAxesTests {
  @Test(arguments: [
    ("child::*", "/r", "a a"),
    ("descendant::b", "/r", "b b b"),
    ("descendant-or-self::a", "/r/a[1]", "a"),
    ("parent::*", "/r/a[1]/b", "a"),
    ("ancestor::*", "/r/a[1]/b", "r a"),
    ("ancestor::*[1]", "/r/a[1]/b", "a"),
    ("ancestor-or-self::*[last()]", "/r/a[1]/b", "r"),
    ("following-sibling::node()", "/r/a[1]", "!k pi a"),
    ("preceding-sibling::node()[1]", "/r/a[2]", "pi"),
    ("preceding-sibling::*", "/r/a[2]", "a"),
    ("following::b", "/r/a[1]/b", "b b"),
    ("following::*[1]", "/r/a[1]/b", "p:c"),
    ("preceding::*", "/r/a[2]/b[1]", "a b p:c"),
    ("preceding::*[1]", "/r/a[2]/b[1]", "p:c"),
    ("preceding::node()", "/r/a[2]", "a #one b #two p:c !k pi"),
    ("attribute::*", "/r/a[1]", "@id @x"),
    ("@id", "/r/a[2]", "@id"),
    ("self::a", "/r/a[1]", "a"),
    ("self::b", "/r/a[1]", ""),
    ("namespace::*", "/r/a[1]", "ns:xml ns:p"),
    ("namespace::p", "/r/a[1]", "ns:p"),
    ("following::node()", "/r/a[1]/@x", "#one b #two p:c !k pi a b #three b"),
    ("preceding::node()", "/r/a[1]/@x", ""),
    ("parent::a", "/r/a[1]/@x", "a"),
  ])
  func axis(_ expr: String, _ context: String, _ expected: String) throws {
    #expect(try eval(expr, on: sample, context: context) == expected)
  }

  @Test func nodeSetsAreInDocumentOrderWithoutDuplicates() throws {
    #expect(try eval("//b/ancestor::*", on: sample) == "r a a")
    #expect(try eval("(//b | //a | //b)", on: sample) == "a b a b b")
    #expect(try eval("//b/preceding::a | //a/following::b", on: sample) == "a b b")
    #expect(try eval("(//b)[2]", on: sample) == "b")
    #expect(try eval("(//b)[last()]/@lang", on: sample) == "@lang")
    #expect(try eval("//a/b[1]", on: sample) == "b b")
    #expect(try eval("//b[1]", on: sample) == "b b")          // [1] per parent, not of the whole set
    #expect(try eval("/descendant::b[1]", on: sample) == "b")
  }

  @Test func nodeTests() throws {
    #expect(try eval("//text()", on: sample) == "#one #two #three")
    #expect(try eval("//comment()", on: sample) == "!k")
    #expect(try eval("//processing-instruction()", on: sample) == "pi")
    #expect(try eval("//processing-instruction('pi')", on: sample) == "pi")
    #expect(try eval("//processing-instruction('no')", on: sample) == "")
    #expect(try eval("//p:*", on: sample, namespaces: ["p": "urn:p"]) == "p:c")
    #expect(try eval("//q:c", on: sample, namespaces: ["q": "urn:p"]) == "p:c")
    #expect(try eval("//c", on: sample) == "")
    let all = try eval("//node()", on: sample)
    #expect(try eval("count(//node())", on: sample) == "12", "\(all)")
    #expect(try eval("/", on: sample) == "/")
    #expect(try eval("/..", on: sample) == "")
  }

  @Test func namespaceNodes() throws {
    let xml = "<a xmlns='urn:d' xmlns:x='urn:x'><b xmlns=''/></a>"
    #expect(try eval("count(/*/namespace::*)", on: xml) == "3")
    #expect(try eval("count(/*/*/namespace::*)", on: xml) == "2")   // xmlns="" undeclares
    #expect(try eval("name(/*/namespace::*[. = 'urn:x'])", on: xml) == "x")
    #expect(try eval("/*/namespace::x/parent::*", on: xml, namespaces: [:]) == "a")
  }
}
