import LignumKernel

/// OASIS XML Catalogs 1.1 (<https://www.oasis-open.org/committees/download.php/14809/xml-catalogs.html>):
/// maps public and system identifiers to local files, so documents that name a DTD by a
/// public identifier or a web address are served from disk, without the network.
///
/// Supported entries: `public`, `system`, `rewriteSystem`, `systemSuffix`, `delegatePublic`,
/// `delegateSystem`, `uri`, `rewriteURI`, `uriSuffix`, `nextCatalog`, and `group` with
/// `prefer` and `xml:base`. `urn:publicid:` identifiers are unwrapped (§6.4).
///
/// ```swift
/// let catalog = XMLCatalog(files: ["/etc/xml/catalog"])
/// catalog.resolve(publicID: "-//OASIS//DTD DocBook XML V4.5//EN", systemID: nil)
/// // "file:///usr/share/xml/docbook/schema/dtd/4.5/docbookx.dtd"
/// ```
/// Catalog files are read when the catalog is made, with the default ``ParseOptions`` (no
/// DTD or entity loading); at most ``maxCatalogFiles`` of them, each once.
public struct XMLCatalog: Sendable {
  /// A bound on catalog files read through `nextCatalog` and `delegate*` chains.
  public static let maxCatalogFiles = 256

  enum Entry: Sendable {
    case system(String, uri: String)
    case `public`(String, uri: String, preferPublic: Bool)
    case rewriteSystem(prefix: String, rewrite: String)
    case systemSuffix(String, uri: String)
    case delegateSystem(prefix: String, catalog: String)
    case delegatePublic(prefix: String, catalog: String, preferPublic: Bool)
    case uri(String, uri: String)
    case rewriteURI(prefix: String, rewrite: String)
    case uriSuffix(String, uri: String)
    case nextCatalog(String)
  }

  /// Entries by catalog file, in the order read.
  var files: [String: [Entry]] = [:]
  /// The catalog files to consult first, in order.
  public private(set) var roots: [String]
  /// Catalog files that could not be read or parsed, with the reason.
  public private(set) var problems: [String] = []

  /// Reads the catalog files `paths` (paths or `file:` URIs) and every catalog they chain to.
  public init(files paths: [String]) {
    roots = paths.map(Self.path)
    var pending = roots
    while let next = pending.first, files.count < Self.maxCatalogFiles {
      pending.removeFirst()
      guard files[next] == nil else { continue }
      let entries = load(next)
      files[next] = entries
      for entry in entries {
        switch entry {
        case .nextCatalog(let c), .delegateSystem(_, let c), .delegatePublic(_, let c, _): pending.append(c)
        default: break
        }
      }
    }
  }

  /// Splits `XML_CATALOG_FILES`: catalog paths or URIs separated by spaces.
  public static func parseFileList(_ value: String) -> [String] {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
  }

  static func path(_ uri: String) -> String { URIResolution.filePath(uri) }

  mutating func load(_ file: String) -> [Entry] {
    guard let bytes = FileIO.readFile(file) else {
      problems.append("\(file): cannot read file")
      return []
    }
    do {
      return try CatalogFileReader.entries(bytes, uri: file)
    } catch {
      problems.append("\(file): \(error)")
      return []
    }
  }

  /// The URI an external identifier maps to (OASIS §7.1), or `nil`.
  public func resolve(publicID: String?, systemID: String?) -> String? {
    var publicID = publicID.map(Self.normalizePublicID)
    var systemID = systemID
    if let s = systemID, let unwrapped = Self.unwrapURN(s) { systemID = nil; publicID = publicID ?? unwrapped }
    if let p = publicID, let unwrapped = Self.unwrapURN(p) { publicID = unwrapped }
    var visited: Set<String> = []
    for root in roots {
      if let found = resolve(in: root, publicID: publicID, systemID: systemID, visited: &visited) { return found }
    }
    return nil
  }

  func resolve(in file: String, publicID: String?, systemID: String?, visited: inout Set<String>) -> String? {
    guard visited.insert(file).inserted, let entries = files[file] else { return nil }
    if let systemID {
      for case .system(let id, let uri) in entries where id == systemID { return uri }
      if let (prefix, rewrite) = longest(entries.compactMap { e -> (String, String)? in
        if case .rewriteSystem(let p, let r) = e, systemID.hasPrefix(p) { return (p, r) } else { return nil }
      }) {
        return rewrite + systemID.dropFirst(prefix.count)
      }
      if let (_, uri) = longest(entries.compactMap { e -> (String, String)? in
        if case .systemSuffix(let s, let u) = e, systemID.hasSuffix(s) { return (s, u) } else { return nil }
      }) {
        return uri
      }
      let delegates = entries.compactMap { e -> (String, String)? in
        if case .delegateSystem(let p, let c) = e, systemID.hasPrefix(p) { return (p, c) } else { return nil }
      }
      if !delegates.isEmpty { return delegate(delegates, publicID: nil, systemID: systemID, visited: &visited) }
    }
    if let publicID {
      for case .public(let id, let uri, let preferPublic) in entries where id == publicID && (systemID == nil || preferPublic) {
        return uri
      }
      let delegates = entries.compactMap { e -> (String, String)? in
        if case .delegatePublic(let p, let c, let prefer) = e, publicID.hasPrefix(p), systemID == nil || prefer { return (p, c) }
        return nil
      }
      if !delegates.isEmpty { return delegate(delegates, publicID: publicID, systemID: nil, visited: &visited) }
    }
    for case .nextCatalog(let next) in entries {
      if let found = resolve(in: next, publicID: publicID, systemID: systemID, visited: &visited) { return found }
    }
    return nil
  }

  /// §7.1.2 step 4/6: only the delegated catalogs are consulted, longest prefix first.
  func delegate(_ delegates: [(String, String)], publicID: String?, systemID: String?, visited: inout Set<String>) -> String? {
    for (_, catalog) in delegates.sorted(by: { $0.0.count > $1.0.count }) {
      if let found = resolve(in: catalog, publicID: publicID, systemID: systemID, visited: &visited) { return found }
    }
    return nil
  }

  /// The URI a URI reference maps to (`uri`, `rewriteURI`, `uriSuffix` entries; §7.2), or `nil`.
  public func resolveURI(_ reference: String) -> String? {
    var visited: Set<String> = []
    var queue = roots
    while let file = queue.first {
      queue.removeFirst()
      guard visited.insert(file).inserted, let entries = files[file] else { continue }
      for case .uri(let name, let uri) in entries where name == reference { return uri }
      if let (prefix, rewrite) = longest(entries.compactMap { e -> (String, String)? in
        if case .rewriteURI(let p, let r) = e, reference.hasPrefix(p) { return (p, r) } else { return nil }
      }) {
        return rewrite + reference.dropFirst(prefix.count)
      }
      if let (_, uri) = longest(entries.compactMap { e -> (String, String)? in
        if case .uriSuffix(let s, let u) = e, reference.hasSuffix(s) { return (s, u) } else { return nil }
      }) {
        return uri
      }
      for case .nextCatalog(let next) in entries { queue.append(next) }
    }
    return nil
  }

  func longest(_ candidates: [(String, String)]) -> (String, String)? {
    candidates.max { $0.0.count < $1.0.count }
  }

  /// Public identifiers compare after white space is normalized (§6.2).
  static func normalizePublicID(_ id: String) -> String {
    id.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }

  /// `urn:publicid:` unwrapping (§6.4, RFC 3151).
  static func unwrapURN(_ id: String) -> String? {
    guard id.lowercased().hasPrefix("urn:publicid:") else { return nil }
    var out = ""
    var rest = Substring(id.dropFirst("urn:publicid:".count))
    let escapes: [(String, String)] = [("%2B", "+"), ("%3A", ":"), ("%2F", "/"), ("%3B", ";"), ("%27", "'"),
                                       ("%3F", "?"), ("%23", "#"), ("%25", "%")]
    while let c = rest.first {
      if c == "%", let (code, char) = escapes.first(where: { rest.uppercased().hasPrefix($0.0) }) {
        out += char
        rest = rest.dropFirst(code.count)
        continue
      }
      switch c {
      case "+": out += " "
      case ":": out += "//"
      case ";": out += "::"
      default: out.append(c)
      }
      rest = rest.dropFirst()
    }
    return out
  }
}

/// Loads through a catalog first: identifiers the catalog maps are read from the mapped URI,
/// the rest as `base` would read them (OASIS XML Catalogs; `xmllint --catalogs`).
public struct CatalogResolver: ResourceResolver {
  public var catalog: XMLCatalog
  /// Reads the mapped URIs and everything the catalog does not map.
  public var base: any ResourceResolver

  public init(catalog: XMLCatalog, base: any ResourceResolver = FileResolver()) {
    self.catalog = catalog
    self.base = base
  }

  public func resolve(systemID: String, publicID: String?, baseURI: String?) throws -> (uri: String, bytes: [UInt8]) {
    let absolute = URIResolution.resolve(systemID, against: baseURI)
    if let mapped = catalog.resolve(publicID: publicID, systemID: systemID)
        ?? (absolute != systemID ? catalog.resolve(publicID: nil, systemID: absolute) : nil) {
      return try base.resolve(systemID: mapped, publicID: publicID, baseURI: nil)
    }
    return try base.resolve(systemID: systemID, publicID: publicID, baseURI: baseURI)
  }
}
