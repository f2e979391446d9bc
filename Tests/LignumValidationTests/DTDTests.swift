import Lignum
import Testing

@Suite struct DTDTests {
  @Test func uniqueElementTypeDeclaration() throws {
    let errors = try validate("<!DOCTYPE r [<!ELEMENT r EMPTY><!ELEMENT r ANY>]><r/>")
    #expect(errors.map(\.message) == ["Redefinition of element r"])
    #expect(errors.first?.code == .elementRedefined)
  }

  @Test func mixedContentWithoutDuplicates() throws {
    #expect(try messages("<!DOCTYPE r [<!ELEMENT r (#PCDATA|a|a)*><!ELEMENT a EMPTY>]><r/>") == [
      "Definition of r has duplicate references of a",
    ])
  }

  @Test func properGroupPENesting() throws {
    let files = ["r.dtd": "<!ENTITY % open \"(a\"><!ELEMENT r %open;)><!ELEMENT a EMPTY>"]
    let errors = try validate("<!DOCTYPE r SYSTEM \"r.dtd\"><r><a/></r>", options(files))
    #expect(errors.map(\.message) == ["Element content declaration doesn't start and stop in the same entity"])
    #expect(errors.first?.code == .entityBoundary)
  }

  @Test func properDeclarationPENesting() throws {
    let files = ["r.dtd": "<!ENTITY % end \"EMPTY>\"><!ELEMENT r %end;"]
    let errors = try validate("<!DOCTYPE r SYSTEM \"r.dtd\"><r/>", options(files))
    #expect(errors.map(\.message) == ["Element declaration doesn't start and stop in the same entity"])
  }

  @Test func properConditionalSectionPENesting() throws {
    let files = ["r.dtd": "<!ENTITY % e \"INCLUDE[\"><!ELEMENT r EMPTY><![ %e; <!ATTLIST r a CDATA #IMPLIED> ]]>"]
    let errors = try validate("<!DOCTYPE r SYSTEM \"r.dtd\"><r/>", options(files))
    #expect(errors.map(\.message) == ["All markup of the conditional section is not in the same entity"])
  }

  @Test func wellNestedParameterEntitiesAreFine() throws {
    let files = ["r.dtd": "<!ENTITY % model \"(a)\"><!ELEMENT r %model;><!ELEMENT a EMPTY>"]
    #expect(try validate("<!DOCTYPE r SYSTEM \"r.dtd\"><r><a/></r>", options(files)).isEmpty)
  }

  @Test func undeclaredEntitiesAreValidityErrors() throws {
    let files = ["r.dtd": "<!ELEMENT r ANY>"]
    let errors = try validate("<!DOCTYPE r SYSTEM \"r.dtd\"><r>&nope;</r>", options(files))
    #expect(errors.map(\.code) == [.undeclaredEntity])
    #expect(errors.first?.message == "Entity 'nope' not defined")
    let pe = try validate("<!DOCTYPE r SYSTEM \"r.dtd\" [%nope;]><r/>", options(files))
    #expect(pe.map(\.message) == ["PEReference: %nope; not found"])
  }

  @Test func standaloneDocumentDeclaration() throws {
    let files = ["s.dtd": "<!ELEMENT r (a*)><!ELEMENT a EMPTY><!ATTLIST a x CDATA \"d\">"]
    let head = "<?xml version='1.0' standalone='yes'?><!DOCTYPE r SYSTEM \"s.dtd\">"
    let errors = try validate(head + "<r>\n<a/></r>", options(files))
    // As libxml2: the default at the start tag, the white space at the end of its element.
    #expect(errors.map(\.code) == [.standaloneDefaulted, .standaloneWhiteSpace])
    #expect(errors.map(\.message) == [
      "standalone: attribute x on a defaulted from external subset",
      "standalone: r declared in the external subset contains white spaces nodes",
    ])
    #expect(try validate(head + "<r><a x='1'/></r>", options(files)).isEmpty)
    let notStandalone = "<?xml version='1.0' standalone='no'?><!DOCTYPE r SYSTEM \"s.dtd\">"
    #expect(try validate(notStandalone + "<r>\n<a/></r>", options(files)).isEmpty)
  }

  @Test func externalSubsetOnItsOwn() throws {
    let dtd = try DoctypeDeclaration(externalSubset: Array("<!ELEMENT a (b)><!ELEMENT b EMPTY>".utf8), uri: "a.dtd")
    #expect(dtd.elements.keys.sorted() == ["a", "b"])
    var parser = PullParser(bytes: Array("<a><b/><b/></a>".utf8))
    var validator = Validator(dtd: CompiledDTD(dtd))
    while true {
      let event = try parser.next()
      validator.validate(event, in: parser)
      if event == .endDocument { break }
    }
    #expect(validator.errors.map(\.message) == [
      "Element a content does not follow the DTD, expecting (b), got (b b)",
    ])
    #expect(throws: XMLSyntaxError.self) {
      try DoctypeDeclaration(externalSubset: Array("<!ELEMENT a".utf8), uri: "bad.dtd")
    }
  }
}
