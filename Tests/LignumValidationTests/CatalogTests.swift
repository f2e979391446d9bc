#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Lignum
import LignumKernel
import Testing

/// OASIS XML Catalogs and `--path` search directories.
@Suite struct CatalogTests {
  let root = "/tmp/lignum-catalog-tests-\(getpid())"

  func setUp() {
    _ = mkdir(root, 0o755)
    _ = mkdir(root + "/dtds", 0o755)
    _ = mkdir(root + "/more", 0o755)
    _ = FileIO.writeFile(root + "/dtds/note.dtd", Array("<!ELEMENT note (#PCDATA)>".utf8))
    _ = FileIO.writeFile(root + "/more/other.dtd", Array("<!ELEMENT other EMPTY>".utf8))
    _ = FileIO.writeFile(root + "/catalog.xml", Array("""
      <?xml version="1.0"?>
      <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog" prefer="public">
        <public publicId="-//Lignum//DTD Note 1.0//EN" uri="dtds/note.dtd"/>
        <system systemId="http://example.com/note.dtd" uri="dtds/note.dtd"/>
        <rewriteSystem systemIdStartString="http://example.com/dtds/" rewritePrefix="dtds/"/>
        <group xml:base="more/">
          <systemSuffix systemIdSuffix="/other.dtd" uri="other.dtd"/>
        </group>
        <nextCatalog catalog="next.xml"/>
      </catalog>
      """.utf8))
    _ = FileIO.writeFile(root + "/next.xml", Array("""
      <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
        <public publicId="-//Lignum//DTD Other//EN" uri="more/other.dtd"/>
        <uri name="http://example.com/style.xsl" uri="style.xsl"/>
      </catalog>
      """.utf8))
  }

  @Test func resolvesEntries() {
    setUp()
    let catalog = XMLCatalog(files: [root + "/catalog.xml"])
    #expect(catalog.problems.isEmpty)
    #expect(catalog.resolve(publicID: "-//Lignum//DTD  Note 1.0//EN", systemID: nil) == root + "/dtds/note.dtd")
    #expect(catalog.resolve(publicID: nil, systemID: "http://example.com/note.dtd") == root + "/dtds/note.dtd")
    #expect(catalog.resolve(publicID: nil, systemID: "http://example.com/dtds/x/y.dtd") == root + "/dtds/x/y.dtd")
    #expect(catalog.resolve(publicID: nil, systemID: "http://elsewhere.org/a/other.dtd") == root + "/more/other.dtd")
    #expect(catalog.resolve(publicID: "-//Lignum//DTD Other//EN", systemID: nil) == root + "/more/other.dtd")
    #expect(catalog.resolve(publicID: "urn:publicid:-:Lignum:DTD+Other:EN", systemID: nil) == root + "/more/other.dtd")
    #expect(catalog.resolveURI("http://example.com/style.xsl") == root + "/style.xsl")
    #expect(catalog.resolve(publicID: "-//Nobody//EN", systemID: "http://example.com/unknown.dtd") == nil)
  }

  @Test func documentsResolveTheirDTDWithoutTheNetwork() throws {
    setUp()
    var options = ParseOptions()
    options.loadExternalDTD = true
    options.resolver = CatalogResolver(catalog: XMLCatalog(files: ["file://" + root + "/catalog.xml"]))
    let xml = """
      <!DOCTYPE note PUBLIC "-//Lignum//DTD Note 1.0//EN" "http://example.com/unreachable/note.dtd"><note>hi</note>
      """
    #expect(try validate(xml, options).isEmpty)
    var without = options
    without.resolver = FileResolver()
    #expect(try codes(xml, without) == [.noDTD])
  }

  @Test func missingCatalogsAreReportedNotFatal() {
    let catalog = XMLCatalog(files: ["/nonexistent/catalog.xml"])
    #expect(catalog.problems.count == 1)
    #expect(catalog.resolve(publicID: "x", systemID: "y") == nil)
  }

  @Test func searchPathsFindTheLastSegment() throws {
    setUp()
    var options = ParseOptions()
    options.loadExternalDTD = true
    options.resolver = SearchPathResolver(paths: SearchPathResolver.parsePathList(root + "/more " + root + "/dtds"))
    #expect(try validate("<!DOCTYPE note SYSTEM \"nowhere/note.dtd\"><note/>", options).isEmpty)
    // Only the last segment is looked up: `..` cannot climb out of the directories.
    #expect(throws: ResourceError.self) {
      try SearchPathResolver(paths: [root + "/dtds"]).resolve(systemID: "../catalog.xml/..", publicID: nil, baseURI: nil)
    }
  }
}
