import Testing
import LignumTokenizer
import LignumTestSupport

@Test func smoke() throws {
  let s = try render(tokenizeAll("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x&#38;#38;y'>]><a b='1 &e;'>hi &amp; &e; <![CDATA[c]]><!--k--><?p d?><b/></a>"))
  print(s)
  #expect(s.contains("<a b=\"1 x&y\">"))
}
