import Testing
import Lignum

/// Validity constraints that depend on what the parser saw, not on the values it reports:
/// whether it normalized an attribute value, whether text came from a character reference, and
/// whether an entity reference it replaced left no event. Each is checked pulled and pushed a
/// byte at a time (see `validate`).
@Suite struct ParserFactsTests {
  static let externalIDs = "<!ATTLIST doc id ID #IMPLIED toks NMTOKENS #IMPLIED>"

  @Test func standaloneDocumentMayNotNeedExternalNormalization() throws {
    let files = ["ext.dtd": "<!ELEMENT doc EMPTY>" + Self.externalIDs]
    func errors(_ attributes: String) throws -> [ValidityError.Code] {
      try codes("<?xml version='1.0' standalone='yes'?><!DOCTYPE doc SYSTEM 'ext.dtd'><doc \(attributes)/>",
                options(files))
    }
    #expect(try errors("id=' a1 '") == [.notStandalone])
    #expect(try errors("toks='x  y'") == [.notStandalone])
    #expect(try errors("id='a1' toks='x y'") == [])
    // The same values are fine when the declaration is internal or the document not standalone.
    #expect(try codes("<?xml version='1.0' standalone='yes'?><!DOCTYPE doc [<!ELEMENT doc EMPTY>\(Self.externalIDs)]><doc id=' a1 '/>") == [])
    #expect(try codes("<!DOCTYPE doc SYSTEM 'ext.dtd'><doc id=' a1 '/>", options(files)) == [])
  }

  @Test func characterReferencesAreNotWhiteSpaceInElementContent() throws {
    let dtd = "<!DOCTYPE foo [<!ELEMENT foo (foo*)><!ENTITY space '&#38;#32;'><!ENTITY lit ' '>]>"
    #expect(try codes(dtd + "<foo><foo/> \n<foo/></foo>") == [])
    #expect(try codes(dtd + "<foo><foo/>&lit;<foo/></foo>") == [])
    #expect(try codes(dtd + "<foo><foo/>&#32;<foo/></foo>") == [.contentModel])
    #expect(try codes(dtd + "<foo><foo/> &#x9; <foo/></foo>") == [.contentModel])
    #expect(try codes(dtd + "<foo><foo/>&space;<foo/></foo>") == [.contentModel])
  }

  @Test func replacedEntityReferenceIsContentOfAnEmptyElement() throws {
    let dtd = "<!DOCTYPE foo [<!ELEMENT foo EMPTY><!ENTITY empty ''>]>"
    #expect(try codes(dtd + "<foo/>") == [])
    #expect(try codes(dtd + "<foo>&empty;</foo>") == [.notEmpty])
    var kept = options()
    kept.substituteEntities = false
    #expect(try codes(dtd + "<foo>&empty;</foo>", kept) == [.notEmpty])
  }
}

/// Regression for a FuzzValidation finding in CI: the tree validator did not pass the entity's
/// name for an entity reference node, so an unread external entity counted as text there while
/// the streaming validator left the content model unchecked.
@Suite struct UnreadExternalEntityTests {
  @Test func treeAndStreamAgreeOnAnUnreadExternalEntity() throws {
    let xml = "<!DOCTYPE doc [<!ELEMENT doc (root)><!ELEMENT root EMPTY><!ENTITY e SYSTEM 'missing.ent'>]><doc>&e;</doc>"
    var kept = ParseOptions()
    kept.substituteEntities = false
    let streamed = try validate(xml, kept)
    let tree = try Document(parsing: xml, options: kept).validate()
    #expect(streamed.isEmpty)
    #expect(tree.map(\.message) == streamed.map(\.message))
  }
}
