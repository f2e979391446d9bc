import FuzzSupport
import Lignum

/// XPath on a parsed document with a step budget. Input (after FuzzInput's two header bytes):
///
/// ```
/// DOCUMENT NUL EXPRESSION     the document, a NUL byte, the expression (UTF-8, repaired)
/// DOCUMENT                    no NUL: one of `builtinExpressions`, chosen by the parameter byte
/// ```
/// so that the shared seeds (xmlconf documents) exercise the evaluator from the start and
/// mutations that add a NUL fuzz the expression. The expression is compiled once and evaluated
/// from the document node and from the root element, with `$v` (a string), `$n` (a node-set)
/// and the root element's prefixes bound. Invariants:
/// - a compile error is a static error;
/// - a node-set is in strict document order (no duplicates);
/// - evaluating the compiled expression twice gives the same result;
/// - no evaluation visits more than `budget` nodes on axes (`stepLimitExceeded` instead), so an
///   input that takes seconds is a hang in something the budget does not count.
@main
enum FuzzXPath {
  static func main() { runFuzzer(fuzzXPath) }
}

let budget = 20_000

let builtinExpressions = [
  "//*", "//node()", "//@*", "//text()", "//comment()", "//processing-instruction()", "//namespace::*",
  "count(//*)", "string(/)", "//*[last()]/preceding::node()", "//*[1]/following::*[position() < 4]",
  "//*/ancestor-or-self::*[2]", "//*[2]/preceding-sibling::node()", "//*/following-sibling::*[last()]",
  "//*[@*][1]/@*[last()]/..", "(//*)[position() mod 2 = 1] | //@*", "id(//@*)", "//*[lang('en')]",
  "sum(//@*[number(.) = number(.)])", "normalize-space(//*[.//text()][1])", "translate(string(/), 'aeiou', 'AEIOU')",
  "concat(name(/*), local-name(//*[2]), namespace-uri(//*[3]))", "substring(string(//*[2]), 2, 3)",
  "substring-before(string(/), ' ')", "substring-after(string(/), ' ')", "string-length(//*[1])",
  "//*[starts-with(name(), 'a') or contains(., 'b')]", "boolean(//*[self::node() = $v])", "$n/descendant::*",
  "//*[count(child::*) > 1][position() = last() - 1]", "round(count(//node()) div 3) * -0.5",
  "floor(number(//@*[1])) + ceiling(-1.5) mod 0", "//self::*[not(*)]/parent::*/@*",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXPath(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = FuzzInput(bytes(data, size))
  let document: [UInt8]
  let source: String
  if let nul = input.body.firstIndex(of: 0) {
    document = Array(input.body[..<nul])
    source = String(decoding: input.body[(nul + 1)...], as: UTF8.self)
  } else {
    document = input.body
    source = builtinExpressions[Int(input.parameter) % builtinExpressions.count]
  }
  let expression: XPathExpression
  do { expression = try XPathExpression(source) } catch {
    if !error.isStatic { fuzzFailure("compile error with a dynamic phase: \(error) for \(source.debugDescription)") }
    return 0
  }
  guard let doc = try? Document(parsing: document, options: input.options(document: document)) else { return 0 }
  let nav = DocumentNavigator(doc)
  var env = XPathEnvironment<DocumentNavigator>()
  env.maxSteps = budget
  env.variables[XPathName("v")] = .string("x")
  var contexts = [NavigatorNode.root]
  if let root = doc.root {
    contexts.append(NavigatorNode(root))
    env.variables[XPathName("n")] = .nodeSet([NavigatorNode(root)])
    for b in doc.namespacesInScope(of: root) { if let p = b.prefix { env.namespaces[p] = b.uri } }
  }
  for context in contexts {
    let first = evaluate(expression, nav, context, env)
    let second = evaluate(expression, nav, context, env)
    if first != second {
      fuzzFailure("two evaluations of \(source.debugDescription) differ: \(first) / \(second)\n  document: \(excerpt(document))")
    }
  }
  return 0
}

/// The result as text (NaN compares equal to itself this way), after checking node-set order.
func evaluate(_ e: XPathExpression, _ nav: DocumentNavigator, _ context: NavigatorNode,
              _ env: XPathEnvironment<DocumentNavigator>) -> String {
  let value: XPathResult
  do { value = try e.evaluate(on: nav, context: context, environment: env) } catch {
    return "error \(error.code.rawValue)"
  }
  let ctx = XPathFunctionContext(navigator: nav, node: context, position: 1, size: 1)
  switch value {
  case .nodeSet(let nodes):
    for i in nodes.indices.dropFirst() where !nav.precedes(nodes[i - 1], nodes[i]) {
      fuzzFailure("node-set of \(e.source.debugDescription) not in document order at \(i): \(nodes[i - 1]) then \(nodes[i])")
    }
    return "nodes \(nodes.count) " + ctx.string(value)
  default:
    return "\(value.typeName) " + ctx.string(value)
  }
}
