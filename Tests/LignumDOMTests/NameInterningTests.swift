import Testing
@testable import LignumDOM
import Lignum

/// Names are interned by their bytes during building: the same qualified name in two
/// namespaces gets two ids, the same name in one namespace one id, however many names there are.
@Suite struct NameInterningTests {
  @Test func sameQualifiedNameInTwoNamespaces() throws {
    let doc = try parse("<r xmlns:p='urn:1'><p:a p:k='1'/><x xmlns:p='urn:2'><p:a p:k='2'/></x><p:a/></r>")
    let root = try #require(doc.root)
    let elements = doc.descendants(of: root).filter { doc.kind(of: $0) == .element && doc.name(of: $0) == "p:a" }
    #expect(elements.map { doc.namespaceURI(of: $0) } == ["urn:1", "urn:2", "urn:1"])
    #expect(doc.nameID(of: elements[0]) == doc.nameID(of: elements[2]))
    #expect(doc.nameID(of: elements[0]) != doc.nameID(of: elements[1]))
    let keys = elements.prefix(2).map { doc.attributes(of: $0)[0] }
    #expect(keys.map { doc.namespaceURI(of: $0) } == ["urn:1", "urn:2"])
  }

  @Test func manyDistinctNamesKeepTheirIDs() throws {
    // More names than the cache's first table holds, each used twice.
    let names = (0..<600).map { "n\($0)" }
    let body = names.map { "<\($0) \($0)a='v'/>" }.joined()
    let doc = try parse("<r>" + body + body + "</r>")
    let children = doc.children(of: try #require(doc.root))
    #expect(children.count == 1200)
    for i in 0..<600 {
      #expect(doc.name(of: children[i]) == names[i])
      #expect(doc.nameID(of: children[i]) == doc.nameID(of: children[i + 600]))
      #expect(doc.name(of: doc.attributes(of: children[i + 600])[0]) == names[i] + "a")
    }
  }
}
