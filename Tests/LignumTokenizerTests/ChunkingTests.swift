import Testing
import LignumTokenizer
import LignumTestSupport

/// The push parser fed in any chunking gives exactly the events of one big feed.
struct ChunkingTests {
  static let documents = [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<!DOCTYPE r [\n<!ENTITY e 'ent &#38;#60;x&#38;#62;'>\n<!ATTLIST r d CDATA 'def' t NMTOKENS #IMPLIED>\n]>\n<r t='  a   b '>\r\n text &e; &#x1F600; <![CDATA[<raw>]]><!-- c --><?pi data?><e/>\r</r>\n<!-- after -->",
    "<a xmlns='urn:d' xmlns:p='urn:p'><p:b p:x='1' y='2'>t\u{00E9}\u{4E2D}</p:b></a>",
    "<a>" + String(repeating: "long text with ]] and > ", count: 500) + "</a>",
  ]

  @Test(arguments: documents)
  func sameEventsInEveryChunking(_ doc: String) throws {
    var options = ParseOptions()
    options.defaultAttributes = true
    let whole = try tokenizeAll(doc, options: options)
    for size in [1, 2, 3, 5, 64] {
      #expect(try tokenizeAll(doc, chunkSize: size, options: options) == whole, "chunk size \(size)")
    }
  }

  @Test func utf16InChunks() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for u in "<a b='\u{00E9}'>x\u{1F600}</a>".utf16 { bytes.append(UInt8(u & 0xFF)); bytes.append(UInt8(u >> 8)) }
    let whole = try tokenizeAll(bytes)
    #expect(render(whole) == "<a b=\"\u{00E9}\"> \"x\u{1F600}\" </a> EOF")
    #expect(try tokenizeAll(bytes, chunkSize: 1) == whole)
  }

  @Test func latin1AndIconvEncodings() throws {
    let latin1: [UInt8] = Array("<?xml version='1.0' encoding='ISO-8859-1'?><a>".utf8) + [0xE9] + Array("</a>".utf8)
    #expect(render(try tokenizeAll(latin1)).contains("\"\u{00E9}\""))
    let win: [UInt8] = Array("<?xml version='1.0' encoding='windows-1252'?><a>".utf8) + [0x80] + Array("</a>".utf8)
    #expect(render(try tokenizeAll(win, chunkSize: 1)).contains("\"\u{20AC}\""))
    let bogus = Array("<?xml version='1.0' encoding='no-such-encoding'?><a/>".utf8)
    #expect(throws: XMLSyntaxError.self) { try tokenizeAll(bogus) }
  }
}
