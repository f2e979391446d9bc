import Lignum
import Testing

@Suite struct AttributeTests {
  static let dtd = """
    <!DOCTYPE r [
    <!ELEMENT r ANY>
    <!ELEMENT e ANY>
    <!ATTLIST e id ID #IMPLIED ref IDREF #IMPLIED refs IDREFS #IMPLIED tok NMTOKEN #IMPLIED toks NMTOKENS #IMPLIED
                kind (a|b) "a" fx CDATA #FIXED "x" req CDATA #REQUIRED ent ENTITY #IMPLIED ents ENTITIES #IMPLIED
                note NOTATION (gif) #IMPLIED>
    <!NOTATION gif SYSTEM "gif">
    <!ENTITY pic SYSTEM "pic.gif" NDATA gif>
    <!ENTITY txt "text">
    ]>
    """

  @Test func validAttributes() throws {
    let body = """
      <r><e id="e1" ref="e2" refs=" e1  e2 " tok="1.x" toks="a b" kind="b" fx="x" req="" ent="pic" ents="pic pic" note="gif"/>\
      <e id="e2" req="y"/></r>
      """
    #expect(try validate(Self.dtd + body).isEmpty)
  }

  @Test(arguments: [
    (#"<e req="" id="1x"/>"#, ValidityError.Code.attributeValue, "Syntax of value for attribute id of e is not valid"),
    (#"<e req="" tok="a b"/>"#, .attributeValue, "Syntax of value for attribute tok of e is not valid"),
    (#"<e req="" kind="c"/>"#, .attributeValue, "Value \"c\" for attribute kind of e is not among the enumerated set"),
    (#"<e req="" ent="txt"/>"#, .entityType, "ENTITY attribute ent reference an entity \"txt\" of wrong type"),
    (#"<e req="" ents="pic nope"/>"#, .unknownEntity, "ENTITIES attribute ents reference an unknown entity \"nope\""),
    (#"<e req="" note="png"/>"#, .notationValue, "Value \"png\" for attribute note of e is not among the enumerated notations"),
    (#"<e req="" other="1"/>"#, .unknownAttribute, "No declaration for attribute other of element e"),
    (#"<e/>"#, .missingAttribute, "Element e does not carry attribute req"),
    (#"<e req="" ref="nowhere"/>"#, .unknownID, "IDREF attribute ref references an unknown ID \"nowhere\""),
    (#"<e req="" refs="a b"/>"#, .unknownID, "IDREFS attribute refs references an unknown ID \"a\""),
  ])
  func invalidValue(_ element: String, _ code: ValidityError.Code, _ message: String) throws {
    let errors = try validate(Self.dtd + "<r>\(element)</r>")
    #expect(errors.first?.code == code, "\(errors)")
    #expect(errors.first?.message == message)
  }

  @Test func fixedValueMustMatch() throws {
    #expect(try messages(Self.dtd + #"<r><e req="" fx="y"/></r>"#) == [
      "Value for attribute fx of e is different from default \"x\"",
      "Value for attribute fx of e must be \"x\"",
    ])
  }

  @Test func idsAreUniqueAndReferencesResolveAtTheEnd() throws {
    #expect(try messages(Self.dtd + #"<r><e req="" id="a"/><e req="" id="a"/></r>"#) == ["ID a already defined"])
    // A forward reference is fine: IDREFs are checked at the end of the document.
    #expect(try validate(Self.dtd + #"<r><e req="" ref="later"/><e req="" id="later"/></r>"#).isEmpty)
  }

  @Test func namespaceValidityForbidsColonsInIDs() throws {
    let dtd = "<!DOCTYPE r [<!ELEMENT r EMPTY><!ATTLIST r id ID #IMPLIED>]>"
    #expect(try codes(dtd + #"<r id="a:b"/>"#) == [.attributeValue])
    var noNamespaces = options()
    noNamespaces.namespaces = false
    #expect(try validate(dtd + #"<r id="a:b"/>"#, noNamespaces).isEmpty)
  }

  @Test func declarationLevelConstraints() throws {
    let dtd = """
      <!DOCTYPE r [
      <!ELEMENT r EMPTY>
      <!ATTLIST r a ID #IMPLIED b ID #IMPLIED c ID "x" e (x|y|x) "z" n NOTATION (q) #IMPLIED t NMTOKEN "a b">
      ]>
      """
    let errors = try validate(dtd + "<r/>")
    #expect(Set(errors.map(\.code)) == [.multipleID, .idFixed, .duplicateToken, .attributeDefault, .emptyNotation, .unknownNotation])
    // libxml2's two messages for a second ID attribute, its spelling included.
    #expect(errors.map(\.message).contains("Element r has too may ID attributes defined : b"))
    #expect(errors.map(\.message).contains("Element r has 2 ID attribute defined in the internal subset : b"))
    #expect(errors.map(\.message).contains("ID attribute c of r is not valid must be #IMPLIED or #REQUIRED"))
    #expect(errors.map(\.message).contains("standalone: attribute enumeration value token x duplicated"))
    #expect(errors.map(\.message).contains("Default value \"z\" for attribute e of r is not among the enumerated set"))
    #expect(errors.map(\.message).contains("NOTATION attribute n declared for EMPTY element r"))
    // libxml2 names the element first in this one.
    #expect(errors.map(\.message).contains("Attribute r of t: invalid default value"))
  }

  @Test func unparsedEntityNotationMustBeDeclared() throws {
    let errors = try validate("<!DOCTYPE r [<!ELEMENT r EMPTY><!ENTITY u SYSTEM \"u\" NDATA nope>]><r/>")
    #expect(errors.map(\.message) == ["NOTATION nope is not declared"])
  }
}
