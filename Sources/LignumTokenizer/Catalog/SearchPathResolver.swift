/// A resolver that retries failed loads in a list of directories, as `xmllint --path DIRS`
/// does: when `base` cannot load `…/name.dtd`, each directory's `name.dtd` is tried in turn.
///
/// ```swift
/// var options = ParseOptions()
/// options.resolver = SearchPathResolver(paths: ["/usr/share/xml/dtds"])
/// ```
/// Only the last path segment of the system identifier is looked up, so a document cannot
/// climb out of the directories with `../`. Every load still goes through `base`, so its
/// policy (local files only, allowed root) applies to the directories too.
public struct SearchPathResolver: ResourceResolver {
  /// Tried first; then once per directory.
  public var base: any ResourceResolver
  /// Directories, in search order.
  public var paths: [String]

  public init(base: any ResourceResolver = FileResolver(), paths: [String]) {
    self.base = base
    self.paths = paths
  }

  /// Splits an xmllint `--path` value: directories separated by spaces or colons.
  public static func parsePathList(_ value: String) -> [String] {
    value.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\t" }).map(String.init)
  }

  public func resolve(systemID: String, publicID: String?, baseURI: String?) throws -> (uri: String, bytes: [UInt8]) {
    do {
      return try base.resolve(systemID: systemID, publicID: publicID, baseURI: baseURI)
    } catch {
      let name = systemID.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? systemID
      guard !name.isEmpty, name != ".", name != ".." else { throw error }
      for directory in paths {
        let candidate = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        if let found = try? base.resolve(systemID: candidate, publicID: publicID, baseURI: nil) { return found }
      }
      throw error
    }
  }
}
