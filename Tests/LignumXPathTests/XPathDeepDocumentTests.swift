import Testing
import Lignum

/// Walks are loops: a 1,000,000-deep document does not overflow the stack.
@Suite struct XPathDeepDocumentTests {
  @Test func deepDocument() throws {
    let depth = 1_000_000
    var doc = Document()
    var parent = NodeID.document
    for _ in 0..<depth {
      let e = doc.createElement("x")
      doc.append(e, to: parent)
      parent = e
    }
    doc.append(doc.createText("t"), to: parent)
    #expect(try doc.evaluate("count(//x)") == .number(Double(depth)))
    #expect(try doc.evaluate("count(//text()/ancestor::*)") == .number(Double(depth)))
    #expect(try doc.evaluate("string(/x)") == .string("t"))
    #expect(try doc.evaluate("count(//x[not(*)]/preceding::*)") == .number(0))
    #expect(try doc.evaluate("count(/x/following::node())") == .number(0))
  }

  @Test func wideDocument() throws {
    let doc = try Document.parse("<l>" + String(repeating: "<i a='1'>t</i>", count: 200_000) + "</l>")
    #expect(try doc.evaluate("count(//i)") == .number(200_000))
    #expect(try doc.evaluate("sum(//@a)") == .number(200_000))
    #expect(try doc.evaluate("count(//i[last()]/preceding-sibling::i)") == .number(199_999))
  }
}
