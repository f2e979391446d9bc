import Lignum
import LignumKernel

/// `lignum lint --xpath EXPR`: evaluates an expression on each parsed file and prints the result
/// as `xmllint --xpath` does (libxml2 2.9's `doXPathDump`), or as one JSON object.
///
/// Exit status, xmllint format: 0, or 10 (`XMLLINT_ERR_XPATH`) for an empty node-set or a failed
/// evaluation. JSON format: 0 evaluated (an empty node-set too), 2 static error (syntax, unknown
/// function, undeclared prefix), 3 dynamic error (undefined variable, type error, a context
/// expression that selects nothing).
struct XPathCommand {
  var options: LintOptions

  enum Failure: Error {
    case xpath(XPathError)
    case emptyContext(String)
  }

  /// `--xpath-batch FILE`: every line of FILE through ``run(on:)``, each result followed by
  /// U+001E, its status and a newline. Exit status 0, or 1 when FILE cannot be read.
  static func runBatch(_ file: String, on document: Document, options: LintOptions) -> Int32 {
    guard let bytes = FileIO.readFile(file) else {
      Output.stderr("Unable to open \(file)\n")
      return 1
    }
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast(bytes.last == UInt8(ascii: "\n") ? 1 : 0) {
      var single = options
      single.xpath = String(decoding: line, as: UTF8.self)
      single.xpathBatch = nil
      let status = XPathCommand(options: single).run(on: document)
      Output.stdout("\u{1E}\(status)\n")
    }
    return 0
  }

  func run(on document: Document) -> Int32 {
    let json = options.xpathFormat == .json
    let result: XPathResult
    let nav = DocumentNavigator(document)
    do { result = try evaluate(document, nav) } catch {
      switch error {
      case .xpath(let e):
        if json {
          Output.stderr("XPath error : \(e.message): \(e.detail)\n")
          return e.isStatic ? 2 : 3
        }
        if e.code == .unknownFunction, let name = e.detail.split(separator: " ").last {
          Output.stderr("xmlXPathCompOpEval: function \(name.dropLast(2)) not found\n")
        }
        Output.stderr("XPath error : \(e.message)\nXPath evaluation failure\n")
        return 10
      case .emptyContext(let expr):
        Output.stderr("XPath context expression \(expr) selects no node\n")
        return json ? 3 : 10
      }
    }
    if json {
      Output.stdout(JSONOutput.render(result, nav) + "\n")
      return 0
    }
    return printXmllint(result, document, nav)
  }

  func environment() -> XPathEnvironment<DocumentNavigator> {
    var env = XPathEnvironment<DocumentNavigator>()
    env.namespaces = options.xpathNamespaces
    for (name, value) in options.xpathVariables {
      let q = name.split(separator: ":", maxSplits: 1).map(String.init)
      if q.count == 2 {
        env.variables[XPathName(q[1], namespaceURI: options.xpathNamespaces[q[0]] ?? "")] = .string(value)
      } else {
        env.variables[XPathName(name)] = .string(value)
      }
    }
    return env
  }

  func evaluate(_ document: Document, _ nav: DocumentNavigator) throws(Failure) -> XPathResult {
    let env = environment()
    func run(_ text: String, _ context: NavigatorNode) throws(Failure) -> XPathResult {
      do { return try XPathExpression(text).evaluate(on: nav, context: context, environment: env) } catch {
        throw .xpath(error)
      }
    }
    var context = NavigatorNode.root
    for c in options.xpathContexts {
      let v = try run(c, context)
      guard case .nodeSet(let nodes) = v else {
        throw .xpath(XPathError(.invalidType, .dynamic, detail: "context expression \(c) gives a \(v.typeName), not a node-set"))
      }
      guard let first = nodes.first else { throw .emptyContext(c) }
      context = first
    }
    return try run(options.xpath ?? "", context)
  }

  func printXmllint(_ result: XPathResult, _ document: Document, _ nav: DocumentNavigator) -> Int32 {
    switch result {
    case .nodeSet(let nodes):
      if nodes.isEmpty { Output.stderr("XPath set is empty\n"); return 10 }
      var out: [UInt8] = []
      for n in nodes {
        out += XmllintOutput.dump(n, document, nav)
        out.append(0x0A)
      }
      return Output.stdout(out) ? 0 : 6
    case .boolean(let b): Output.stdout(b ? "true\n" : "false\n")
    case .number(let n):
      if n.isInfinite { Output.stdout(n < 0 ? "-Infinity\n" : "Infinity\n") }
      else if n.isNaN { Output.stdout("NaN\n") }
      else if n == 0 && n.sign == .minus { Output.stdout("-0\n") }
      else { Output.stdout(XPathConversion.printfG(n) + "\n") }
    case .string(let s): Output.stdout(s + "\n")
    }
    return 0
  }
}

/// How xmllint serializes each node of a node-set (`xmlNodeDumpOutput`).
enum XmllintOutput {
  static func dump(_ n: NavigatorNode, _ document: Document, _ nav: DocumentNavigator) -> [UInt8] {
    if let binding = nav.namespaceBinding(of: n) {
      if binding.prefix == "xml" { return [] }   // libxml2 does not write the xml binding
      return Array(((binding.prefix.map { " xmlns:" + $0 } ?? " xmlns") + "=" + quoted(binding.uri)).utf8)
    }
    if n.id == .document {
      // xmlNodeDumpOutput with no encoding writes UTF-8 and declares it, whatever the input's.
      return (try? document.serialized(SerializationOptions(encoding: "UTF-8")))
        ?? document.serialized(node: .document)
    }
    // Text as UTF-8 whatever the declaration (xmlNodeDumpOutput's encoding defaults to UTF-8),
    // attributes escaped by the declaration (xmlBufAttrSerializeTxtContent looks at doc->encoding).
    return document.serialized(node: n.id, textAsUTF8: true)
  }

  /// libxml2's `xmlBufWriteQuotedString`.
  static func quoted(_ s: String) -> String {
    if !s.contains("\"") { return "\"" + s + "\"" }
    if !s.contains("'") { return "'" + s + "'" }
    var out = "\""
    for c in s { out += c == "\"" ? "&quot;" : String(c) }
    return out + "\""
  }
}

/// `--xpath-format json`: `{"type":…}` as the contract spells it.
enum JSONOutput {
  static func render(_ v: XPathResult, _ nav: DocumentNavigator) -> String {
    switch v {
    case .nodeSet(let nodes):
      let items = nodes.map { n in
        "{\"kind\":\(string(kind(nav.kind(of: n)))),\"name\":\(string(nav.qualifiedName(of: n))),\"value\":\(string(nav.stringValue(of: n)))}"
      }
      return "{\"type\":\"node-set\",\"nodes\":[" + items.joined(separator: ",") + "]}"
    case .string(let s): return "{\"type\":\"string\",\"value\":\(string(s))}"
    case .number(let n): return "{\"type\":\"number\",\"value\":\(string(XPathConversion.string(n)))}"
    case .boolean(let b): return "{\"type\":\"boolean\",\"value\":\(b)}"
    }
  }

  static func kind(_ k: XPathNodeKind) -> String {
    switch k {
    case .root: return "document"
    case .element: return "element"
    case .attribute: return "attribute"
    case .text: return "text"
    case .comment: return "comment"
    case .processingInstruction: return "processing-instruction"
    case .namespace: return "namespace"
    case .other: return "entity-reference"
    }
  }

  static func string(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let hex = Array("0123456789abcdef")
          out += "\\u00" + String(hex[Int(u.value >> 4)]) + String(hex[Int(u.value & 15)])
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
