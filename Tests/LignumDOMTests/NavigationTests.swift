import Testing
@testable import LignumDOM
import Lignum

@Suite struct NavigationTests {
  @Test func nodeRecordSizeIsPinned() {
    // Eight 32-bit links and payload words plus the kind byte.
    #expect(MemoryLayout<NodeRecord>.stride == 36)
    #expect(MemoryLayout<NodeID>.size == 4)
  }

  @Test func walksFamilyLinks() throws {
    let doc = try parse("<r><a/><b><c/></b><d/></r>")
    let r = doc[doc.root!]
    #expect(r.parent?.kind == .document)
    #expect(r.children.map { $0.name! } == ["a", "b", "d"])
    #expect(r.firstChild?.name == "a")
    #expect(r.lastChild?.name == "d")
    #expect(r.firstChild?.nextSibling?.name == "b")
    #expect(r.lastChild?.previousSibling?.name == "b")
    #expect(r.firstChild?.previousSibling == nil)
    #expect(r.descendants.compactMap { $0.name } == ["r", "a", "b", "c", "d"])
    let c = r.children[1].firstChild!
    #expect(c.ancestors.map { $0.kind } == [.element, .element, .document])
  }

  @Test func findsAttributesByNameAndNamespace() throws {
    let doc = try parse("<r xmlns:p='urn:p' a='1' p:a='2'/>")
    let r = doc[doc.root!]
    #expect(r.attribute(named: "a") == "1")
    #expect(r.attribute(named: "p:a") == "2")
    #expect(r.attribute(local: "a", namespace: nil) == "1")
    #expect(r.attribute(local: "a", namespace: "urn:p") == "2")
    #expect(r.attribute(local: "a", namespace: "urn:q") == nil)
    #expect(r.attribute(named: "b") == nil)
  }

  @Test func nameTestsAreIntegerCompares() throws {
    let doc = try parse("<r xmlns:p='urn:p' xmlns:q='urn:p'><p:x/><q:x/><x/></r>")
    let kids = doc.children(of: doc.root!)
    // Same prefix-free expanded name is looked up once; distinct prefixes intern separately.
    #expect(doc.nameID(of: kids[0]) == doc.nameID(local: "x", namespace: "urn:p", prefix: "p"))
    #expect(doc.nameID(of: kids[2]) == doc.nameID(local: "x", namespace: nil))
    #expect(doc.nameID(of: kids[0]) != doc.nameID(of: kids[2]))
  }

  @Test func namespacesInScope() throws {
    let doc = try parse("<r xmlns='urn:d' xmlns:p='urn:p'><s xmlns='' xmlns:p='urn:p2'><t/></s></r>")
    let t = doc[doc.root!].firstChild!.firstChild!
    #expect(t.namespacesInScope == [
      NamespaceBinding(prefix: "p", uri: "urn:p2"),
      NamespaceBinding(prefix: "xml", uri: "http://www.w3.org/XML/1998/namespace"),
    ])
    #expect(t.namespaceURI == nil)
  }

  @Test func stringValue() throws {
    let doc = try parse("<r>a<b>b<c>c</c></b><![CDATA[d]]><!--x-->e</r>")
    #expect(doc.textContent(of: doc.root!) == "abcde")
    #expect(doc.textContent(of: .document) == "abcde")
    let comment = doc.children(of: doc.root!)[3]
    #expect(doc.textContent(of: comment) == "x")
  }

  @Test func documentOrder() throws {
    var doc = try Document.parse("<r a='1'><x/><y><z/></y></r>")
    let r = doc.root!
    let attr = doc.attributes(of: r)[0]
    let x = doc.firstChild(of: r)!, y = doc.lastChild(of: r)!, z = doc.firstChild(of: y)!
    #expect(doc.precedes(r, attr) && doc.precedes(attr, x) && doc.precedes(x, z) && !doc.precedes(z, x))
    #expect(doc.descendants.compactMap { $0.name } == ["r", "x", "y", "z"])
    doc.append(x, to: y)           // now r, y, z, x
    #expect(doc.precedes(z, x) && doc.precedes(y, x) && doc.precedes(attr, y) && !doc.precedes(x, y))
    #expect(doc.precedes(r, z) && !doc.precedes(z, r))
  }
}
