import Testing
@testable import LignumTokenizer
import LignumKernel
#if canImport(Glibc)
import Glibc
#endif

/// Streaming holds a bounded window of the input, however long the document.
struct StreamingTests {
  @Test func pushParserMemoryDoesNotGrowWithTheDocument() throws {
    var parser = PushParser()
    let record = Array("<item id='1' kind=\"x\">some text &amp; more<!--c--><b/></item>\n".utf8)
    var chunk: [UInt8] = Array("<root>".utf8)
    for _ in 0..<1000 { chunk += record }
    var maxBuffered = 0
    var elements = 0
    // 200 chunks of ~64 KB: about 13 MB in all.
    for _ in 0..<200 {
      parser.feed(chunk)
      chunk = []
      for _ in 0..<1000 { chunk += record }
      while let e = try parser.next() {
        if case .startElement = e { elements += 1 }
      }
      maxBuffered = max(maxBuffered, parser.bufferedByteCount)
    }
    parser.feed(Array("</root>".utf8))
    parser.finish()
    while let e = try parser.next() { if e == .endDocument { break } }
    #expect(elements == 1 + 200 * 1000 * 2)
    #expect(maxBuffered < 4 * 65536 + chunk.count)
  }

  @Test func pullParserStreamsFiles() throws {
    let path = "/tmp/lignum-streaming-test-\(getpid()).xml"
    var doc = Array("<root>".utf8)
    for i in 0..<20000 { doc += Array("<item n='\(i)'>text\r\n</item>".utf8) }
    doc += Array("</root>".utf8)
    #expect(FileIO.writeFile(path, doc))
    var parser = try PullParser(path: path)
    var items = 0
    var maxBuffered = 0
    while true {
      let e = try parser.next()
      if case .startElement = e { items += 1 }
      maxBuffered = max(maxBuffered, parser.bufferedByteCount)
      if e == .endDocument { break }
    }
    #expect(items == 20001)
    #expect(maxBuffered < 4 * 65536)
  }

  /// Asking for the position at every event stays linear (FailCases/tokenizer-position-quadratic.xml).
  @Test func positionAtEveryEventIsCheap() throws {
    var doc = Array("<root>\n".utf8)
    for i in 0..<100_000 { doc += Array("<item n='\(i)'>text</item>\n".utf8) }
    doc += Array("</root>".utf8)
    var parser = PullParser(bytes: doc)
    var lastLine = 0
    while true {
      let e = try parser.next()
      let p = parser.position
      #expect(p.line >= lastLine)
      lastLine = p.line
      if e == .endDocument { break }
    }
    #expect(lastLine == 100_002)
  }
}
