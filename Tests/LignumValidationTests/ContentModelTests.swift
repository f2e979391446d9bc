import Lignum
@testable import LignumValidation
import Testing

@Suite struct ContentModelTests {
  static let note = """
    <!DOCTYPE note [
    <!ELEMENT note (to, from, body)>
    <!ELEMENT to (#PCDATA)> <!ELEMENT from (#PCDATA)> <!ELEMENT body (#PCDATA)>
    ]>
    """

  @Test func sequenceMatchesAndReportsLikeLibxml2() throws {
    #expect(try validate(Self.note + "<note><to/><from/><body/></note>").isEmpty)
    let errors = try validate(Self.note + "<note>\n<to>x</to>\n<body/></note>")
    #expect(errors.map(\.message) == [
      "Element note content does not follow the DTD, expecting (to , from , body), got (to body)",
    ])
    // A child followed by any node, white space included, is listed with a space after it.
    #expect(try messages(Self.note + "<note><to/> <body/>\n</note>") == [
      "Element note content does not follow the DTD, expecting (to , from , body), got (to body )",
    ])
    #expect(try messages(Self.note + "<note></note>") == [
      "Element note content does not follow the DTD, expecting (to , from , body), got ",
    ])
    #expect(errors.first?.code == .contentModel)
    #expect(errors.first?.element == "note")
    #expect(errors.first?.position.line == 6)
  }

  @Test(arguments: [
    ("(a?, b*, c+)", "<r><c/></r>", true),
    ("(a?, b*, c+)", "<r><a/><b/><b/><c/><c/></r>", true),
    ("(a?, b*, c+)", "<r><a/><a/><c/></r>", false),
    ("(a?, b*, c+)", "<r><b/></r>", false),
    ("(a | b)*", "<r/>", true),
    ("(a | b)*", "<r><b/><a/><b/></r>", true),
    ("(a | b)", "<r><a/><b/></r>", false),
    ("((a, b) | c)+", "<r><c/><a/><b/></r>", true),
    ("((a, b) | c)+", "<r><a/><c/></r>", false),
    ("(a, (b | c)?, a*)", "<r><a/><a/></r>", true),
  ])
  func childrenModels(_ model: String, _ body: String, _ valid: Bool) throws {
    let dtd = "<!DOCTYPE r [<!ELEMENT r \(model)><!ELEMENT a EMPTY><!ELEMENT b EMPTY><!ELEMENT c EMPTY>]>"
    let errors = try validate(dtd + body)
    #expect(errors.isEmpty == valid, "\(model) on \(body): \(errors)")
  }

  @Test func textAndCDATAInElementContent() throws {
    let dtd = "<!DOCTYPE r [<!ELEMENT r (a)><!ELEMENT a EMPTY>]>"
    #expect(try validate(dtd + "<r>\n  <a/>  <!-- c --> <?pi x?>\n</r>").isEmpty)
    #expect(try messages(dtd + "<r>x<a/></r>") == [
      "Element r content does not follow the DTD, expecting (a), got (CDATA a)",
    ])
    #expect(try codes(dtd + "<r><![CDATA[ ]]><a/></r>") == [.contentModel])
  }

  @Test func emptyAnyAndMixed() throws {
    let dtd = """
      <!DOCTYPE r [<!ELEMENT r ANY><!ELEMENT e EMPTY><!ELEMENT p (#PCDATA)><!ELEMENT m (#PCDATA | e)*>]>
      """
    #expect(try validate(dtd + "<r>t<e/><p>x</p><m>a<e/>b</m></r>").isEmpty)
    #expect(try messages(dtd + "<r><e> </e></r>") == ["Element e was declared EMPTY this one has content"])
    #expect(try codes(dtd + "<r><e><!--c--></e></r>") == [.notEmpty])
    #expect(try messages(dtd + "<r><p><e/></p></r>") == ["Element p was declared #PCDATA but contains non text nodes"])
    #expect(try messages(dtd + "<r><m><p/></m></r>") == ["Element p is not declared in m list of possible children"])
  }

  @Test func libxml2ModelSpelling() throws {
    let cases = [("(a+)", "(a)+"), ("((a), a?)", "(a , a?)"), ("(a, ((a)))?", "(a , a)?"),
                 ("(a, (b | c)*, (a, b))", "(a , (b | c)* , a , b)"), ("((a, b) | c)", "((a , b) | c)")]
    for (model, spelled) in cases {
      let dtd = "<!DOCTYPE r [<!ELEMENT r \(model)><!ELEMENT a EMPTY><!ELEMENT b EMPTY><!ELEMENT c EMPTY>]>"
      #expect(try messages(dtd + "<r><c/><c/><c/></r>") == [
        "Element r content does not follow the DTD, expecting \(spelled), got (c c c)",
      ])
    }
  }

  @Test func entityReferencesInContent() throws {
    var keepReferences = options()
    keepReferences.substituteEntities = false
    let dtd = "<!DOCTYPE r [<!ELEMENT r (e)><!ELEMENT e EMPTY><!ENTITY nothing ''><!ENTITY ext SYSTEM 'x.ent'>]>"
    // A reference in EMPTY content is content, even when the entity is empty (XML 1.0 errata E15).
    #expect(try codes(dtd + "<r><e>&nothing;</e></r>", keepReferences) == [.notEmpty])
    // libxml2 lists a reference as CDATA; its content is checked in place.
    #expect(try messages(dtd + "<r>&nothing;</r>", keepReferences) == [
      "Element r content does not follow the DTD, expecting (e), got (CDATA)",
    ])
    #expect(try validate(dtd + "<r>&nothing;<e/></r>", keepReferences).isEmpty)
    // An external entity that was not read: its content is unknown, so the model is not checked.
    #expect(try validate(dtd + "<r>&ext;</r>", keepReferences).isEmpty)
  }

  @Test func undeclaredElement() throws {
    let errors = try validate("<!DOCTYPE r [<!ELEMENT r ANY>]><r><x/></r>")
    #expect(errors.map(\.message) == ["No declaration for element x"])
    #expect(errors.first?.code == .unknownElement)
  }

  @Test func nonDeterministicModelIsReported() throws {
    let errors = try validate("<!DOCTYPE r [<!ELEMENT r ((a,b)|(a,c))><!ELEMENT a EMPTY><!ELEMENT b EMPTY><!ELEMENT c EMPTY>]><r><a/><c/></r>")
    #expect(errors.map(\.message) == ["Content model of r is not determinist: ((a , b) | (a , c))"])
    #expect(errors.first?.code == .contentNotDeterministic)
  }

  @Test func deterministicModelsAreNotReported() throws {
    for model in ["(a, b?, a)", "(a*, b)", "((a | b)*, c)", "(a, (b, a)*)"] {
      let dtd = "<!DOCTYPE r [<!ELEMENT r \(model)><!ELEMENT a EMPTY><!ELEMENT b EMPTY><!ELEMENT c EMPTY>]>"
      let errors = try validate(dtd + "<r/>")
      #expect(!errors.contains { $0.code == .contentNotDeterministic }, "\(model)")
    }
  }

  @Test func rootElementType() throws {
    #expect(try messages("<!DOCTYPE a [<!ELEMENT a ANY><!ELEMENT b ANY>]><b/>") == [
      "root and DTD name do not match 'b' and 'a'",
    ])
    #expect(try codes("<r/>") == [.noDTD])
  }
}

@Suite struct ContentModelLimitTests {
  /// A wide model of optional names has a quadratic follow relation; past the DTD's budget the
  /// model is refused (reported as too complex and left unchecked) instead of exhausting memory.
  @Test func hugeModelsAreRefusedNotExpanded() {
    let particle = ContentParticle.sequence((0..<200).map { .name("e\($0)", .optional) }, .once)
    var budget = 5_000
    let automaton = ContentAutomaton(particle, budget: &budget) { _ in 0 }
    #expect(automaton.isTooComplex)
    #expect(budget == 0)
    var roomy = ContentAutomaton.maxFollowEntriesPerDTD
    #expect(!ContentAutomaton(particle, budget: &roomy) { _ in 0 }.isTooComplex)
  }
}
