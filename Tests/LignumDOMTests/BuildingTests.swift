import Testing
@testable import LignumDOM
import Lignum

@Suite struct BuildingTests {
  @Test func buildsElementsAttributesAndText() throws {
    let doc = try parse("<a x='1' y=\"2\">hi<b/>there<!--c--><?p d?></a>")
    let root = try #require(doc.root)
    #expect(doc.name(of: root) == "a")
    #expect(doc.attributes(of: root).map { doc.name(of: $0)! } == ["x", "y"])
    #expect(doc.children(of: root).map { doc.kind(of: $0) } == [.text, .element, .text, .comment, .processingInstruction])
    #expect(doc.value(of: doc.children(of: root)[4]) == "d")
    #expect(doc.name(of: doc.children(of: root)[4]) == "p")
  }

  @Test func keepsXMLDeclarationAndDoctype() throws {
    let doc = try parse("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><!DOCTYPE a [<!ENTITY e 'v'>]><a/>")
    #expect(doc.xmlDeclaration?.encoding == "UTF-8")
    #expect(doc.xmlDeclaration?.standalone == true)
    #expect(doc.doctype?.name == "a")
    #expect(doc.children(of: .document).map { doc.kind(of: $0) } == [.documentType, .element])
  }

  @Test func mergesTextAroundCharacterReferencesAndCDATA() throws {
    let doc = try parse("<a>x&amp;y&#65;<![CDATA[1]]><![CDATA[2]]>z</a>")
    let kids = doc.children(of: doc.root!)
    #expect(kids.map { doc.kind(of: $0) } == [.text, .cdata, .text])
    #expect(doc.value(of: kids[0]) == "x&yA")
    #expect(doc.value(of: kids[1]) == "12")
  }

  @Test func entityReferenceNodesHoldTheirContent() throws {
    let doc = try parse("<!DOCTYPE a [<!ENTITY e 'v<b/>w'>]><a>1&e;2</a>")
    let kids = doc.children(of: doc.root!)
    #expect(kids.map { doc.kind(of: $0) } == [.text, .entityReference, .text])
    #expect(doc.name(of: kids[1]) == "e")
    #expect(doc.children(of: kids[1]).map { doc.kind(of: $0) } == [.text, .element, .text])
    #expect(doc.textContent(of: doc.root!) == "1vw2")
  }

  @Test func substitutedEntitiesMergeIntoSurroundingText() throws {
    let doc = try parse("<!DOCTYPE a [<!ENTITY e 'v'>]><a>1&e;2</a>") { $0.substituteEntities = true }
    let kids = doc.children(of: doc.root!)
    #expect(kids.count == 1)
    #expect(doc.value(of: kids[0]) == "1v2")
  }

  @Test func namespacesAreResolved() throws {
    let doc = try parse("<a xmlns='u:d' xmlns:p='u:p'><p:b p:x='1' y='2'/></a>")
    let root = doc.root!
    #expect(doc.namespaceURI(of: root) == "u:d")
    let b = doc.children(of: root)[0]
    #expect(doc.namespaceURI(of: b) == "u:p")
    #expect(doc.localName(of: b) == "b")
    #expect(doc.prefix(of: b) == "p")
    let attrs = doc.attributes(of: b)
    #expect(doc.namespaceURI(of: attrs[0]) == "u:p")
    #expect(doc.namespaceURI(of: attrs[1]) == nil)
    #expect(doc.namespaceDeclarations(of: root) == [NamespaceBinding(prefix: nil, uri: "u:d"), NamespaceBinding(prefix: "p", uri: "u:p")])
  }

  @Test func recoverKeepsTheTreeUpToTheError() {
    let result = Document.recovering(bytes: Array("<a><b>text</b><c></d></a>".utf8))
    #expect(result.error != nil)
    let doc = result.document!
    #expect(doc.name(of: doc.root!) == "a")
    #expect(doc.children(of: doc.root!).map { doc.name(of: $0) } == ["b", "c"])
  }

  /// libxml2's recovery: the mismatched end tag closes `b`, parsing goes on, and the blank the
  /// input ends with stays in `a` even when blanks are dropped (nothing follows it).
  @Test func recoverGoesOnAfterAMismatchedEndTag() throws {
    var options = ParseOptions()
    options.recover = true
    let result = Document.recovering(bytes: Array("<a><b></a>\n".utf8), options: options,
                                     build: BuildOptions(keepBlankText: false))
    #expect(result.error?.code == .tagNotFinished)
    let doc = try #require(result.document)
    #expect(doc.parseWarnings.map(\.code) == [.tagNameMismatch])
    #expect(doc.parseWarnings[0].isRecoveredFatalError)
    let children = doc.children(of: try #require(doc.root))
    #expect(children.count == 2 && doc.name(of: children[0]) == "b")
  }

  @Test func throwsOnMalformedInput() {
    #expect(throws: XMLSyntaxError.self) { try parse("<a><b></a>") }
  }

  @Test func pushParserFeedsTheBuilder() throws {
    let input = Array("<a x='1'><b>text</b><c/></a>".utf8)
    var parser = PushParser()
    var builder = TreeBuilder()
    for byte in input {
      parser.feed([byte])
      while let event = try parser.next() { try builder.handle(event, from: parser) }
    }
    parser.finish()
    while let event = try parser.next() {
      try builder.handle(event, from: parser)
      if event == .endDocument { break }
    }
    let doc = builder.document
    #expect(try serialize(doc) == "<?xml version=\"1.0\"?>\n<a x=\"1\"><b>text</b><c/></a>\n")
  }

  /// libxml2's `areBlanks()` with `xmlKeepBlanksDefault(0)`.
  @Test(arguments: [
    ("<a>\n <b/>\n</a>", ["b"]),
    ("<a> </a>", ["#text"]),
    ("<a>\n <b/> x <c/>\n</a>", ["b", "#text", "c", "#text"]),
    ("<a xml:space='preserve'> <b/> </a>", ["#text", "b", "#text"]),
    ("<!DOCTYPE a [<!ELEMENT a ANY>]><a> <b/> </a>", ["#text", "b", "#text"]),
    ("<!DOCTYPE a [<!ELEMENT a (b)*>]><a> <b/> </a>", ["b"]),
  ])
  func dropsIgnorableBlanks(_ input: String, _ expected: [String]) throws {
    let doc = try parse(input, keepBlankText: false)
    #expect(doc.children(of: doc.root!).map { doc.name(of: $0) ?? "#text" } == expected)
  }
}
