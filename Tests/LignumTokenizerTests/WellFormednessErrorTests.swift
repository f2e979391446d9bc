import Testing
import LignumTokenizer
import LignumTestSupport

/// Each bad-input class gets a clear error with libxml2's code, whole and one byte at a time.
struct WellFormednessErrorTests {
  static let cases: [(String, XMLSyntaxError.Code)] = [
    ("", .documentEmpty),
    ("   ", .documentEmpty),
    ("<a></b>", .tagNameMismatch),
    ("<a>", .tagNotFinished),
    ("<a b='<'/>", .lessThanInAttribute),
    ("<a b='1' b='2'/>", .attributeRedefined),
    ("<a b/>", .attributeWithoutValue),
    ("<a b=1/>", .attributeNotStarted),
    ("<a b='1'c='2'/>", .spaceRequired),
    ("<a/><b/>", .extraContent),
    ("<a/>text", .extraContent),
    ("text<a/>", .documentEmpty),
    ("<a>]]></a>", .misplacedCDATAEnd),
    ("<a><!-- x -- y --></a>", .hyphenInComment),
    ("<a><!-- x </a>", .commentNotFinished),
    ("<a><![CDATA[x</a>", .cdataNotFinished),
    ("<a>&#0;</a>", .invalidChar),
    ("<a>&#xD800;</a>", .invalidChar),
    ("<a>&#xZ;</a>", .invalidHexCharRef),
    ("<a>&#12a;</a>", .invalidDecCharRef),
    ("<a>&undefined;</a>", .undeclaredEntity),
    ("<a>&amp</a>", .entityRefSemicolonMissing),
    ("<a>& b</a>", .entityRefNoName),
    ("<a>\u{1}</a>", .invalidChar),
    ("<a>\u{FFFE}</a>", .invalidChar),
    ("<?xml version='1.0'?><?xml version='1.0'?><a/>", .reservedXMLName),
    (" <?xml version='1.0'?><a/>", .reservedXMLName),
    ("<?xml encoding='UTF-8'?><a/>", .versionMissing),
    ("<?xml version='1.0' standalone='maybe'?><a/>", .standaloneValue),
    ("<?xml version='2.0'?><a/>", .unknownVersion),
    ("<?xml version='10.0'?><a/>", .stringNotClosed),
    ("<?xml version='1.0a'?><a/>", .stringNotClosed),
    ("<?xml version=''?><a/>", .versionMissing),
    ("<?xml version='1'?><a/>", .versionMissing),
    ("<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a>", .notWellBalanced),
    ("<!DOCTYPE a [<!ENTITY e '</a><a>'>]><a>&e;</a>", .notWellBalanced),
    ("<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>", .entityLoop),
    ("<!DOCTYPE a [<!ENTITY e '&f;'><!ENTITY f '&e;'>]><a b='&e;'/>", .entityLoop),
    ("<!DOCTYPE a [<!ENTITY e SYSTEM 'x.ent'>]><a b='&e;'/>", .entityIsExternal),
    ("<!DOCTYPE a [<!NOTATION n SYSTEM 'n'><!ENTITY e SYSTEM 'x' NDATA n>]><a>&e;</a>", .unparsedEntity),
    ("<!DOCTYPE a [<!ENTITY e 'x<y'>]><a b='&e;'/>", .lessThanInAttribute),
    ("<!DOCTYPE a [<!ENTITY % p 'x'><!ELEMENT a %p;>]><a/>", .peRefInIntSubset),
    ("<!DOCTYPE a [<!ENTITY % p '%q;'>]><a/>", .entityPEInternal),
    ("<!DOCTYPE a [<![INCLUDE[]]>]><a/>", .condSecInvalid),
    ("<!DOCTYPE a [<!ELEMENT a (b,c|d)>]><a/>", .elementContentNotFinished),
    ("<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)>]><a/>", .mixedNotFinished),
    ("<!DOCTYPE a [<!ATTLIST a b CDATA #BOGUS>]><a/>", .attributeNotStarted),
    ("<!DOCTYPE a [ junk ]><a/>", .doctypeNotFinished),
    ("<!DOCTYPE a><!DOCTYPE a><a/>", .extraContent),
    ("<a><?xml version='1.0'?></a>", .reservedXMLName),
    ("<a><?pi", .piNotFinished),
    ("<a:b/>", .nsUndefinedNamespace),
    ("<a xmlns:p=''/>", .nsEmpty),
    ("<a xmlns:xml='http://example.com'/>", .nsXMLNamespace),
    ("<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>", .nsXMLNamespace),
    ("<a xmlns:xmlns='http://example.com'/>", .nsXMLNamespace),
    ("<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>", .nsAttributeRedefined),
    ("<a:b:c xmlns:a='u'/>", .nsQName),
    ("<a><?p:q x?></a>", .nsColon),
    ("<!DOCTYPE a [<!ENTITY a:b 'x'>]><a/>", .nsColon),
    ("<xmlns:a/>", .nsUndefinedNamespace),   // libxml2: the prefix xmlns is not bound
  ]

  @Test(arguments: cases)
  func rejects(_ input: String, _ code: XMLSyntaxError.Code) {
    for chunkSize in [Int.max, 1, 7] {
      do {
        let events = try tokenizeAll(input, chunkSize: chunkSize)
        Issue.record("accepted \(input) (chunk \(chunkSize)): \(render(events))")
      } catch {
        #expect(error.code == code, "\(input) chunk \(chunkSize): \(error)")
        #expect(!error.message.isEmpty)
        #expect(error.position.line >= 1)
      }
    }
  }

  @Test func errorsCarryLineAndColumn() {
    do {
      _ = try tokenizeAll("<a>\n  <b>\n</a>")
      Issue.record("accepted")
    } catch {
      #expect(error.code == .tagNameMismatch)
      #expect(error.position.line == 3)
      #expect(error.sourceLine == "</a>")
    }
  }

  /// libxml2 reads a `1.x` document as XML 1.0 and warns after the version's closing quote.
  @Test func otherOneDotVersionsAreReadWithAWarning() throws {
    for (text, column) in [("<?xml version='1.1'?><a/>", 20), ("<?xml version=\"1.\" encoding='UTF-8'?><a/>", 19)] {
      var parser = PullParser(bytes: Array(text.utf8))
      while try parser.next() != .endDocument {}
      #expect(parser.warnings.count == 1)
      let w = try #require(parser.warnings.first)
      #expect(w.code == .unknownVersionWarning && w.isWarning && w.position.column == column)
      #expect(XMLErrorReport.format(w, file: "v.xml").hasPrefix("v.xml:1: parser warning : Unsupported version '1."))
    }
  }

  @Test func malformedUTF8() {
    for bytes: [UInt8] in [[0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E], [0x3C, 0x61, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E],
                           [0x3C, 0x61, 0x3E, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x61, 0x3E], [0x3C, 0x61, 0x3E, 0xC0, 0xAF, 0x3C, 0x2F, 0x61, 0x3E],
                           [0x3C, 0x61, 0x3E, 0xE2, 0x82]] {
      for chunk in [Int.max, 1] {
        #expect(throws: XMLSyntaxError.self) { try tokenizeAll(bytes, chunkSize: chunk) }
      }
    }
  }

  @Test func nulBytes() {
    #expect(throws: XMLSyntaxError.self) { try tokenizeAll([0x3C, 0x61, 0x3E, 0x00, 0x3C, 0x2F, 0x61, 0x3E]) }
    #expect(throws: XMLSyntaxError.self) { try tokenizeAll([0x3C, 0x61, 0x00, 0x3E]) }
  }

  @Test func truncationAtEveryByte() {
    let doc = Array("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'v'>]><a x='1'>t&e;<!--c--><?p d?><![CDATA[z]]><b/></a>".utf8)
    for cut in 0..<doc.count {
      #expect(throws: XMLSyntaxError.self) { try tokenizeAll(Array(doc[0..<cut])) }
    }
  }
}
