import LignumKernel

/// `conformance/expected/jaxen-failures.txt`: the tests known to fail, one per line, as
/// `ID  # reason`. Lines starting with `#` are comments.
struct Baseline {
  var entries: [(id: String, reason: String)] = []
  var ids: Set<String> { Set(entries.map(\.id)) }

  init(entries: [(id: String, reason: String)]) { self.entries = entries }

  init?(path: String) {
    guard let bytes = FileIO.readFile(path) else { return nil }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let id = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "#" }
      var reason = ""
      if let hash = trimmed.firstIndex(of: "#") { reason = String(trimmed[trimmed.index(after: hash)...].drop { $0 == " " }) }
      entries.append((String(id), reason))
    }
  }

  func reason(for id: String) -> String? { entries.first { $0.id == id }?.reason }

  func serialized() -> [UInt8] {
    var text = """
      # Tests of the Jaxen XPath suite (xml/test/tests.xml) that lignum-jaxen knows to fail.
      # IDs are d<document>.c<context>.t<test>, 1-based in file order. One per line, then `# reason`.
      # CI fails on a failure not listed here and on a listed test that passes, so this file only
      # shrinks. Regenerate with `lignum-jaxen --update-baseline` (reasons written here are kept).

      """
    for e in entries { text += e.id + String(repeating: " ", count: max(0, 12 - e.id.count)) + "  # " + e.reason + "\n" }
    return Array(text.utf8)
  }
}

/// `--list`: one test per line for scripts (the CLI run of the suite).
enum List {
  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// Nested `valueOf`s follow their `test` with IDs `PARENT.vN`: they run on each node the
  /// parent selects.
  static func print(_ documents: [JaxenDocument], root: String) {
    for d in documents {
      for c in d.contexts {
        for t in c.tests { line(t, document: root + "/" + d.url, context: c.select) }
      }
    }
  }

  static func line(_ t: JaxenTest, document: String, context: String) {
    let expectation: String
    var nested: [JaxenTest] = []
    switch t.expectation {
    case .error: expectation = "error"
    case .value(let v): expectation = "value:" + v
    case .count(let n, let inner): expectation = n.map { "count:\($0)" } ?? "nodes"; nested = inner
    }
    let vars = t.variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    let ns = t.namespaces.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    let fields = [t.id + (t.usesExtensions ? "*" : ""), document, context, t.select, expectation, vars, ns]
    Swift.print(fields.map(escape).joined(separator: "\t"))
    for n in nested { line(n, document: document, context: context) }
  }
}
