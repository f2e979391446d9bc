import Testing
import LignumTokenizer
import LignumTestSupport

/// Every limit trips with its own error quickly, and `huge` lifts it.
struct LimitTests {
  static let billionLaughs = """
    <!DOCTYPE lolz [
    <!ENTITY lol "lol">
    <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
    <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
    <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
    <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
    <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
    <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
    <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
    <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    """

  func expectLimit(_ doc: String, _ kind: LimitKind, options: ParseOptions = ParseOptions()) {
    do {
      var count = 0
      var p = PullParser(bytes: Array(doc.utf8), options: options)
      while try p.next() != .endDocument { count += 1 }
      Issue.record("no limit error for \(kind)")
    } catch {
      #expect(error.limit == kind, "\(error)")
    }
  }

  @Test func billionLaughsInContent() {
    var o = ParseOptions()
    o.substituteEntities = true
    expectLimit(Self.billionLaughs + "<lolz>&lol9;</lolz>", .entityAmplification, options: o)
    expectLimit(Self.billionLaughs + "<lolz>&lol9;</lolz>", .entityAmplification)
  }

  @Test func largeExpansionNeedsHuge() throws {
    // 30,000 bytes of text: over a lowered threshold, refused; with `huge`, expanded in full.
    let doc = Self.billionLaughs + "<lolz>&lol4;</lolz>"
    var o = ParseOptions()
    o.substituteEntities = true
    o.limits.entityAmplificationThreshold = 10_000
    expectLimit(doc, .entityAmplification, options: o)
    o.huge = true
    var p = PullParser(bytes: Array(doc.utf8), options: o)
    var textBytes = 0
    while true {
      let e = try p.next()
      if case .text(let r) = e { textBytes += r.count }
      if e == .endDocument { break }
    }
    #expect(textBytes == 30_000)
  }

  @Test func billionLaughsInAttribute() {
    expectLimit(Self.billionLaughs + "<lolz a='&lol9;'/>", .entityAmplification)
  }

  @Test func quadraticBlowup() {
    let big = String(repeating: "x", count: 100_000)
    let refs = String(repeating: "&a;", count: 20_000)
    expectLimit("<!DOCTYPE d [<!ENTITY a '\(big)'>]><d>\(refs)</d>", .entityAmplification)
    expectLimit("<!DOCTYPE d [<!ENTITY a '\(big)'>]><d x='\(refs)'/>", .entityAmplification)
  }

  @Test func depth() throws {
    let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
    expectLimit(deep, .depth)
    var o = ParseOptions()
    o.huge = true
    #expect(try tokenizeAll(deep, options: o).count == 601)
  }

  @Test func nameLength() throws {
    let name = String(repeating: "n", count: 60_000)
    expectLimit("<\(name)/>", .nameLength)
    var o = ParseOptions()
    o.huge = true
    #expect(try tokenizeAll("<\(name)/>", options: o).count == 3)
  }

  @Test func textLength() throws {
    var o = ParseOptions()
    o.limits.maxTextLength = 1000
    expectLimit("<a>" + String(repeating: "t", count: 2000) + "</a>", .textLength, options: o)
    expectLimit("<a b='" + String(repeating: "t", count: 2000) + "'/>", .textLength, options: o)
    expectLimit("<a><!--" + String(repeating: "t", count: 2000) + "--></a>", .textLength, options: o)
  }

  @Test func attributeCount() throws {
    let attrs = (0..<20_000).map { " a\($0)='v'" }.joined()
    expectLimit("<e\(attrs)/>", .attributes)
    var o = ParseOptions()
    o.huge = true
    #expect(try tokenizeAll("<e\(attrs)/>", options: o).count == 3)
  }

  @Test func externalEntitiesNotReadUnlessAsked() throws {
    // A system identifier pointing at a real file is not opened by default.
    let doc = "<!DOCTYPE a [<!ENTITY e SYSTEM '/etc/passwd'>]><a>&e;</a>"
    #expect(render(try tokenizeAll(doc)) == "<!DOCTYPE a - -> <a> &e;[ ] </a> EOF")
    var o = ParseOptions()
    o.substituteEntities = true
    o.resolver = FileResolver(allowedRoot: "/nonexistent")
    #expect(render(try tokenizeAll(doc, options: o)) == "<!DOCTYPE a - -> <a> </a> EOF")
  }

  @Test func networkIsNeverUsed() throws {
    var o = ParseOptions()
    o.substituteEntities = true
    o.loadExternalDTD = true
    let doc = "<!DOCTYPE a SYSTEM 'http://example.com/a.dtd' [<!ENTITY e SYSTEM 'http://example.com/e'>]><a>&e;</a>"
    #expect(render(try tokenizeAll(doc, options: o)) == "<!DOCTYPE a - http://example.com/a.dtd> <a> </a> EOF")
  }
}
