import Testing
import LignumDOM
import Lignum

@Suite struct MutationTests {
  func makeDocument() -> (Document, NodeID) {
    var doc = Document()
    let root = doc.createElement("root")
    doc.append(root, to: .document)
    return (doc, root)
  }

  @Test func createsAndAppendsEveryKind() throws {
    var (doc, root) = makeDocument()
    doc.append(doc.createText("t<"), to: root)
    doc.append(doc.createComment("c"), to: root)
    doc.append(doc.createProcessingInstruction(target: "pi", data: "d"), to: root)
    doc.append(doc.createCDATA("x]]>y"), to: root)
    let e = doc.createElement("e")
    doc.append(e, to: root)
    doc.setAttribute("a", to: "1\"", on: e)
    #expect(try serialize(doc) == """
      <?xml version="1.0"?>
      <root>t&lt;<!--c--><?pi d?><![CDATA[x]]]]><![CDATA[>y]]><e a="1&quot;"/></root>

      """)
  }

  @Test func insertsBeforeAndAfterAndRemoves() throws {
    var (doc, root) = makeDocument()
    let b = doc.createElement("b")
    doc.append(b, to: root)
    let a = doc.createElement("a"), c = doc.createElement("c")
    doc.insert(a, before: b)
    doc.insert(c, after: b)
    #expect(doc.children(of: root).map { doc.name(of: $0)! } == ["a", "b", "c"])
    doc.remove(b)
    #expect(doc.children(of: root).map { doc.name(of: $0)! } == ["a", "c"])
    #expect(doc.parent(of: b) == nil)
    doc.append(a, to: c)       // moving detaches from the old place
    #expect(doc.children(of: root).map { doc.name(of: $0)! } == ["c"])
    #expect(try serialize(doc) == "<?xml version=\"1.0\"?>\n<root><c><a/></c></root>\n")
  }

  @Test func setsAndRemovesAttributes() {
    var (doc, root) = makeDocument()
    doc.setAttribute("x", to: "1", on: root)
    doc.setAttribute("y", to: "2", on: root)
    doc.setAttribute("x", to: "3", on: root)
    doc.setAttribute("p:z", to: "4", namespace: "urn:p", on: root)
    #expect(doc.attribute(named: "x", of: root) == "3")
    #expect(doc.attribute(local: "z", namespace: "urn:p", of: root) == "4")
    let removed = doc.removeAttribute(named: "x", from: root)
    let removedAgain = doc.removeAttribute(named: "x", from: root)
    #expect(removed && !removedAgain)
    #expect(doc.attributes(of: root).map { doc.name(of: $0)! } == ["y", "p:z"])
  }

  @Test func setsText() throws {
    var (doc, root) = makeDocument()
    doc.append(doc.createElement("old"), to: root)
    doc.setText("new & text", of: root)
    #expect(doc.textContent(of: root) == "new & text")
    let t = doc.firstChild(of: root)!
    doc.setText("changed", of: t)
    #expect(try serialize(doc) == "<?xml version=\"1.0\"?>\n<root>changed</root>\n")
  }

  @Test func declaresNamespaces() throws {
    var (doc, root) = makeDocument()
    doc.declareNamespace(prefix: "p", uri: "urn:p", on: root)
    doc.declareNamespace(prefix: nil, uri: "urn:d", on: root)
    let child = doc.createElement("p:c", namespace: "urn:p")
    doc.append(child, to: root)
    #expect(doc.namespaceURI(of: child) == "urn:p")
    #expect(try serialize(doc) == "<?xml version=\"1.0\"?>\n<root xmlns:p=\"urn:p\" xmlns=\"urn:d\"><p:c/></root>\n")
  }

  @Test func copiesAreIndependent() {
    var (doc, root) = makeDocument()
    let copy = doc
    doc.setAttribute("x", to: "1", on: root)
    #expect(copy.attributes(of: root).isEmpty)
    #expect(doc.attributes(of: root).count == 1)
  }

  @Test func mutatesAParsedTree() throws {
    var doc = try parse("<a><b/><c/></a>")
    let root = doc.root!
    let b = doc.firstChild(of: root)!
    doc.remove(b)
    doc.append(b, to: root)
    doc.setAttribute("n", to: "1", on: b)
    #expect(try serialize(doc) == "<?xml version=\"1.0\"?>\n<a><c/><b n=\"1\"/></a>\n")
  }
}
