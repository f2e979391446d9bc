import Testing
import LignumTokenizer
import LignumTestSupport

struct EventTests {
  @Test func basicEvents() throws {
    let s = render(try tokenizeAll("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x&#38;#38;y'>]><a b='1 &e;'>hi &amp; &e; <![CDATA[c]]><!--k--><?p d?><b/></a>"))
    #expect(s == "<?xml 1.0 - -?> <!DOCTYPE a - -> <a b=\"1 x&y\"{1 |&e;}> \"hi & \" &e;[ \"x&y\" ] \" \" [CDATA[c]] <!--k--> <?p d?> <b> </b> </a> EOF")
  }

  @Test func substitutedEntitiesHaveNoBoundaries() throws {
    var o = ParseOptions()
    o.substituteEntities = true
    let s = render(try tokenizeAll("<!DOCTYPE a [<!ENTITY e '<b>in</b>'>]><a>x&e;y</a>", options: o))
    #expect(s == "<!DOCTYPE a - -> <a> \"x\" <b> \"in\" </b> \"y\" </a> EOF")
  }

  @Test func lineEndsAndAttributeNormalization() throws {
    let s = render(try tokenizeAll("<!DOCTYPE a [<!ATTLIST a t NMTOKENS #IMPLIED>]><a t=' x\ty\n ' c=' x\ty&#10;'>1\r\n2\r3</a>"))
    #expect(s == "<!DOCTYPE a - -> <a t=\"x y\" c=\" x y\n\"> \"1\n2\n3\" </a> EOF")
  }

  @Test func defaultAttributesOnlyWhenAsked() throws {
    let doc = "<!DOCTYPE a [<!ATTLIST a d CDATA 'v' f CDATA #FIXED 'w'>]><a/>"
    #expect(render(try tokenizeAll(doc)) == "<!DOCTYPE a - -> <a> </a> EOF")
    var o = ParseOptions()
    o.defaultAttributes = true
    #expect(render(try tokenizeAll(doc, options: o)) == "<!DOCTYPE a - -> <a d=\"v\"(default) f=\"w\"(default)> </a> EOF")
  }

  /// What libxml2 gives SAX handlers: the defaults the DTD read declares, without loading the
  /// external subset for them (a missing one is not an error).
  @Test func reportedDefaultAttributesNeedNoExternalSubset() throws {
    let doc = "<!DOCTYPE a SYSTEM 'missing.dtd' [<!ATTLIST a d CDATA 'v' i CDATA #IMPLIED>]><a d='x'/><!-- -->"
    var o = ParseOptions()
    o.reportDefaultAttributes = true
    #expect(render(try tokenizeAll(doc, options: o)) == "<!DOCTYPE a - missing.dtd> <a d=\"x\"> </a> <!-- --> EOF")
    let other = "<!DOCTYPE a SYSTEM 'missing.dtd' [<!ATTLIST a d CDATA 'v' i CDATA #IMPLIED>]><a/>"
    #expect(render(try tokenizeAll(other, options: o)) == "<!DOCTYPE a - missing.dtd> <a d=\"v\"(default)> </a> EOF")
  }

  @Test func namespacesResolved() throws {
    let s = render(try tokenizeAll("<a xmlns='urn:d' xmlns:p='urn:p'><p:b p:x='1' y='2' xml:lang='en'/></a>"))
    #expect(s == "<{urn:d}a xmlns=\"urn:d\" xmlns:p=\"urn:p\"> <{urn:p}p:b {urn:p}p:x=\"1\" y=\"2\" {http://www.w3.org/XML/1998/namespace}xml:lang=\"en\"> </{urn:p}p:b> </{urn:d}a> EOF")
  }

  @Test func namespacesOff() throws {
    var o = ParseOptions()
    o.namespaces = false
    let s = render(try tokenizeAll("<a:b xmlns:a='u' c:d='1'/>", options: o))
    #expect(s == "<a:b xmlns:a=\"u\" c:d=\"1\"> </a:b> EOF")
  }

  @Test func dtdModel() throws {
    var p = PullParser(bytes: Array("<!DOCTYPE a PUBLIC '-//X//Y' 'a.dtd' [<!ELEMENT a (b|c)*><!ELEMENT b (#PCDATA|c)*><!ATTLIST a id ID #REQUIRED k (x|y) 'x'><!NOTATION n PUBLIC 'p'><!ENTITY % pe 'q'>]><a id='1'/>".utf8))
    _ = try p.next()
    let d = try #require(p.doctype)
    #expect(d.name == "a" && d.publicID == "-//X//Y" && d.systemID == "a.dtd")
    #expect(d.elements["a"]?.content == .children(.choice([.name("b", .once), .name("c", .once)], .zeroOrMore)))
    #expect(d.elements["b"]?.content == .mixed(["c"]))
    #expect(d.attributeLists["a"]?.map(\.name) == ["id", "k"])
    #expect(d.notations["n"]?.publicID == "p")
    #expect(d.parameterEntities["pe"]?.value == Array("q".utf8))
    #expect(d.internalSubset.count == 5)
  }

  @Test func warningsForWhatCouldNotBeRead() throws {
    var o = ParseOptions()
    o.loadExternalDTD = true
    var p = PullParser(bytes: Array("<?xml version='1.0'?>\n<!DOCTYPE r SYSTEM 'no-such.dtd'>\n<r>&e;</r>".utf8), options: o)
    var events: [OwnedEvent] = []
    while true { let e = try p.next(); events.append(p.owned(e)); if e == .endDocument { break } }
    #expect(render(events) == "<?xml 1.0 - -?> <!DOCTYPE r - no-such.dtd> <r> &e;[ ] </r> EOF")
    #expect(p.warnings.map(\.code) == [.ioLoadError, .undeclaredEntityWarning])
    #expect(p.warnings.first?.position.line == 2)
    #expect(p.warnings.last?.position.line == 3)
  }

  /// libxml2 names a resource it could not load as resolved against the document's base, and
  /// reports a missing external subset just after the declaration's `>`.
  @Test func failedLoadNamesTheResolvedResource() throws {
    var o = ParseOptions()
    o.loadExternalDTD = true
    o.baseURI = "no-such-dir/doc.xml"
    var p = PullParser(bytes: Array("<!DOCTYPE r SYSTEM 'x.dtd'>\n<r/>".utf8), options: o)
    while try p.next() != .endDocument {}
    #expect(p.warnings.first?.message == "failed to load external entity \"no-such-dir/x.dtd\"")
    #expect(p.warnings.first?.position.column == 28)
  }

  @Test func mismatchNamesTheOpenTagLine() {
    do { _ = try tokenizeAll("<a>\n<b>\n</c>"); Issue.record("accepted") } catch {
      #expect(error.message == "Opening and ending tag mismatch: b line 2 and c")
    }
  }

  @Test func attributeEntityReferencesKeptUnlessSubstituted() throws {
    let doc = "<!DOCTYPE a [<!ENTITY e 'E'><!ENTITY f '&e;F'>]><a x='1&f;2&amp;3&e;' y='&#38;'/>"
    #expect(render(try tokenizeAll(doc)) == "<!DOCTYPE a - -> <a x=\"1EF2&3E\"{1|&f;|2&3|&e;} y=\"&\"> </a> EOF")
    var o = ParseOptions()
    o.substituteEntities = true
    #expect(render(try tokenizeAll(doc, options: o)) == "<!DOCTYPE a - -> <a x=\"1EF2&3E\" y=\"&\"> </a> EOF")
  }
}

/// Recover mode goes on after the errors libxml2 recovers from.
struct RecoverTests {
  @Test func mismatchedEndTagClosesTheOpenElement() throws {
    var o = ParseOptions()
    o.recover = true
    var p = PullParser(bytes: Array("<a><b><c></b>z</a>".utf8), options: o)
    var events: [OwnedEvent] = []
    do {
      while true { let e = try p.next(); events.append(p.owned(e)); if e == .endDocument { break } }
      Issue.record("unclosed root accepted")
    } catch {
      #expect(error.code == .tagNotFinished)
      #expect(error.message == "Premature end of data in tag a line 1")
    }
    #expect(render(events) == "<a> <b> <c> </c> \"z\" </b>")
    #expect(p.warnings.map(\.message) == ["Opening and ending tag mismatch: c line 1 and b", "Opening and ending tag mismatch: b line 1 and a"])
  }

  @Test func undeclaredEntityIsDropped() throws {
    var o = ParseOptions()
    o.recover = true
    #expect(render(try tokenizeAll("<a>&undef;y</a>", options: o)) == "<a> \"y\" </a> EOF")
    #expect(throws: XMLSyntaxError.self) { try tokenizeAll("<a>&undef;y</a>") }
  }
}
