import Testing
import LignumDOM
import Lignum

/// Expected outputs were produced by libxml2 2.9.14's xmllint.
@Suite struct SerializerTests {
  @Test func defaultOutput() throws {
    let doc = try parse("<r><a x=\"1&#10;&#13;&#9;&lt;&gt;&quot;'&amp;é\">t&#13;&gt;&lt;&amp;é\"'</a><![CDATA[x]]y]]><!--c--><?p?><?p  d ?></r>")
    #expect(try serialize(doc) == """
      <?xml version="1.0"?>
      <r><a x="1&#10;&#13;&#9;&lt;&gt;&quot;'&amp;&#xE9;">t&#xD;&gt;&lt;&amp;&#xE9;"'</a><![CDATA[x]]y]]><!--c--><?p?><?p d ?></r>

      """)
  }

  @Test func declaredEncodingKeepsCharactersAndChangesCREscape() throws {
    let doc = try parse("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><r a='é'>é&#13;</r>")
    #expect(try serialize(doc) == "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<r a=\"é\">é&#13;</r>\n")
  }

  @Test func outputEncodings() throws {
    let doc = try parse("<r>é€</r>")
    let latin1 = try doc.serialized(SerializationOptions(encoding: "ISO-8859-1"))
    #expect(latin1 == Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>".utf8) + [0xE9] + Array("&#8364;</r>\n".utf8))
    let ascii = try doc.serialized(SerializationOptions(encoding: "ASCII"))
    #expect(String(decoding: ascii, as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"ASCII\"?>\n<r>&#233;&#8364;</r>\n")
    let utf16 = try doc.serialized(SerializationOptions(encoding: "UTF-16"))
    #expect(Array(utf16.prefix(4)) == [0xFF, 0xFE, UInt8(ascii: "<"), 0])
    let iconv = try doc.serialized(SerializationOptions(encoding: "ISO-8859-15"))
    #expect(Array(iconv.suffix(8)) == [UInt8(ascii: ">"), 0xE9, 0xA4] + Array("</r>\n".utf8))
    #expect(throws: UnsupportedEncodingError.self) { try doc.serialized(SerializationOptions(encoding: "bogus")) }
  }

  @Test func format() throws {
    let input = """
      <!-- top -->
      <?pi x?>
      <r xmlns:p="u:p">
        <p:x a="1">
          <y/>
          <!--c-->
          <?pi?>
          <z> t <b/> </z>
          <w>  </w>
          <e></e>
          <q><![CDATA[ ]]></q><s xml:space="preserve">  <k/>  </s>
        </p:x>
      </r>
      <!-- end -->
      """
    let doc = try parse(input, keepBlankText: false)
    #expect(try serialize(doc, format: true) == """
      <?xml version="1.0"?>
      <!-- top -->
      <?pi x?>
      <r xmlns:p="u:p">
        <p:x a="1">
          <y/>
          <!--c-->
          <?pi?>
          <z> t <b/> </z>
          <w>  </w>
          <e/>
          <q><![CDATA[ ]]></q>
          <s xml:space="preserve">  <k/>  </s>
        </p:x>
      </r>
      <!-- end -->

      """)
  }

  @Test func doctypeAndInternalSubset() throws {
    let input = """
      <!DOCTYPE r [
      <!ELEMENT r (a|b)*>
      <!ELEMENT a (#PCDATA|b)*>
      <!ELEMENT b EMPTY>
      <!ELEMENT c ((a,b)+|(b?,a*))>
      <!ELEMENT t ((a,b),c)>
      <!ELEMENT x ( (a,b) | c? | d )* >
      <!ATTLIST a x CDATA #IMPLIED y (p|q) "p" z ID #REQUIRED>
      <!ENTITY e "v&#38;amp;">
      <!ENTITY f SYSTEM "f.xml">
      <!ENTITY % pe "x">
      <!NOTATION n1 PUBLIC "pub">
      <!ENTITY u SYSTEM "u.bin" NDATA n1>
      <!-- c -->
      <?pi data?>
      ]>
      <r/>
      """
    let doc = try parse(input)
    #expect(try serialize(doc) == """
      <?xml version="1.0"?>
      <!DOCTYPE r [
      <!NOTATION n1 PUBLIC "pub" >
      <!ELEMENT r (a | b)*>
      <!ELEMENT a (#PCDATA | b)*>
      <!ELEMENT b EMPTY>
      <!ELEMENT c ((a , b)+ | (b? , a*))>
      <!ELEMENT t (a , b , c)>
      <!ELEMENT x ((a , b) | c | d)*>
      <!ATTLIST a x CDATA #IMPLIED>
      <!ATTLIST a y (p | q) "p">
      <!ATTLIST a z ID #REQUIRED>
      <!ENTITY e "v&#38;amp;">
      <!ENTITY f SYSTEM "f.xml">
      <!ENTITY % pe "x">
      <!ENTITY u SYSTEM "u.bin" NDATA n1>
      <!-- c --><?pi data?>]>
      <r/>

      """)
  }

  @Test func doctypeWithoutDeclarations() throws {
    #expect(try serialize(parse("<!DOCTYPE a [ ]><a/>")) == "<?xml version=\"1.0\"?>\n<!DOCTYPE a>\n<a/>\n")
    #expect(try serialize(parse("<!DOCTYPE a SYSTEM \"x.dtd\"><a/>")) == "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"x.dtd\">\n<a/>\n")
  }

  @Test func entityReferencesAreWrittenAsReferences() throws {
    let doc = try parse("<!DOCTYPE r [<!ENTITY e \"v\">]><r>&e;</r>")
    #expect(try serialize(doc).hasSuffix("]>\n<r>&e;</r>\n"))
  }

  @Test func formatIndentationCapsAtSixtyColumns() throws {
    var doc = Document()
    var parent = NodeID.document
    for _ in 0..<40 {
      let e = doc.createElement("e")
      doc.append(e, to: parent)
      parent = e
    }
    let lines = try serialize(doc, format: true).split(separator: "\n")
    #expect(lines[35].prefix { $0 == " " }.count == 60)
    // Another unit (xmlTreeIndentString, XMLLINT_INDENT) repeats as many times as fit in 60
    // columns; an empty one leaves the line breaks only.
    let tabbed = String(decoding: try doc.serialized(SerializationOptions(format: true, indentation: "\t\t\t\t")), as: UTF8.self)
    #expect(tabbed.split(separator: "\n")[20].prefix { $0 == "\t" }.count == 60)
    let flat = String(decoding: try doc.serialized(SerializationOptions(format: true, indentation: "")), as: UTF8.self)
    #expect(flat.split(separator: "\n")[5] == "<e>")
  }
}
