import Testing
import Lignum

/// Entity references kept in the tree (entities not substituted) are transparent to XPath: the
/// data model has none (XPath 1.0 §5), so their content stands among their parent's children.
@Suite struct XPathEntityReferenceTests {
  let source = """
    <!DOCTYPE doc [<!ENTITY e "<foo>x</foo>y"><!ENTITY empty "">]>
    <doc>a&e;&empty;b<bar/></doc>
    """

  @Test func contentIsSeenThroughReferences() throws {
    let doc = try Document.parse(source)
    #expect(try doc.evaluate("count(/doc/node())") == .number(5))          // a, foo, y, b, bar
    #expect(try doc.evaluate("name(//foo/..)") == .string("doc"))
    #expect(try doc.evaluate("count(//foo/ancestor::node())") == .number(2))
    #expect(try doc.evaluate("string(//foo/following-sibling::node()[1])") == .string("y"))
    #expect(try doc.evaluate("string(//bar/preceding-sibling::node()[1])") == .string("b"))
    #expect(try doc.evaluate("string(//foo/preceding-sibling::node())") == .string("a"))
    #expect(try doc.evaluate("string(/doc/node()[last()])") == .string(""))
    #expect(try doc.evaluate("name(/doc/node()[last()])") == .string("bar"))
    #expect(try doc.evaluate("string(/doc)") == .string("axyb"))
    #expect(try doc.evaluate("count(//node())") == .number(7))             // doc, a, foo, x, y, b, bar
    #expect(try doc.evaluate("count(//text())") == .number(4))
  }

  @Test func substitutedEntitiesGiveTheSameElements() throws {
    var options = ParseOptions()
    options.substituteEntities = true
    let doc = try Document(parsing: Array(source.utf8), options: options)
    #expect(try doc.evaluate("name(//foo/..)") == .string("doc"))
    #expect(try doc.evaluate("string(/doc)") == .string("axyb"))
  }
}
