import Testing
import LignumDOM
import Lignum

/// Expected outputs were produced by libxml2 2.9.14's `xmllint --c14n` / `--exc-c14n`.
@Suite struct C14NTests {
  let namespaced = "<r xmlns:b=\"urn:b\" xmlns=\"urn:a\" xmlns:z=\"urn:z\"><e b:y=\"2\" z=\"1\" a=\"0\"><f xmlns=\"urn:a\" xmlns:b=\"urn:b2\"/><b:g xmlns=\"\"/></e><!--c--></r><!--after-->"

  @Test func inclusive() throws {
    let doc = try parseForC14N(namespaced)
    let expected = "<r xmlns=\"urn:a\" xmlns:b=\"urn:b\" xmlns:z=\"urn:z\"><e a=\"0\" z=\"1\" b:y=\"2\"><f xmlns:b=\"urn:b2\"></f><b:g xmlns=\"\"></b:g></e><!--c--></r>\n<!--after-->"
    #expect(try canonical(doc) == expected)
    #expect(try canonical(doc, .c14n11) == expected)
  }

  @Test func withoutComments() throws {
    let doc = try parseForC14N(namespaced)
    #expect(try canonical(doc, comments: false).hasSuffix("</e></r>"))
  }

  @Test func exclusive() throws {
    let doc = try parseForC14N(namespaced)
    #expect(try canonical(doc, .exclusive()) ==
      "<r xmlns=\"urn:a\"><e xmlns:b=\"urn:b\" a=\"0\" z=\"1\" b:y=\"2\"><f></f><b:g></b:g></e><!--c--></r>\n<!--after-->")
  }

  @Test func exclusiveWithInclusivePrefixes() throws {
    let doc = try parseForC14N(namespaced)
    #expect(try canonical(doc, .exclusive(inclusivePrefixes: ["z"])).hasPrefix("<r xmlns=\"urn:a\" xmlns:z=\"urn:z\"><e xmlns:b=\"urn:b\""))
  }

  @Test func escapingAndTopLevelNodes() throws {
    let doc = try parseForC14N("<!--x--><?p?><r a=\"&#9;&#10;&#13;&lt;&gt;&amp;&quot;\">&#13;&lt;&gt;&amp;\"<![CDATA[<]]><e/></r>")
    #expect(try canonical(doc) == "<!--x-->\n<?p?>\n<r a=\"&#x9;&#xA;&#xD;&lt;>&amp;&quot;\">&#xD;&lt;&gt;&amp;\"&lt;<e></e></r>")
  }

  @Test func defaultAttributesAndEntities() throws {
    let doc = try parseForC14N("<!DOCTYPE r [<!ATTLIST r d CDATA 'dv'><!ENTITY e 'v&#38;amp;'>]><r a='1'>&e;</r>")
    #expect(try canonical(doc) == "<r a=\"1\" d=\"dv\">v&amp;</r>")
  }

  @Test func descendsIntoEntityReferenceNodes() throws {
    let doc = try parse("<!DOCTYPE r [<!ENTITY e '<b>v</b>'>]><r>&e;</r>")
    #expect(try canonical(doc) == "<r><b>v</b></r>")
  }

  @Test func rejectsRelativeNamespaceURIs() throws {
    let doc = try parseForC14N("<r xmlns='rel'/>")
    #expect(throws: CanonicalizationError.self) { try doc.canonicalized() }
  }
}
