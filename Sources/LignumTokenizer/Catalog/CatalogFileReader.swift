/// Reads one OASIS catalog file into ``XMLCatalog`` entries.
///
/// Elements outside the catalog namespace are skipped with their content (§6.1). `xml:base`
/// on any element changes the base of the entries inside it; `prefer` on `catalog` and
/// `group` says whether `public` entries apply when a system identifier is also given.
enum CatalogFileReader {
  static let namespace = "urn:oasis:names:tc:entity:xmlns:xml:catalog"

  struct Scope {
    var base: String
    var preferPublic: Bool
    /// Inside a foreign element: everything is skipped.
    var foreign: Bool
  }

  static func entries(_ bytes: [UInt8], uri: String) throws(XMLSyntaxError) -> [XMLCatalog.Entry] {
    var options = ParseOptions()
    options.baseURI = uri
    var parser = PullParser(bytes: bytes, options: options)
    var entries: [XMLCatalog.Entry] = []
    var scopes = [Scope(base: uri, preferPublic: true, foreign: false)]
    while true {
      let event = try parser.next()
      switch event {
      case .startElement(let tag):
        var attributes: [String: String] = [:]
        for a in parser.attributes[tag.attributes] { attributes[parser.string(a.name.qualified)] = parser.string(a.value) }
        var scope = scopes[scopes.count - 1]
        let uri = tag.name.namespaceURI.map(parser.string)
        if uri != namespace { scope.foreign = true }
        if let base = attributes["xml:base"] { scope.base = URIResolution.resolve(base, against: scope.base) }
        if let prefer = attributes["prefer"] { scope.preferPublic = prefer != "system" }
        scopes.append(scope)
        if !scope.foreign, let entry = entry(parser.string(tag.name.local), attributes, scope) { entries.append(entry) }
      case .endElement:
        if scopes.count > 1 { scopes.removeLast() }
      case .endDocument:
        return entries
      default:
        break
      }
    }
  }

  static func entry(_ name: String, _ a: [String: String], _ scope: Scope) -> XMLCatalog.Entry? {
    func uri(_ key: String) -> String? { a[key].map { URIResolution.resolve($0, against: scope.base) } }
    switch name {
    case "system":
      guard let id = a["systemId"], let u = uri("uri") else { return nil }
      return .system(id, uri: u)
    case "public":
      guard let id = a["publicId"], let u = uri("uri") else { return nil }
      return .public(XMLCatalog.normalizePublicID(id), uri: u, preferPublic: scope.preferPublic)
    case "rewriteSystem":
      guard let p = a["systemIdStartString"], let r = uri("rewritePrefix") else { return nil }
      return .rewriteSystem(prefix: p, rewrite: r)
    case "systemSuffix":
      guard let s = a["systemIdSuffix"], let u = uri("uri") else { return nil }
      return .systemSuffix(s, uri: u)
    case "delegateSystem":
      guard let p = a["systemIdStartString"], let c = uri("catalog") else { return nil }
      return .delegateSystem(prefix: p, catalog: XMLCatalog.path(c))
    case "delegatePublic":
      guard let p = a["publicIdStartString"], let c = uri("catalog") else { return nil }
      return .delegatePublic(prefix: XMLCatalog.normalizePublicID(p), catalog: XMLCatalog.path(c), preferPublic: scope.preferPublic)
    case "uri":
      guard let n = a["name"], let u = uri("uri") else { return nil }
      return .uri(n, uri: u)
    case "rewriteURI":
      guard let p = a["uriStartString"], let r = uri("rewritePrefix") else { return nil }
      return .rewriteURI(prefix: p, rewrite: r)
    case "uriSuffix":
      guard let s = a["uriSuffix"], let u = uri("uri") else { return nil }
      return .uriSuffix(s, uri: u)
    case "nextCatalog":
      guard let c = uri("catalog") else { return nil }
      return .nextCatalog(XMLCatalog.path(c))
    default:
      return nil
    }
  }
}
