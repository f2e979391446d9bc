import LignumTokenizer

/// A resolver that never touches the file system: it serves a few fixed resources by the last
/// path segment of the system identifier, plus parts of the input itself, and refuses the rest.
///
/// | name | content |
/// |---|---|
/// | `a.dtd` | element and attribute-list declarations with defaults, general and parameter entities |
/// | `b.dtd` | a text declaration, a conditional section and a reference to `p.ent` |
/// | `p.ent` | markup declarations (a parameter entity's replacement) |
/// | `e.ent` | an external parsed entity with a text declaration, markup and a reference |
/// | `u16.ent` | an external parsed entity in UTF-16LE with a BOM |
/// | `self.xml` | the document being parsed (recursion must be caught) |
/// | `tail.ent` | the second half of the document |
public struct InMemoryResolver: ResourceResolver {
  public var document: [UInt8]

  public init(document: [UInt8]) { self.document = document }

  static let fixed: [String: [UInt8]] = [
    "a.dtd": Array("""
      <!ELEMENT doc ANY>
      <!ATTLIST doc a CDATA "dflt" t (x|y|z) 'y' id ID #IMPLIED n NMTOKENS " n1  n2 " xmlns:q CDATA #FIXED "urn:q">
      <!ATTLIST e q:b CDATA "qb" xml:lang CDATA "en">
      <!ENTITY e "ext-dtd &#38;amp; <e/>">
      <!ENTITY % pe "<!ENTITY f 'from pe'>">
      %pe;
      <!ENTITY ext SYSTEM "e.ent">
      <!NOTATION n SYSTEM "n">
      <!ENTITY u SYSTEM "u.bin" NDATA n>
      """.utf8),
    "b.dtd": Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <!ENTITY % decls SYSTEM "p.ent">
      <![INCLUDE[ %decls; ]]>
      <![IGNORE[ <!ELEMENT ignored ANY> ]]>
      <!ATTLIST doc b CDATA #FIXED "fixed">
      """.utf8),
    "p.ent": Array("<!ENTITY g \"from p.ent\"><!ELEMENT e (#PCDATA|e)*><!ATTLIST e k CDATA 'kv'>".utf8),
    "e.ent": Array("<?xml version='1.0' encoding='UTF-8'?><e k='1'>external &amp; &#x20AC;</e>tail".utf8),
    "u16.ent": [0xFF, 0xFE] + "<e>\u{00E9}\u{4E2D}</e>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
  ]

  public func resolve(systemID: String, publicID: String?, baseURI: String?) throws -> (uri: String, bytes: [UInt8]) {
    let name = systemID.split(separator: "/").last.map(String.init) ?? systemID
    let uri = "mem:/fuzz/" + name
    switch name {
    case "self.xml": return (uri, document)
    case "tail.ent": return (uri, Array(document[(document.count / 2)...]))
    default:
      guard let bytes = Self.fixed[name] else {
        throw ResourceError(uri: uri, reason: "not one of the fuzzer's in-memory resources")
      }
      return (uri, bytes)
    }
  }
}
