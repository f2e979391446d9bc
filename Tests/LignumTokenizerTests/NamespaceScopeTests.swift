import Testing
import LignumTokenizer
import LignumTestSupport

/// Namespace URIs on start and end tags follow the bindings in scope, including the end tag
/// that closes a binding's element, and in every chunking.
struct NamespaceScopeTests {
  static let document = """
    <a xmlns="urn:1"><b xmlns="urn:2"/><c/><p:d xmlns:p="urn:p" xmlns=""><e/><p:f xml:lang="en"/></p:d>\
    <g xmlns:q="urn:q1"><q:h xmlns:q="urn:q2"><q:i/></q:h><q:j/></g></a>
    """

  static let expected = """
    <{urn:1}a xmlns="urn:1"> <{urn:2}b xmlns="urn:2"> </{urn:2}b> <{urn:1}c> </{urn:1}c> \
    <{urn:p}p:d xmlns:p="urn:p" xmlns=""> <e> </e> \
    <{urn:p}p:f {http://www.w3.org/XML/1998/namespace}xml:lang="en"> </{urn:p}p:f> </{urn:p}p:d> \
    <{urn:1}g xmlns:q="urn:q1"> <{urn:q2}q:h xmlns:q="urn:q2"> <{urn:q2}q:i> </{urn:q2}q:i> </{urn:q2}q:h> \
    <{urn:q1}q:j> </{urn:q1}q:j> </{urn:1}g> </{urn:1}a> EOF
    """

  @Test(arguments: [Int.max, 1, 3, 7])
  func urisFollowScope(chunkSize: Int) throws {
    #expect(render(try tokenizeAll(Self.document, chunkSize: chunkSize)) == Self.expected)
  }

  @Test func prefixesStayUnboundOutsideTheirScope() {
    #expect(throws: XMLSyntaxError.self) { try tokenizeAll("<a><b xmlns:p='urn:p'/><p:c/></a>") }
  }

  @Test func qualifiedNamesWithTwoColonsAreRejected() {
    #expect(throws: XMLSyntaxError.self) { try tokenizeAll("<a:b:c xmlns:a='urn:a'/>") }
  }
}
