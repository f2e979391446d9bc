import Lignum

/// One `<test>` or `<valueOf>` of Jaxen's `xml/test/tests.xml`.
struct JaxenTest {
  enum Expectation {
    /// `<test select count>`: a node-set of this size (any size without `count`) (nested `valueOf`s run on each node).
    case count(Int?, nested: [JaxenTest])
    /// `<valueOf select>text</valueOf>`: `string()` of the result.
    case value(String)
    /// `exception="true"`: compiling or evaluating must fail.
    case error
  }
  /// `d<document>.c<context>.t<test>` (`.v<n>` for a nested `valueOf`), 1-based in file order.
  var id: String
  var select: String
  var expectation: Expectation
  var variables: [String: String]
  var namespaces: [String: String]
  /// Whether the expression calls one of Jaxen's own functions (reported outside the count).
  var usesExtensions: Bool
}

struct JaxenContext {
  var select: String
  var tests: [JaxenTest]
  var variables: [String: String]
  var namespaces: [String: String]
}

struct JaxenDocument {
  var url: String
  var contexts: [JaxenContext]
}

/// Reads `tests.xml` with Lignum's own parser.
enum Suite {
  static let variableNamespace = "https://github.com/jaxen-xpath/jaxen/test-harness/var"
  static let extensionFunctions = ["evaluate", "document", "upper-case", "lower-case", "ends-with"]

  static func read(_ path: String) throws -> [JaxenDocument] {
    let doc = try Document(contentsOfFile: path)
    guard let root = doc.root else { return [] }
    var documents: [JaxenDocument] = []
    for (d, docElement) in elements(doc, root, "document").enumerated() {
      var contexts: [JaxenContext] = []
      for (c, ctx) in elements(doc, docElement, "context").enumerated() {
        let vars = variables(doc, ctx)
        let ns = namespaces(doc, ctx)
        var tests: [JaxenTest] = []
        for (t, test) in doc.children(of: ctx).filter({ doc.kind(of: $0) == .element }).enumerated() {
          tests.append(read(doc, test, id: "d\(d + 1).c\(c + 1).t\(t + 1)", vars, ctx: ctx))
        }
        contexts.append(JaxenContext(select: doc.attribute(named: "select", of: ctx) ?? "/", tests: tests,
                                     variables: vars, namespaces: ns))
      }
      documents.append(JaxenDocument(url: doc.attribute(named: "url", of: docElement) ?? "", contexts: contexts))
    }
    return documents
  }

  static func read(_ doc: Document, _ e: NodeID, id: String, _ inherited: [String: String], ctx: NodeID) -> JaxenTest {
    let select = doc.attribute(named: "select", of: e) ?? ""
    var vars = inherited
    vars.merge(variables(doc, e)) { _, new in new }
    let expectation: JaxenTest.Expectation
    if doc.attribute(named: "exception", of: e) == "true" {
      expectation = .error
    } else if doc.localName(of: e) == "valueOf" {
      expectation = .value(doc.textContent(of: e))
    } else {
      var nested: [JaxenTest] = []
      for (v, child) in doc.children(of: e).filter({ doc.kind(of: $0) == .element }).enumerated() {
        nested.append(read(doc, child, id: id + ".v\(v + 1)", vars, ctx: ctx))
      }
      expectation = .count(doc.attribute(named: "count", of: e).flatMap { Int($0) }, nested: nested)
    }
    let usesExtensions = extensionFunctions.contains { f in
      XPathStrings.range(of: f + "(", in: select) != nil || XPathStrings.range(of: f + " (", in: select) != nil
    }
    return JaxenTest(id: id, select: select, expectation: expectation, variables: vars,
                     namespaces: namespaces(doc, e), usesExtensions: usesExtensions)
  }

  static func elements(_ doc: Document, _ parent: NodeID, _ name: String) -> [NodeID] {
    doc.children(of: parent).filter { doc.kind(of: $0) == .element && doc.localName(of: $0) == name }
  }

  /// `var:name="value"` attributes.
  static func variables(_ doc: Document, _ e: NodeID) -> [String: String] {
    var out: [String: String] = [:]
    for a in doc.attributes(of: e) where doc.namespaceURI(of: a) == variableNamespace {
      out[doc.localName(of: a) ?? ""] = doc.value(of: a) ?? ""
    }
    return out
  }

  /// The prefixes in scope on the element (the file's own `xmlns:` declarations).
  static func namespaces(_ doc: Document, _ e: NodeID) -> [String: String] {
    var out: [String: String] = [:]
    for b in doc.namespacesInScope(of: e) { if let p = b.prefix { out[p] = b.uri } }
    return out
  }
}
