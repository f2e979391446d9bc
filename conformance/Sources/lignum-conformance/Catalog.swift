import Lignum
import LignumKernel

/// One `<TEST>` element of the W3C XML Conformance Test Suite's catalogs.
///
/// Attribute meanings follow `xmlconf/testcases.dtd`; missing attributes take that DTD's defaults
/// (`ENTITIES="none"`, `RECOMMENDATION="XML1.0"`).
struct TestCase {
  enum Kind: String { case valid, invalid, notWellFormed = "not-wf", error }

  var id: String
  var kind: Kind
  /// `none`, `general`, `parameter` or `both`: which external entities the test needs read.
  var entities: String
  var recommendation: String
  /// `EDITION="1 2 3 4"`: the XML 1.0 editions the test applies to; `nil` when it applies to all.
  var editions: [String]?
  /// `VERSION="1.1"`: the XML versions the test applies to; `nil` when not stated.
  var versions: [String]?
  /// `NAMESPACE="no"`: parse with namespace processing off.
  var namespaces: Bool
  var sections: String
  /// The document's file path.
  var path: String
  /// The expected canonical output's file path (`OUTPUT`), if any.
  var outputPath: String?

  /// Why the test does not apply to an XML 1.0 (5th edition) + Namespaces 1.0 processor, or `nil`.
  var skipReason: String? {
    if recommendation == "XML1.1" || recommendation == "NS1.1" { return "recommendation \(recommendation)" }
    if let versions, !versions.contains("1.0") { return "XML version \(versions.joined(separator: " "))" }
    if let editions, !editions.contains("5") { return "editions \(editions.joined(separator: " ")) only" }
    return nil
  }

  /// The suite the test comes from: the first folder under `xmlconf/` (`xmltest`, `sun`, `ibm`…).
  func suite(relativeTo root: String) -> String {
    var rest = Substring(path)
    if rest.hasPrefix(root) { rest = rest.dropFirst(root.count) }
    while rest.hasPrefix("/") { rest = rest.dropFirst() }
    return String(rest.split(separator: "/").first ?? "?")
  }
}

/// A problem with the catalogs themselves (not with a test).
struct CatalogError: Error, CustomStringConvertible {
  var description: String
}

/// Reads the test catalogs with Lignum's own parser.
///
/// The master catalog `xmlconf.xml` pulls in its sub-catalogs as external general entities, so it
/// is parsed with `substituteEntities` on. A test's `URI` is resolved against its base URI: the
/// `xml:base` attributes of its ancestors, resolved in turn against the catalog file.
///
/// [XML Base §4.2](https://www.w3.org/TR/xmlbase/#granularity) says an element inside an external
/// entity takes the entity's URI as its base, not the `xml:base` of elements outside the entity.
/// Substituted entities leave no trace in the event stream, so the walk above cannot see that
/// boundary. It matters once: the 2013 master catalog wraps `eduni/misc/ht-bh.xml` in
/// `<TESTCASES xml:base="eduni/namespaces/misc/">`, a folder that does not exist. For a test
/// whose file is missing, ``CatalogReader`` therefore reads every external entity the master
/// catalog declares on its own (with the entity's URI as base) and takes the test's location
/// from there.
struct CatalogReader {
  let catalogPath: String
  private(set) var notes: [String] = []
  private var externalEntities: [(name: String, path: String)] = []
  private var locationsByEntity: [String: TestCase]?

  init(catalogPath: String) { self.catalogPath = catalogPath }

  mutating func read() throws -> [TestCase] {
    guard let bytes = FileIO.readFile(catalogPath) else {
      throw CatalogError(description: "cannot read the catalog \(catalogPath)")
    }
    var found = try Self.walk(bytes: bytes, base: catalogPath, captureEntities: true)
    externalEntities = found.entities
    var missing = 0
    for i in found.tests.indices where !FileIO.exists(found.tests[i].path) {
      let id = found.tests[i].id
      if let fixed = entityRelativeLocation(of: id) {
        found.tests[i].path = fixed.document
        found.tests[i].outputPath = fixed.output
        missing += 1
      }
    }
    if missing > 0 {
      notes.append("\(missing) tests located through their entity's own base URI (xml:base outside the entity ignored, XML Base §4.2)")
    }
    return found.tests
  }

  /// The test's document and output paths, found by reading each external entity of the master
  /// catalog as a catalog of its own.
  private mutating func entityRelativeLocation(of id: String) -> (document: String, output: String?)? {
    if locationsByEntity == nil {
      var map: [String: TestCase] = [:]
      for entity in externalEntities {
        // A one-line wrapper document: the parser reads the entity as in the master catalog, but
        // with no element outside it.
        let wrapper = "<!DOCTYPE w [<!ENTITY e SYSTEM \"\(entity.path)\">]><w>&e;</w>"
        guard let sub = try? Self.walk(bytes: Array(wrapper.utf8), base: entity.path, captureEntities: false)
        else { continue }
        for test in sub.tests where map[test.id] == nil { map[test.id] = test }
      }
      locationsByEntity = map
    }
    guard let test = locationsByEntity?[id], FileIO.exists(test.path) else { return nil }
    return (test.path, test.outputPath)
  }

  struct WalkResult {
    var tests: [TestCase] = []
    var entities: [(name: String, path: String)] = []
  }

  /// Every `TEST` of one catalog document, in document order.
  static func walk(bytes: [UInt8], base: String, captureEntities: Bool) throws -> WalkResult {
    var options = ParseOptions()
    options.substituteEntities = true
    options.baseURI = base
    var parser = PullParser(bytes: bytes, options: options)
    var result = WalkResult()
    // Base URI of each open element, innermost last.
    var bases: [String] = []
    var events = 0
    while true {
      let event: Event
      do { event = try parser.next() } catch {
        throw CatalogError(description: "\(base): catalog is not well-formed: \(error)")
      }
      events += 1
      if events > 10_000_000 { throw CatalogError(description: "\(base): parser does not reach the end") }
      switch event {
      case .doctype:
        guard captureEntities, let doctype = parser.doctype else { break }
        for (name, entity) in doctype.generalEntities.sorted(by: { $0.key < $1.key }) {
          guard let systemID = entity.systemID, !entity.isUnparsed else { continue }
          result.entities.append((name, URIResolution.resolve(systemID, against: entity.baseURI ?? base)))
        }
      case .startElement(let tag):
        var attributes: [String: String] = [:]
        for attribute in parser.attributes[tag.attributes] {
          attributes[parser.string(attribute.name.qualified)] = parser.string(attribute.value)
        }
        let parentBase = bases.last ?? base
        let elementBase = attributes["xml:base"].map { URIResolution.resolve($0, against: parentBase) } ?? parentBase
        bases.append(elementBase)
        if parser.string(tag.name.qualified) == "TEST" {
          let test = try testCase(attributes, base: elementBase)
          result.tests.append(test)
        }
      case .endElement:
        bases.removeLast()
      case .endDocument:
        return result
      default:
        break
      }
    }
  }

  static func testCase(_ attributes: [String: String], base: String) throws -> TestCase {
    guard let id = attributes["ID"] else { throw CatalogError(description: "a TEST without ID (base \(base))") }
    guard let uri = attributes["URI"] else { throw CatalogError(description: "\(id): TEST without URI") }
    guard let type = attributes["TYPE"], let kind = TestCase.Kind(rawValue: type) else {
      throw CatalogError(description: "\(id): unknown TYPE \(attributes["TYPE"] ?? "(none)")")
    }
    func tokens(_ name: String) -> [String]? {
      attributes[name].map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init) }
    }
    return TestCase(
      id: id, kind: kind, entities: attributes["ENTITIES"] ?? "none",
      recommendation: attributes["RECOMMENDATION"] ?? "XML1.0",
      editions: tokens("EDITION"), versions: tokens("VERSION"),
      namespaces: attributes["NAMESPACE"] != "no", sections: attributes["SECTIONS"] ?? "",
      path: URIResolution.resolve(uri, against: base),
      outputPath: attributes["OUTPUT"].map { URIResolution.resolve($0, against: base) })
  }
}

