import Lignum
import Testing

@Suite struct DOMValidationTests {
  @Test func validatesATree() throws {
    let xml = """
      <!DOCTYPE note [<!ELEMENT note (to, from, body)><!ELEMENT to (#PCDATA)><!ELEMENT from (#PCDATA)>
      <!ELEMENT body (#PCDATA)><!ATTLIST note id ID #REQUIRED>]><note id="n"><to/><body/></note>
      """
    let document = try Document(parsing: xml)
    #expect(document.validate().map(\.message) == [
      "Element note content does not follow the DTD, expecting (to , from , body), got (to body)",
    ])
    let good = try Document(parsing: "<!DOCTYPE a [<!ELEMENT a (b*)><!ELEMENT b EMPTY>]><a><b/><b/></a>")
    #expect(good.validate().isEmpty)
  }

  @Test func validatesAgainstAnotherDTD() throws {
    let dtd = try DoctypeDeclaration(externalSubset: Array("<!ELEMENT a (b)><!ELEMENT b EMPTY>".utf8), uri: "x.dtd")
    let document = try Document(parsing: "<a><c/></a>")
    #expect(document.validate(against: CompiledDTD(dtd)).map(\.code) == [.unknownElement, .contentModel])
    #expect(document.validate().map(\.code) == [.noDTD])
  }

  /// FuzzValidation finding (`Fuzz/FailCases/validation-colon-id-without-namespaces.xml`): a
  /// tree parsed without namespaces is validated as the parse was, so an ID with a colon is a
  /// valid Name there and an invalid NCName only with namespaces.
  @Test func colonInIDFollowsTheNamespacesOption() throws {
    let xml = "<!DOCTYPE foo [<!ELEMENT foo ANY><!ATTLIST foo id ID #REQUIRED>]><foo id=\"a:b\"/>"
    var options = ParseOptions()
    options.namespaces = false
    let document = try Document(parsing: xml, options: options)
    #expect(document.validate(namespaces: false).isEmpty)
    #expect(document.validate().map(\.code) == [.attributeValue])
  }

  @Test func deepTreesDoNotOverflow() throws {
    let depth = 100_000
    var xml = "<!DOCTYPE a [<!ELEMENT a (a?)>]>"
    xml += String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
    var options = ParseOptions()
    options.huge = true
    let document = try Document(parsing: xml, options: options)
    #expect(document.validate().isEmpty)
  }

  @Test func streamingMemoryIsBoundedByDepth() throws {
    // Many siblings: the validator's open-element stack stays at depth 2 and stores nothing per child.
    var xml = "<!DOCTYPE a [<!ELEMENT a (b*)><!ELEMENT b (#PCDATA)>]><a>"
    xml += String(repeating: "<b>text</b>", count: 20_000) + "</a>"
    var parser = PullParser(bytes: Array(xml.utf8))
    var validator = Validator()
    var maxDepth = 0
    while true {
      let event = try parser.next()
      validator.validate(event, in: parser)
      maxDepth = max(maxDepth, validator.openElementCount)
      if event == .endDocument { break }
    }
    #expect(validator.isValid)
    #expect(maxDepth == 2)
  }
}
