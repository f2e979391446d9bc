import LignumKernel

/// Loads the external resources a document refers to: the external DTD subset and external
/// entities. Every external load goes through one resolver.
///
/// Lignum never opens a network connection itself. Install your own resolver to serve
/// resources from memory, a catalog or (at your own risk) the network.
public protocol ResourceResolver: Sendable {
  /// Returns the bytes of the resource, or throws.
  /// - Parameters:
  ///   - systemID: the system identifier as written.
  ///   - publicID: the public identifier, if any.
  ///   - baseURI: the base URI of the entity containing the reference.
  /// - Returns: the resolved URI (used as the base of the resource's own references) and its bytes.
  func resolve(systemID: String, publicID: String?, baseURI: String?) throws -> (uri: String, bytes: [UInt8])
}

/// The error a resolver throws when it will not or cannot load a resource.
public struct ResourceError: Error, Hashable, Sendable, CustomStringConvertible {
  public var uri: String
  public var reason: String
  public init(uri: String, reason: String) { self.uri = uri; self.reason = reason }
  public var description: String { "failed to load external entity \"\(uri)\": \(reason)" }
}

/// The default resolver: local files only, resolved against the referencing entity's base URI.
/// `http:`, `https:` and `ftp:` identifiers are refused.
public struct FileResolver: ResourceResolver {
  /// When set, files outside this directory are refused.
  public var allowedRoot: String?
  public init(allowedRoot: String? = nil) { self.allowedRoot = allowedRoot }

  public func resolve(systemID: String, publicID: String?, baseURI: String?) throws -> (uri: String, bytes: [UInt8]) {
    let path = URIResolution.resolve(systemID, against: baseURI)
    if URIResolution.hasNetworkScheme(path) {
      throw ResourceError(uri: path, reason: "network access is disabled")
    }
    let filePath = URIResolution.filePath(path)
    if let root = allowedRoot, !filePath.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
      throw ResourceError(uri: path, reason: "outside the allowed root \(root)")
    }
    guard let bytes = FileIO.readFile(filePath) else {
      throw ResourceError(uri: path, reason: "cannot read file")
    }
    return (path, bytes)
  }
}

/// Resolving relative references (RFC 3986 §5.2, enough for file paths and file: URIs).
public enum URIResolution {
  /// `reference` resolved against `base` (the URI of the referencing entity).
  public static func resolve(_ reference: String, against base: String?) -> String {
    if reference.hasPrefix("/") || hasScheme(reference) { return reference }
    guard let base, !base.isEmpty else { return reference }
    guard let slash = base.lastIndex(of: "/") else { return reference }
    return removeDotSegments(String(base[...slash]) + reference)
  }

  static func hasScheme(_ s: String) -> Bool {
    guard let colon = s.firstIndex(of: ":") else { return false }
    let scheme = s[..<colon]
    guard let first = scheme.first, first.isLetter, scheme.count > 1 else { return false }
    return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
  }

  static func hasNetworkScheme(_ s: String) -> Bool {
    let lower = s.lowercased()
    return lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("ftp:")
  }

  /// A `file:` URI or a plain path, as a path for `open(2)`.
  static func filePath(_ s: String) -> String {
    var p = s
    if p.hasPrefix("file://localhost/") { p.removeFirst("file://localhost".count) }
    else if p.hasPrefix("file:///") { p.removeFirst("file://".count) }
    else if p.hasPrefix("file:") { p.removeFirst("file:".count) }
    return percentDecode(p)
  }

  static func percentDecode(_ s: String) -> String {
    guard s.contains("%") else { return s }
    var out: [UInt8] = []
    let u = Array(s.utf8)
    var i = 0
    while i < u.count {
      if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let h = hexValue(u[i + 1]), let l = hexValue(u[i + 2]) {
        out.append(h << 4 | l); i += 3
      } else { out.append(u[i]); i += 1 }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  static func removeDotSegments(_ path: String) -> String {
    var out: [Substring] = []
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    for (i, part) in parts.enumerated() {
      if part == "." { if i == parts.count - 1 { out.append("") }; continue }
      if part == ".." {
        if out.count > 1 || (out.count == 1 && out[0] != "") { out.removeLast() }
        if i == parts.count - 1 { out.append("") }
        continue
      }
      out.append(part)
    }
    return out.joined(separator: "/")
  }
}
